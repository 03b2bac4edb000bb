// The 师带徒 pages, as this feature opens them (paths from src/shared/routes.ts).
import { PAGES, withQuery } from '@/shared/routes';

export const MENTOR_PAGES = {
  masters: () => PAGES.mentor.masters,
  master: (masterId: string) => withQuery(PAGES.mentor.master, { id: masterId }),
  mine: () => PAGES.mentor.mine,
  studio: (studioId: string) => withQuery(PAGES.mentor.studio, { id: studioId }),
  studioEdit: () => PAGES.mentor.studioEdit,
  staffMasters: () => PAGES['mentor-admin'].masters,
  designate: () => PAGES['mentor-admin'].designate,
  cadence: () => PAGES['mentor-admin'].cadence,
  lectureTeam: () => PAGES['mentor-admin'].lectureTeam,
  record: (masterId: string) => withQuery(PAGES['mentor-admin'].record, { id: masterId }),
  /** A master's own record: the same page without staff's export and team change. */
  myRecord: (masterId: string) => withQuery(PAGES['mentor-admin'].record, { id: masterId, mine: '1' }),
  held: () => PAGES['mentor-admin'].held,
};
