// The caller as 我的 shows them, shared by the account actions: their record (made on first use) and its view.
import { ensureUser } from '../../../server/people/caller';
import type { GuardedContext } from '../../../server/kit/guarded-function';
import type { Db } from '../../../server/kit/db';
import type { GrantRecord } from '../../../server/people/grants';
import { orgsWithParents } from '../../../server/people/orgs';
import type { UserRecord } from '../../../server/people/users';
import { meView, orgIdsFor } from '../../../server/people/views';

export async function answerMe(db: Db, user: UserRecord, grants: GrantRecord[]) {
  const { ids, hints } = orgIdsFor([user], grants);
  return meView(user, grants, await orgsWithParents(db, ids, hints));
}

/** The caller's record as the guard loaded it, created on the first call. */
export async function current(ctx: GuardedContext): Promise<UserRecord> {
  return ctx.caller.user ?? ensureUser(ctx.db, ctx.caller.openid, ctx.now);
}
