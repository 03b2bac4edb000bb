// One page of a staff table, read by the database: the matching rows counted, sorted by the field the client chose
// (from the list's whitelist, each backed by an index), skipped to the page and limited to its size. A list called
// without a table query keeps its cursor paging (an older client, a phone's 更多).
import { resolvedQuery, type SortDirection, type TableQuery } from '../../src/shared/contracts/table-query';
import type { Db, StoredCollection } from './db';
import { nextCursor, offsetOf, PAGE } from './paging';

export interface TableRead<T> {
  rows: T[];
  total: number;
  page: number;
  nextCursor: string | null;
}

/**
 * Reads one page of `collection` matching `where`. `fields` maps each sortable field the contract names to its
 * document path; `_id` breaks ties so pages never overlap when many rows share a sort value.
 */
export async function readTablePage<T extends { _id: string }, F extends string>(
  db: Db,
  collection: StoredCollection<T>,
  where: Record<string, unknown>,
  options: {
    table: TableQuery<F> | undefined;
    cursor: string | undefined;
    fields: Record<F, string>;
    defaults: { sortBy: F; order: SortDirection };
  },
): Promise<TableRead<T>> {
  const query = resolvedQuery(options.table, options.defaults);
  const size = options.table ? query.pageSize : PAGE;
  const offset = options.table ? (query.page - 1) * size : offsetOf(options.cursor);
  const [{ data }, { total }] = await Promise.all([
    collection
      .of(db)
      .where(where)
      .orderBy(options.fields[query.sortBy], query.order)
      .orderBy('_id', 'asc')
      .skip(offset)
      .limit(size)
      .get() as Promise<{ data: T[] }>,
    collection.of(db).where(where).count() as Promise<{ total: number }>,
  ]);
  return {
    rows: data,
    total,
    page: Math.floor(offset / size) + 1,
    nextCursor: nextCursor(offset, data.length, size),
  };
}
