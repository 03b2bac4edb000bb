// Counters of a master's year (劳模管理) and the lecture team (宣讲团), kept on write so the record page and the team's
// month table read a fixed number of documents however many sessions exist:
//   masterYears    id = `<master>.<year>` (Beijing year of the session's start): `given` (sessions with a check-in),
//                  `reached` (distinct people checked in), `lectures` (each lecture counted held: its month and end;
//                  held once its end has passed, so a lecture under way today is not yet counted), and
//                  `apprentices` (trained, grades by code) — added by the master's first 出师考核 of the year.
//   masterReached  id = `<master>.<year>.<person>`: inserted at a person's first check-in with the master that year;
//                  only an insert that went through counts them in `reached`, so they are counted once however many
//                  sessions they attend or how many check-ins race.
//   lectureTeam    id = the master's id: on the team or not, with who decided (the audit log keeps why).
import type { GraduationGrade } from '../../src/shared/mentoring/vocabulary';
import type { Db } from '../kit/db';
import { isDuplicateWrite, storedCollection } from '../kit/db';
import { incrementAll } from '../credits/counters';

export interface HeldLecture {
  session: string;
  /** Beijing `YYYY-MM` of its start. */
  month: string;
  /** Its end, epoch milliseconds (a number, so it reads back the same from inside an array). */
  endsAt: number;
}

export interface MasterYearRecord {
  _id: string;
  master: string;
  year: number;
  given: number;
  reached: number;
  lectures: HeldLecture[];
  /**
   * Apprentices graduated (出师考核) that year and how many of each grade (`countTrained`). Left out of the empty
   * document, never null, so the first dotted increment creates it.
   */
  apprentices?: { trained?: number; grades?: Record<string, number> };
}

export interface ReachedMarker {
  _id: string;
  master: string;
  year: number;
  person: string;
  session: string;
  at: Date;
}

export interface LectureTeamRecord {
  _id: string;
  master: string;
  name: string;
  orgPath: string[];
  member: boolean;
  by: string;
  since: Date;
  updatedAt: Date;
}

export const masterYears = storedCollection<MasterYearRecord>('masterYears');
export const masterReached = storedCollection<ReachedMarker>('masterReached');
export const lectureTeam = storedCollection<LectureTeamRecord>('lectureTeam');

export const masterYearId = (master: string, year: number) => `${master}.${year}`;

const emptyYear = (master: string, year: number) => (id: string) => ({
  _id: id,
  master,
  year,
  given: 0,
  reached: 0,
  lectures: [],
});

/** Applies `changes` to the master's year document, creating it empty first (credits/counters.ts). */
async function changeYear(db: Db, master: string, year: number, changes: Record<string, unknown>) {
  await incrementAll(db, masterYears, [masterYearId(master, year)], changes, emptyYear(master, year));
}

export const countGiven = (db: Db, master: string, year: number, delta: 1 | -1) =>
  changeYear(db, master, year, { given: db.command.inc(delta) });

/** 出师考核 of one apprentice in the Beijing `year` it was decided, with its grade. */
export const countTrained = (db: Db, master: string, year: number, grade: GraduationGrade) =>
  changeYear(db, master, year, {
    'apprentices.trained': db.command.inc(1),
    [`apprentices.grades.${grade}`]: db.command.inc(1),
  });

export const countHeld = (db: Db, master: string, year: number, lecture: HeldLecture) =>
  changeYear(db, master, year, { lectures: db.command.push([lecture]) });

export const uncountHeld = (db: Db, master: string, year: number, session: string) =>
  changeYear(db, master, year, { lectures: db.command.pull({ session }) });

/** Counts `person` reached by `master` in `year` the first time only. */
export async function countReached(db: Db, marker: ReachedMarker): Promise<boolean> {
  try {
    await masterReached.of(db).add(marker);
  } catch (error) {
    if (isDuplicateWrite(error)) return false;
    throw error;
  }
  await changeYear(db, marker.master, marker.year, { reached: db.command.inc(1) });
  return true;
}

/** Lectures of `month` held by `now`: counted (someone checked in by scan or code) and over. */
export const heldIn = (year: MasterYearRecord | undefined, month: string, now: Date) =>
  (year?.lectures ?? []).filter((lecture) => lecture.month === month && lecture.endsAt <= now.getTime()).length;

/** Every lecture of the year held by `now`. */
export const heldInYear = (year: MasterYearRecord | undefined, now: Date) =>
  (year?.lectures ?? []).filter((lecture) => lecture.endsAt <= now.getTime()).length;

/** The year documents of `ids`, in one read. */
export async function yearsByIds(db: Db, ids: readonly string[]): Promise<Map<string, MasterYearRecord>> {
  if (ids.length === 0) return new Map();
  const { data } = (await masterYears
    .of(db)
    .where({ _id: db.command.in([...ids]) })
    .limit(ids.length)
    .get()) as { data: MasterYearRecord[] };
  return new Map(data.map((year) => [year._id, year]));
}
