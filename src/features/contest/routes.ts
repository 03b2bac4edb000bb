// The contest pages, as this feature opens them (paths from src/shared/routes.ts).
import { PAGES, withQuery } from '@/shared/routes';

export const CONTEST_PAGES = {
  list: () => PAGES.contest.list,
  detail: (contestId: string) => withQuery(PAGES.contest.detail, { id: contestId }),
  mine: () => PAGES.contest.mine,
  team: (teamId: string) => withQuery(PAGES.contest.team, { id: teamId }),
  staffList: () => PAGES['contest-admin'].list,
  edit: (contestId: string | null) =>
    contestId ? withQuery(PAGES['contest-admin'].edit, { id: contestId }) : PAGES['contest-admin'].edit,
  entries: (contestId: string) => withQuery(PAGES['contest-admin'].entries, { id: contestId }),
  checkIn: (contestId: string) => withQuery(PAGES['contest-admin'].checkIn, { id: contestId }),
  scores: (contestId: string) => withQuery(PAGES['contest-admin'].scores, { id: contestId }),
};
