// A master's record (劳模管理) by Beijing year, as the record action answers it and the staff Excel file lists it: the
// master, the person's honours, the studio, the team entry and one year document per year (master-years.ts) — a fixed
// number of documents however many sessions the master gave.
import type { Honour } from '../../src/shared/contracts/people-common';
import type { StudioCategory } from '../../src/shared/mentoring/vocabulary';
import { beijingYear } from '../../src/shared/time/beijing';
import type { Db } from '../kit/db';
import { honoursOf } from '../people/honours';
import { displayName, users } from '../people/users';
import { heldInYear, lectureTeam, masterYearId, yearsByIds } from './master-years';
import { studios, type MasterRecord } from './records';

/** Years a record shows, latest first: from the master's designation to now, at most this many. */
const RECORD_YEARS = 10;

export interface MasterRecordView {
  masterId: string;
  name: string;
  honours: Honour[];
  studio: { id: string; name: string; category: StudioCategory; stars: number | null } | null;
  lectureTeam: boolean;
  years: Array<{
    year: number;
    sessionsGiven: number;
    lecturesHeld: number;
    peopleReached: number;
    apprentices: { active: number | null; trained: number | null; grades: Record<string, number> | null };
  }>;
}

export async function masterRecordOf(db: Db, master: MasterRecord, now: Date): Promise<MasterRecordView> {
  const thisYear = beijingYear(now);
  const first = Math.max(beijingYear(master.designatedAt), thisYear - RECORD_YEARS + 1);
  const yearList = Array.from({ length: thisYear - first + 1 }, (_, i) => thisYear - i);
  const [person, studio, team, years] = await Promise.all([
    users.byId(db, master._id),
    studios.byId(db, master._id),
    lectureTeam.byId(db, master._id),
    yearsByIds(
      db,
      yearList.map((year) => masterYearId(master._id, year)),
    ),
  ]);
  return {
    masterId: master._id,
    name: person ? displayName(person) : master.name,
    honours: person ? honoursOf(person) : [],
    studio: studio ? { id: studio._id, name: studio.name, category: studio.category, stars: studio.stars } : null,
    lectureTeam: team?.member ?? false,
    years: yearList.map((year) => {
      const stored = years.get(masterYearId(master._id, year));
      return {
        year,
        sessionsGiven: stored?.given ?? 0,
        lecturesHeld: heldInYear(stored, now),
        peopleReached: stored?.reached ?? 0,
        apprentices: {
          // Pairs active now: a figure of the current year only (earlier years' come with 出师考核).
          active: year === thisYear ? master.active : null,
          trained: stored?.apprentices?.trained ?? 0,
          grades: stored?.apprentices?.grades ?? {},
        },
      };
    }),
  };
}
