// Typed access to the people collections through the SDK, and the lookups several actions share.
import type { Db } from '../kit/db';
import { COLLECTIONS, type GrantRecord, type OrgRecord, type UserRecord } from './records';

export type { Db };
type Collection = keyof typeof COLLECTIONS;

export function col(db: Db, name: Collection) {
  return db.collection(COLLECTIONS[name]);
}

/** The document with `_id`, or undefined (a point read by id: never a scan). */
export async function byId<T>(db: Db, name: Collection, id: string): Promise<T | undefined> {
  const { data } = (await col(db, name).doc(id).get()) as { data: T[] };
  return data[0];
}

export async function userByOpenid(db: Db, openid: string): Promise<UserRecord | undefined> {
  const { data } = (await col(db, 'users').where({ openid }).limit(1).get()) as { data: UserRecord[] };
  return data[0];
}

export async function activeGrants(db: Db, userId: string): Promise<GrantRecord[]> {
  const { data } = (await col(db, 'grants').where({ userId, active: true }).limit(100).get()) as {
    data: GrantRecord[];
  };
  return data;
}

/** Organisations by id, in one request. */
export async function orgsById(db: Db, ids: Iterable<string>): Promise<Map<string, OrgRecord>> {
  const wanted = [...new Set(ids)].filter(Boolean);
  if (wanted.length === 0) return new Map();
  const _ = db.command;
  const { data } = (await col(db, 'orgs')
    .where({ _id: _.in(wanted) })
    .limit(1000)
    .get()) as { data: OrgRecord[] };
  return new Map(data.map((org) => [org._id, org]));
}

/** Every organisation under (and including) `nodeId`; the tree is small (hundreds), one request. */
export async function subtree(db: Db, nodeId: string): Promise<OrgRecord[]> {
  const { data } = (await col(db, 'orgs').where({ path: nodeId }).limit(1000).get()) as { data: OrgRecord[] };
  return data;
}

export { newId } from '../kit/ids';

/**
 * Organisations by id together with their parents (for "企业 · 所属区县" labels): one request when the parents are
 * passed in `parentHints` (known from paths), two otherwise.
 */
export async function orgsWithParents(
  db: Db,
  ids: Iterable<string>,
  parentHints: Iterable<string> = [],
): Promise<Map<string, OrgRecord>> {
  const wanted = [...ids];
  const orgs = await orgsById(db, [...wanted, ...parentHints]);
  const parents = wanted.map((id) => orgs.get(id)?.parentId).filter((id): id is string => !!id && !orgs.has(id));
  if (parents.length > 0) for (const [id, org] of await orgsById(db, parents)) orgs.set(id, org);
  return orgs;
}
