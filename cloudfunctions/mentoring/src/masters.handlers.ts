// Masters: staff designate them and change their limit (audited), the master opens or closes applications, and
// workers find masters by trade, organisation and free place.
import { mentoringContract } from '../../../src/shared/contracts/mentoring';
import { masterBasisLabels, masterLevelLabels } from '../../../src/shared/mentoring/vocabulary';
import { tradeLabels } from '../../../src/shared/people/trades';
import { AppError } from '../../../server/kit/app-error';
import type { GuardedContext, GuardedHandlers } from '../../../server/kit/guarded-function';
import {
  addMaster,
  basisRefusal,
  changeLimit,
  findMasters,
  masterOrFail,
  masterViews,
  oneMasterView,
} from '../../../server/mentoring/masters';
import { masters } from '../../../server/mentoring/records';
import { audit } from '../../../server/people/audit';
import { displayName, userOrFail, type UserRecord } from '../../../server/people/users';

export function member(ctx: GuardedContext): UserRecord {
  const user = ctx.caller.user;
  if (!user?.profile) throw new AppError('FORBIDDEN', '请先填写个人资料');
  return user;
}

export const masterHandlers = {
  designateMaster: async ({ userId, trade, level, basis, limit, reason }, ctx) => {
    const person = await userOrFail(ctx.db, userId);
    ctx.requireOver(person.orgPath);
    const refusal = basisRefusal(person, basis, level);
    if (refusal) throw refusal;
    const master = await addMaster(ctx.db, person, { trade, level, basis, limit, by: ctx.actor.id, now: ctx.now });
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'mentoring.designateMaster',
      orgPath: master.orgPath,
      target: { type: 'master', id: master._id, label: displayName(person) },
      reason,
      before: null,
      after: {
        trade: tradeLabels[trade],
        level: masterLevelLabels[level],
        basis: masterBasisLabels[basis],
        limit: master.limit,
      },
    });
    return oneMasterView(ctx.db, master);
  },

  setMasterLimit: async ({ masterId, limit, reason }, ctx) => {
    const master = await masterOrFail(ctx.db, masterId);
    ctx.requireOver(master.orgPath);
    if (master.limit === limit) return oneMasterView(ctx.db, master);
    const changed = await changeLimit(ctx.db, master, limit, ctx.now);
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'mentoring.setMasterLimit',
      orgPath: master.orgPath,
      target: { type: 'master', id: master._id, label: master.name },
      reason,
      before: { limit: master.limit, apprentices: master.active },
      after: { limit: changed.limit, apprentices: changed.active },
    });
    return oneMasterView(ctx.db, changed);
  },

  setAccepting: async ({ accepting }, ctx) => {
    const user = member(ctx);
    const master = await masters.byId(ctx.db, user._id);
    if (!master) throw new AppError('FORBIDDEN', '你还不是师傅', 'accepting');
    await masters.of(ctx.db).doc(master._id).update({ accepting, updatedAt: ctx.now });
    return oneMasterView(ctx.db, { ...master, accepting });
  },

  master: async ({ masterId }, ctx) => {
    member(ctx);
    return oneMasterView(ctx.db, await masterOrFail(ctx.db, masterId));
  },

  findMasters: async ({ trade, orgId, freeOnly, cursor }, ctx) => {
    member(ctx);
    const page = await findMasters(ctx.db, { trade, orgId, freeOnly, cursor });
    return { rows: await masterViews(ctx.db, page.rows), nextCursor: page.nextCursor };
  },
} satisfies Pick<
  GuardedHandlers<typeof mentoringContract>,
  'designateMaster' | 'setMasterLimit' | 'setAccepting' | 'master' | 'findMasters'
>;
