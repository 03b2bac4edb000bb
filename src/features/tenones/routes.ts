// The 十个一 pages, as this feature opens them.
import { PAGES, withQuery } from '@/shared/routes';

export const TENONES_PAGES = {
  year: (query: { year?: number; userId?: string } = {}) =>
    withQuery(PAGES.tenones.year, {
      ...(query.year ? { year: String(query.year) } : {}),
      ...(query.userId ? { userId: query.userId } : {}),
    }),
  log: (item: number | null) => withQuery(PAGES.tenones.log, item ? { item: String(item) } : {}),
  edit: (entryId: string) => withQuery(PAGES.tenones.log, { entryId }),
  entry: (entryId: string) => withQuery(PAGES.tenones.entry, { id: entryId }),
  diary: () => PAGES.tenones.diary,
  plan: (year: number) => withQuery(PAGES.tenones.plan, { year: String(year) }),
};
