// The 师带徒 pages, as this feature opens them (paths from src/shared/routes.ts).
import { PAGES, withQuery } from '@/shared/routes';

export const MENTOR_PAGES = {
  masters: () => PAGES.mentor.masters,
  master: (masterId: string) => withQuery(PAGES.mentor.master, { id: masterId }),
  mine: () => PAGES.mentor.mine,
  studio: (studioId: string) => withQuery(PAGES.mentor.studio, { id: studioId }),
  studioEdit: () => PAGES.mentor.studioEdit,
  sessions: () => PAGES.mentor.sessions,
  session: (sessionId: string) => withQuery(PAGES.mentor.session, { id: sessionId }),
  /** A new session without an id; its master's edit with one. */
  sessionEdit: (sessionId?: string) =>
    sessionId ? withQuery(PAGES.mentor.sessionEdit, { id: sessionId }) : PAGES.mentor.sessionEdit,
  sessionCode: (sessionId: string) => withQuery(PAGES.mentor.sessionCode, { id: sessionId }),
  posted: () => PAGES.mentor.posted,
  pair: (apprenticeshipId: string) => withQuery(PAGES.mentor.pair, { id: apprenticeshipId }),
  apprenticePlan: (apprenticeshipId: string) => withQuery(PAGES.mentor.apprenticePlan, { id: apprenticeshipId }),
  staffMasters: () => PAGES['mentor-admin'].masters,
  designate: () => PAGES['mentor-admin'].designate,
  cadence: () => PAGES['mentor-admin'].cadence,
  lectureTeam: () => PAGES['mentor-admin'].lectureTeam,
  record: (masterId: string) => withQuery(PAGES['mentor-admin'].record, { id: masterId }),
  /** A master's own record: the same page without staff's export and team change. */
  myRecord: (masterId: string) => withQuery(PAGES['mentor-admin'].record, { id: masterId, mine: '1' }),
  held: () => PAGES['mentor-admin'].held,
};
