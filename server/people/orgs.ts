// Organisations: the `orgs` collection, the union tree (city → district → enterprise), each with its path from the root.
import type { OrgKind } from '../../src/shared/people/vocabulary';
import { AppError } from '../kit/app-error';
import { storedCollection, type Db } from '../kit/db';

export interface OrgRecord {
  _id: string;
  name: string;
  kind: OrgKind;
  parentId: string | null;
  /** Ancestors root first, then the organisation itself: subtree checks are `path.includes(node)`. */
  path: string[];
  status: 'active' | 'retired';
  createdAt: Date;
  createdBy: string;
}

export const orgs = storedCollection<OrgRecord>('orgs');

export async function orgOrFail(db: Db, orgId: string, field = 'orgId'): Promise<OrgRecord> {
  const org = await orgs.byId(db, orgId);
  if (!org) throw new AppError('NOT_FOUND', '没有找到这个组织', field);
  return org;
}

/** Organisations by id, in one request. */
export async function orgsById(db: Db, ids: Iterable<string>): Promise<Map<string, OrgRecord>> {
  const wanted = [...new Set(ids)].filter(Boolean);
  if (wanted.length === 0) return new Map();
  const _ = db.command;
  const { data } = (await orgs
    .of(db)
    .where({ _id: _.in(wanted) })
    .limit(1000)
    .get()) as { data: OrgRecord[] };
  return new Map(data.map((org) => [org._id, org]));
}

/** Every organisation under (and including) `nodeId`; the tree is small (hundreds), one request. */
export async function subtree(db: Db, nodeId: string): Promise<OrgRecord[]> {
  const { data } = (await orgs.of(db).where({ path: nodeId }).limit(1000).get()) as { data: OrgRecord[] };
  return data;
}

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
  const found = await orgsById(db, [...wanted, ...parentHints]);
  const parents = wanted.map((id) => found.get(id)?.parentId).filter((id): id is string => !!id && !found.has(id));
  if (parents.length > 0) for (const [id, org] of await orgsById(db, parents)) found.set(id, org);
  return found;
}
