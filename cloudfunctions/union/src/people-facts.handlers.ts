// The facts contests read about a member, kept by staff at or above their enterprise: their honours (one list for
// every worker, model worker or not), the 一线职工 they stated, confirmed or withdrawn; and the city union's one-off
// migration of records from before these facts had codes. Every act is audited with its reason.
import type { unionContract } from '../../../src/shared/contracts/union';
import { AppError } from '../../../server/kit/app-error';
import { refuseOwnMatter } from '../../../server/kit/recusal';
import { audit } from '../../../server/people/audit';
import { frontlineMoveApplies, moveFrontline } from '../../../server/people/frontline';
import { frontlineOf, honourOfStored, honoursOf, tradeOf } from '../../../server/people/honours';
import { migratePeople } from '../../../server/people/migrate-people';
import { displayName, userOrFail, users } from '../../../server/people/users';
import type { GuardedHandlers } from '../../../server/kit/guarded-function';
import { memberViews } from './members.handlers';

export const peopleFactsHandlers = {
  setHonours: async ({ userId, honours: given, reason }, ctx) => {
    const user = await userOrFail(ctx.db, userId);
    // Someone with no enterprise is in nobody's subtree.
    ctx.requireOver(user.orgPath.length > 0 ? user.orgPath : ['(none)']);
    if (!user.profile) throw new AppError('CONFLICT', '对方还没有填写资料', 'userId');
    refuseOwnMatter(ctx.actor.id, user._id, '修改荣誉', 'userId');
    const honours = given.map((honour) => honourOfStored(honour, tradeOf(user)));
    const _ = ctx.db.command;
    // One list, written whole; an un-migrated model worker's old list goes in the same write, so there are never two.
    const write: Record<string, unknown> = { honours: _.set(honours) };
    if (user.modelWorker?.honours) write['modelWorker.honours'] = _.remove();
    await users.of(ctx.db).doc(userId).update(write);
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'honours.set',
      orgPath: user.orgPath,
      target: { type: 'user', id: userId, label: displayName(user) },
      reason,
      before: { honours: honoursOf(user) },
      after: { honours },
    });
    const modelWorker = user.modelWorker && {
      designatedBy: user.modelWorker.designatedBy,
      designatedAt: user.modelWorker.designatedAt,
    };
    const [view] = await memberViews(ctx.db, [{ ...user, honours, modelWorker }]);
    return view!;
  },
  decideFrontline: async ({ userId, confirm, reason }, ctx) => {
    const user = await userOrFail(ctx.db, userId);
    ctx.requireOver(user.orgPath.length > 0 ? user.orgPath : ['(none)']);
    refuseOwnMatter(ctx.actor.id, user._id, confirm ? '确认一线职工' : '撤销一线职工', 'userId');
    const move = confirm ? 'confirm' : 'withdraw';
    const before = frontlineOf(user);
    if (!frontlineMoveApplies(move, before)) {
      throw new AppError('CONFLICT', frontlineRefusal(confirm, before), 'userId');
    }
    // Conditional on the status just read: if the worker took their statement back meanwhile, nothing is decided.
    const moved = await moveFrontline(ctx.db, userId, move, { by: ctx.actor.id, at: ctx.now });
    const after = await userOrFail(ctx.db, userId);
    if (!moved) throw new AppError('CONFLICT', frontlineRefusal(confirm, frontlineOf(after)), 'userId');
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: confirm ? 'frontline.confirm' : 'frontline.withdraw',
      orgPath: user.orgPath,
      target: { type: 'user', id: userId, label: displayName(user) },
      reason,
      before: { frontline: before },
      after: { frontline: frontlineOf(after) },
    });
    const [view] = await memberViews(ctx.db, [after]);
    return view!;
  },
  migratePeople: async (_input, ctx) => {
    const counts = await migratePeople(ctx.db);
    // Filed under the caller's city union, so the city's audit log shows it.
    const city = ctx.caller.principal.staffAt.find((grant) => grant.kind === 'city')!;
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'people.migrate',
      orgPath: [...city.path],
      target: { type: 'user', id: '*', label: '全部人员记录' },
      reason: '荣誉与工种改为编码（issue 14）',
      before: null,
      after: counts,
    });
    return counts;
  },
} satisfies Pick<GuardedHandlers<typeof unionContract>, 'setHonours' | 'decideFrontline' | 'migratePeople'>;

function frontlineRefusal(confirm: boolean, status: ReturnType<typeof frontlineOf>): string {
  if (status === 'none') return '对方没有在资料中填写一线职工，无法确认或撤销';
  return confirm ? '已经确认为一线职工' : '一线职工尚未确认，无需撤销';
}
