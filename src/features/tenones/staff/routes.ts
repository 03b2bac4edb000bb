// The 十个一 staff pages (paths from src/shared/routes.ts).
import { PAGES, withQuery } from '@/shared/routes';

/** The completion of one organisation (the caller's own without `orgId`) in a year. */
export function progressPage(orgId: string | null, year: number): string {
  return withQuery(PAGES['tenones-admin'].progress, { ...(orgId ? { orgId } : {}), year: String(year) });
}
