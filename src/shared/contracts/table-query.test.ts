// The staff table query: sort fields only from the list's whitelist (an unknown one refused, naming it), pages and
// sizes within bounds, a search only where the list has something to search.
import { pageCount, resolvedQuery, TABLE_PAGE_MAX, TABLE_PAGE_SIZE_MAX, tableQuery } from './table-query';

const nominations = tableQuery(['nominatedAt', 'name']);
const flags = tableQuery(['raisedAt'], { search: false });

const problem = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success
    ? null
    : { path: result.error!.issues[0]!.path.join('.'), message: result.error!.issues[0]!.message };

describe('tableQuery', () => {
  it('takes a whitelisted sort, a direction, a trimmed search and a page within bounds', () => {
    expect(nominations.parse({ sortBy: 'name', order: 'desc', search: ' 王 ', page: 2, pageSize: 50 })).toEqual({
      sortBy: 'name',
      order: 'desc',
      search: '王',
      page: 2,
      pageSize: 50,
    });
    expect(nominations.parse({})).toEqual({});
  });

  it('refuses a sort field the list does not keep, naming it and what it may be sorted by', () => {
    expect(problem(nominations.safeParse({ sortBy: 'deeds' }))).toEqual({
      path: 'sortBy',
      message: '不能按“deeds”排序，可以按：nominatedAt、name',
    });
    expect(problem(nominations.safeParse({ order: 'up' }))?.path).toBe('order');
  });

  it('keeps pages and sizes within bounds, and refuses unknown keys', () => {
    expect(problem(nominations.safeParse({ pageSize: TABLE_PAGE_SIZE_MAX + 1 }))).toEqual({
      path: 'pageSize',
      message: `每页最多${TABLE_PAGE_SIZE_MAX}条`,
    });
    expect(problem(nominations.safeParse({ pageSize: 0 }))?.path).toBe('pageSize');
    expect(problem(nominations.safeParse({ page: 0 }))?.message).toBe('页码从1开始');
    expect(problem(nominations.safeParse({ page: TABLE_PAGE_MAX + 1 }))?.path).toBe('page');
    expect(problem(nominations.safeParse({ page: 1.5 }))?.path).toBe('page');
    expect(problem(nominations.safeParse({ search: '字'.repeat(21) }))?.path).toBe('search');
    expect(nominations.safeParse({ filter: { status: 'x' } }).success).toBe(false);
  });

  it('refuses a search on a list with nothing to search, instead of ignoring it', () => {
    expect(problem(flags.safeParse({ search: '王' }))).toEqual({ path: 'search', message: '这个列表不能搜索' });
    expect(flags.parse({ sortBy: 'raisedAt', search: '' })).toEqual({ sortBy: 'raisedAt', search: '' });
  });

  it('fills in the defaults and counts pages', () => {
    expect(resolvedQuery(undefined, { sortBy: 'name', order: 'asc' })).toEqual({
      sortBy: 'name',
      order: 'asc',
      search: '',
      page: 1,
      pageSize: 20,
    });
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(41, 20)).toBe(3);
  });
});
