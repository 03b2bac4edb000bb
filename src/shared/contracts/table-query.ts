// A staff table's query and answer, once for every list that is shown as a table: the server sorts, filters,
// searches and pages (a table over one fetched page would sort only what happened to be fetched). Each list names
// the fields it may be sorted by (each backed by an index in database/collections.json); its filters stay the
// list's own named fields (status, organisation…), beside this query.
import * as z from 'zod';

/** Rows per page a client may ask for, at most: a wide window shows a full page without scrolling far. */
export const TABLE_PAGE_SIZE_MAX = 50;
export const TABLE_PAGE_SIZE_DEFAULT = 20;
/** The last page a client may ask for (deep offsets cost the database a scan of what they skip). */
export const TABLE_PAGE_MAX = 500;

export const sortDirections = ['asc', 'desc'] as const;
export type SortDirection = (typeof sortDirections)[number];

/**
 * The query of a table whose rows may be sorted by `sortFields` (the first is the default). An unknown sort field is
 * refused with a message naming it, so a client asking for an order the server does not keep learns which.
 */
export function tableQuery<const F extends readonly [string, ...string[]]>(
  sortFields: F,
  options: { search: boolean } = { search: true },
) {
  const allowed = sortFields.join('、');
  const shape = z
    .object({
      sortBy: z.enum(sortFields, {
        error: (issue) => `不能按“${String(issue.input)}”排序，可以按：${allowed}`,
      }),
      order: z.enum(sortDirections, { error: '排序方向只能是升序或降序' }),
      /** Words to look for in the list's searchable field (a name); blank means no search. */
      search: z.string().trim().max(20, { error: '搜索词最多20个字' }),
      page: z
        .number({ error: '页码须是数字' })
        .int({ error: '页码须是整数' })
        .min(1, { error: '页码从1开始' })
        .max(TABLE_PAGE_MAX, { error: `页码最多${TABLE_PAGE_MAX}` }),
      pageSize: z
        .number({ error: '每页条数须是数字' })
        .int({ error: '每页条数须是整数' })
        .min(1, { error: '每页至少1条' })
        .max(TABLE_PAGE_SIZE_MAX, { error: `每页最多${TABLE_PAGE_SIZE_MAX}条` }),
    })
    .partial()
    .strict();
  // A list with no searchable field refuses a search instead of ignoring it.
  return options.search
    ? shape
    : shape.refine((query) => !query.search, { message: '这个列表不能搜索', path: ['search'] });
}

export type TableQuery<F extends string = string> = {
  sortBy?: F;
  order?: SortDirection;
  search?: string;
  page?: number;
  pageSize?: number;
};

/**
 * What a table-queried list answers beside its rows (which keep the list's own key: `nominations`, `members`…):
 * how many rows match in all, and which page these are.
 */
export const tableAnswer = {
  total: z.number().int().min(0),
  page: z.number().int().min(1),
};

/** A query with its defaults filled in: the first sort field, its default direction, page 1, the default size. */
export function resolvedQuery<F extends string>(
  query: TableQuery<F> | undefined,
  defaults: { sortBy: F; order: SortDirection },
): { sortBy: F; order: SortDirection; search: string; page: number; pageSize: number } {
  return {
    sortBy: query?.sortBy ?? defaults.sortBy,
    order: query?.order ?? defaults.order,
    search: query?.search ?? '',
    page: query?.page ?? 1,
    pageSize: query?.pageSize ?? TABLE_PAGE_SIZE_DEFAULT,
  };
}

/** How many pages `total` rows make at `pageSize` (at least one, an empty table still has its first page). */
export const pageCount = (total: number, pageSize: number) => Math.max(1, Math.ceil(total / pageSize));
