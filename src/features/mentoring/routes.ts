// The 师带徒 pages, as this feature opens them (paths from src/shared/routes.ts).
import { PAGES, withQuery } from '@/shared/routes';

export const MENTOR_PAGES = {
  masters: () => PAGES.mentor.masters,
  master: (masterId: string) => withQuery(PAGES.mentor.master, { id: masterId }),
  mine: () => PAGES.mentor.mine,
  studio: (studioId: string) => withQuery(PAGES.mentor.studio, { id: studioId }),
  studioEdit: () => PAGES.mentor.studioEdit,
  pair: (apprenticeshipId: string) => withQuery(PAGES.mentor.pair, { id: apprenticeshipId }),
  apprenticePlan: (apprenticeshipId: string) => withQuery(PAGES.mentor.apprenticePlan, { id: apprenticeshipId }),
  staffMasters: () => PAGES['mentor-admin'].masters,
  designate: () => PAGES['mentor-admin'].designate,
};
