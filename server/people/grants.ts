// Grants: the `grants` collection, a person's staff role at an organisation or expert role in a campaign.
import type { OrgKind } from '../../src/shared/people/vocabulary';
import { storedCollection, type Db } from '../kit/db';
import { users } from './users';

export interface GrantRecord {
  _id: string;
  userId: string;
  role: 'staff' | 'expert';
  orgId: string | null;
  orgPath: string[];
  orgKind: OrgKind | null;
  campaignId: string | null;
  grantedBy: string;
  grantedAt: Date;
  active: boolean;
  revokedAt: Date | null;
}

export const grants = storedCollection<GrantRecord>('grants');

/** One person's active grants. */
export async function activeGrants(db: Db, userId: string): Promise<GrantRecord[]> {
  const { data } = (await grants.of(db).where({ userId, active: true }).limit(100).get()) as { data: GrantRecord[] };
  return data;
}

/** The active grants of several people, in one request. */
export async function activeGrantsOf(db: Db, userIds: string[]): Promise<GrantRecord[]> {
  if (userIds.length === 0) return [];
  const { data } = (await grants
    .of(db)
    .where({ userId: db.command.in(userIds), active: true })
    .limit(1000)
    .get()) as { data: GrantRecord[] };
  return data;
}

/** The experts granted for a campaign (active grants): their names by user id. */
export async function campaignExperts(db: Db, campaignId: string): Promise<Map<string, string>> {
  const expertGrants = await grants.readAll(db, { role: 'expert', campaignId, active: true });
  const ids = expertGrants.map((grant) => grant.userId);
  if (ids.length === 0) return new Map();
  const names = new Map(
    (await users.readAll(db, { _id: db.command.in(ids) })).map((user) => [user._id, user.profile?.realName]),
  );
  // Every active grant is on the panel, whether or not its person can be read: a panel never shrinks silently.
  return new Map(ids.map((id) => [id, names.get(id) ?? '（未填写资料）']));
}
