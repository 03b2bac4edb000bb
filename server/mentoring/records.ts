// 师带徒 (issue 15): what is stored, for the whole issue. This slice builds masters, studios and pairing; the rest
// is the plan the later slices follow, so their collections and ids fit beside these.
//
//   masters            id = the master's user id. trade, level, basis, orgId/orgPath (their enterprise, copied at
//                      designation), limit, active (pairs now), free (= limit − active, may be negative after a
//                      lowered limit), accepting. A place is taken by ONE conditional update `free > 0 → free −1,
//                      active +1` and given back by the reverse, so racing acceptances and assignments never pass
//                      the limit; `accepting` and `free` are indexed for "has a free place".
//   studios            id = the master's user id (one studio per master). name, category, trade, orgId/orgPath,
//                      description, photos (content holds under `content`), stars with the staff reason.
//   mentorApplications id = `<master>.<applicant>`: at most one per pair of people, so a second pending
//                      application is a duplicate id; a declined one is reopened in place (its decision kept in
//                      `past`). statement under content security; orgPath (the master's) for staff who decide a
//                      held statement.
//   apprenticeships    id = `ap…` (random). master, apprentice, trade, state (active → later ended with a grade),
//                      source (application | assignment), since; names copied for lists; the agreement below.
//                      `tradeSlot` is `<apprentice>.<trade>` while active and `<apprentice>.<trade>~<id>` once ended,
//                      under a unique index: a worker has at most one active master per trade however many masters
//                      accept at once, and the rule costs no write of its own.
//   agreements         on the apprenticeship itself (server/mentoring/agreement-records.ts): `agreed` (goals with
//                      target dates, term 1–3 years, cadence) and `proposal` (the master's change waiting for the
//                      apprentice's 同意; the agreed terms stay in force meanwhile), `agreementVersion` (each
//                      proposal conditional on the one it read, each confirmation on the version read). Every write
//                      of the agreed terms or a check stores `lastCheck`, `nextDue` and `overdueAt` (the instant it
//                      becomes overdue; index orgPath+state+overdueAt = staff's cadence table) and `remindDue`
//                      (= overdueAt until mentoring-clock reminded it). Ending (出师考核 with a grade, or staff's
//                      dissolving) is `active → ended` in one conditional update with `ended` {how, grade, comment},
//                      its slot released in the same update, then the place given back. `creditYear`: the Beijing year the clock
//                      last granted item 6 (server/mentoring/crediting.ts; the forming grant is formPair's).
//   apprenticeChecks   id = `<apprenticeship>.<n>` (n from 1): date, kind (check | review), notes, per-goal progress.
//   mentorPlanComments id random: the master's comments on the apprentice's 岗位提升计划 (plans, item 10) of a year.
//   mentorSessions     id = `ms…` (random). A master's mentoring session or 六进 lecture (sessions.ts): times,
//                      place or link (进网络), capacity, audience with `audienceKey` (`all`, `org:<orgId>`,
//                      `ap:<master>`), which a worker's list walks as (audienceKey, state, startsAt) with the keys that
//                      admit them. `givenAt`/`heldAt` record that the first check-in (by scan or code, for held)
//                      counted it in the master's year, so a cancellation takes back exactly what was counted.
//   mentorSignups      id = `<session>.<person>`: the booking module's entries (server/booking/, slot
//                      `session.<id>`), state confirmed | waitlisted | withdrawn | dropped, `checkedIn` (when, how:
//                      scan | code | manual, by whom, the reason of a manual one). A checked-in lecture grants item 5
//                      for the session's Beijing year (source kind `lecture`), revoked when the session is cancelled.
//   masterYears        id = `<master>.<year>` (master-years.ts): sessions given, people reached, lectures counted
//                      held (month and end: held once over), kept on write; `apprentices` (trained, grades; absent until then) is
//                      the place 出师考核 writes. masterReached (`<master>.<year>.<person>`) makes reached distinct.
//   lectureTeam        id = master id: on the 宣讲团 or not; the month table reads members' masterYears only.
import type { StoredHolds } from '../content-security/holds';
import { storedCollection } from '../kit/db';
import type { TradeCode } from '../../src/shared/people/trades';
import type {
  ApplicationState,
  ApprenticeshipState,
  MasterBasis,
  MasterLevel,
  StudioCategory,
} from '../../src/shared/mentoring/vocabulary';

export interface MasterRecord {
  _id: string;
  /** The master's WeChat openid: an application copies it, so deciding it needs no read of the caller's record. */
  openid: string;
  name: string;
  trade: TradeCode;
  level: MasterLevel;
  basis: MasterBasis;
  orgId: string | null;
  orgPath: string[];
  limit: number;
  active: number;
  /** limit − active, kept with both in every write: the one field a place is taken and given back on. */
  free: number;
  accepting: boolean;
  designatedBy: string;
  designatedAt: Date;
  updatedAt: Date;
}

export interface StudioRecord {
  _id: string;
  master: string;
  name: string;
  category: StudioCategory;
  trade: TradeCode;
  orgId: string | null;
  orgPath: string[];
  description: string;
  photos: string[];
  stars: number | null;
  starsReason: string | null;
  content?: StoredHolds;
  createdAt: Date;
  updatedAt: Date;
}

export interface ApplicationRecord {
  _id: string;
  master: string;
  /** Who may decide it: the master's openid, matched against the caller's in the deciding write itself. */
  masterOpenid: string;
  masterName: string;
  applicant: string;
  applicantName: string;
  /** Where the applicant's notices go (saves reading their record when the master decides; absent on old data). */
  applicantOpenid?: string;
  /**
   * The applicant's organisation path when they applied: their 十个一 credit is summarised there when the pair forms
   * (a later move of theirs is carried over by the credits' membership move, as for any credit).
   */
  applicantOrgPath: string[];
  trade: TradeCode;
  /** The master's enterprise path: staff over it decide a statement WeChat held. */
  orgPath: string[];
  statement: string;
  state: ApplicationState;
  reason: string | null;
  content?: StoredHolds;
  /** Earlier decisions on this pair of people, oldest first. */
  past: Array<{ state: ApplicationState; reason: string | null; at: Date }>;
  createdAt: Date;
  decidedAt: Date | null;
}

export interface ApprenticeshipRecord {
  _id: string;
  master: string;
  masterName: string;
  apprentice: string;
  apprenticeName: string;
  trade: TradeCode;
  /** `<apprentice>.<trade>` while active, `<apprentice>.<trade>~<id>` once ended (unique: one master per trade). */
  tradeSlot: string;
  state: ApprenticeshipState;
  source: 'application' | 'assignment';
  /** The master's enterprise path, for staff lists of their subtree. */
  orgPath: string[];
  since: Date;
  updatedAt: Date;
}

export const masters = storedCollection<MasterRecord>('masters');
export const studios = storedCollection<StudioRecord>('studios');
export const mentorApplications = storedCollection<ApplicationRecord>('mentorApplications');
export const apprenticeships = storedCollection<ApprenticeshipRecord>('apprenticeships');

export const applicationIdOf = (master: string, applicant: string) => `${master}.${applicant}`;
/** The slot an active pair holds for its apprentice and trade (unique among all pairs). */
export const tradeSlotOf = (apprentice: string, trade: string) => `${apprentice}.${trade}`;
/** The slot an ended pair keeps: still unique, no longer in the way of a new master in the trade. */
export const endedSlotOf = (pair: { _id: string; apprentice: string; trade: string }) =>
  `${tradeSlotOf(pair.apprentice, pair.trade)}~${pair._id}`;
