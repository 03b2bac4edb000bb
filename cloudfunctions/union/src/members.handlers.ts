// Members: staff list and find the people in their subtree, reveal a personal number for a stated reason (always
// audited), and designate model workers.
import type { unionContract } from '../../../src/shared/contracts/union';
import { AppError } from '../../../server/kit/app-error';
import { refuseOwnMatter } from '../../../server/kit/recusal';
import { PAGE } from '../../../server/kit/paging';
import { readTablePage } from '../../../server/kit/table';
import { audit } from '../../../server/people/audit';
import { literalPattern, type Db } from '../../../server/kit/db';
import { activeGrantsOf } from '../../../server/people/grants';
import { orgOrFail, orgsWithParents } from '../../../server/people/orgs';
import { displayName, userOrFail, users, type UserRecord } from '../../../server/people/users';
import { decryptPersonal } from '../../../server/people/personal-crypto';
import { memberView, orgIdsFor } from '../../../server/people/views';
import { honourOfStored, honoursOf, tradeOf } from '../../../server/people/honours';

import type { GuardedHandlers } from '../../../server/kit/guarded-function';

/** People as staff lists show them: with their grants and their organisations' names. */
export async function memberViews(db: Db, people: UserRecord[]) {
  const held = await activeGrantsOf(
    db,
    people.map((user) => user._id),
  );
  const { ids, hints } = orgIdsFor(people, held);
  const known = await orgsWithParents(db, ids, hints);
  return people.map((user) => memberView(user, held, known));
}

export const membersHandlers = {
  listMembers: async ({ orgId, frontline, table, cursor }, ctx) => {
    const org = await orgOrFail(ctx.db, orgId);
    ctx.requireOver(org.path);
    const where: Record<string, unknown> = { orgId };
    if (frontline) where['frontline.status'] = frontline;
    if (table?.search) where['profile.realName'] = literalPattern(ctx.db, table.search);
    const page = await readTablePage(ctx.db, users, where, {
      table,
      cursor,
      fields: { joinedAt: 'joinedAt', name: 'profile.realName' },
      defaults: { sortBy: 'joinedAt', order: 'desc' },
    });
    return {
      members: await memberViews(ctx.db, page.rows),
      nextCursor: page.nextCursor,
      total: page.total,
      page: page.page,
    };
  },
  searchPeople: async ({ keyword }, ctx) => {
    const { data } = (await users
      .of(ctx.db)
      .where({
        orgPath: ctx.db.command.in(ctx.scopeNodes()),
        'profile.realName': literalPattern(ctx.db, keyword),
      })
      .limit(PAGE)
      .get()) as { data: UserRecord[] };
    return { people: await memberViews(ctx.db, data) };
  },
  revealPersonal: async ({ userId, field, reason }, ctx) => {
    const user = await userOrFail(ctx.db, userId);
    // Someone with no enterprise is in nobody's subtree: only they see their own numbers.
    ctx.requireOver(user.orgPath.length > 0 ? user.orgPath : ['(none)']);
    const sealed = user.profile?.[field] ?? null;
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: `personal.reveal.${field}`,
      orgPath: user.orgPath,
      target: { type: 'user', id: userId, label: displayName(user) },
      reason,
      // The log records that the value was seen, never the value.
      before: null,
      after: { field, masked: sealed?.masked ?? null },
    });
    return { value: sealed ? decryptPersonal(sealed.sealed) : null };
  },
  designateModelWorker: async ({ userId, honours: given, reason }, ctx) => {
    const user = await userOrFail(ctx.db, userId);
    ctx.requireOver(user.orgPath.length > 0 ? user.orgPath : ['(none)']);
    if (!user.profile) throw new AppError('CONFLICT', '对方还没有填写资料', 'userId');
    refuseOwnMatter(ctx.actor.id, user._id, '认定劳模', 'userId');
    // Stored coded: an honour sent without a code (an older app's form) is coded from its title as the migration does.
    const honours = given.map((honour) => honourOfStored(honour, tradeOf(user)));
    // The designation is a record of its own; the honours are the person's one list, which every feature reads.
    const modelWorker = { designatedBy: ctx.actor.id, designatedAt: ctx.now };
    await users
      .of(ctx.db)
      .doc(userId)
      .update({ modelWorker: ctx.db.command.set(modelWorker), honours: ctx.db.command.set(honours) });
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'modelWorker.designate',
      orgPath: user.orgPath,
      target: { type: 'user', id: userId, label: displayName(user) },
      reason,
      before: { modelWorker: user.modelWorker !== null, honours: honoursOf(user) },
      after: { modelWorker: true, honours },
    });
    const [view] = await memberViews(ctx.db, [{ ...user, modelWorker, honours }]);
    return view!;
  },
} satisfies Pick<
  GuardedHandlers<typeof unionContract>,
  'listMembers' | 'searchPeople' | 'revealPersonal' | 'designateModelWorker'
>;
