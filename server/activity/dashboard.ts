// The staff dashboards' reads (issue 13, "Staff"): 十个一 completion of an organisation and its children from the
// credit module's counters, never from workers, credits or entries, so a dashboard costs the same reads whether
// the city has 5,000 workers or 50,000 — one read of the children, one of their tallies, one of their member
// counts. The workers of one enterprise are read a page at a time (users by organisation, their year summaries by
// id), and their Excel all at once.
import type { MemberProgressRow, OrgProgress, ProgressView } from '../../src/shared/contracts/activity/dashboard';
import { beijingYear, inBeijing } from '../../src/shared/time/beijing';
import { TEN_ITEMS } from '../../src/shared/tenones/items';
import { doneItems, itemField, type ItemCounts } from '../../src/shared/tenones/progress';
import { creditTallies, creditYears, memberCounts, tallyId, yearId } from '../credits/records';
import type { CreditTallyRecord, CreditYearRecord, MemberCountRecord } from '../credits/records';
import type { Db, StoredCollection } from '../kit/db';
import { orgs, type OrgRecord } from '../people/orgs';
import { displayName, type UserRecord } from '../people/users';
import { orgRef, type Orgs } from '../people/views';

/** The ten figures of an item-count map, items 1–10 (a missing item is 0). */
export const itemFigures = (counts: ItemCounts | undefined): number[] =>
  TEN_ITEMS.map(({ item }) => counts?.[itemField(item)] ?? 0);

/**
 * How many months of `year` are shown at `now`: all twelve of a past year, up to the current Beijing month of this
 * year, none of a year that has not begun.
 */
export function monthsShown(year: number, now: Date): number {
  const thisYear = beijingYear(now);
  if (year < thisYear) return 12;
  if (year > thisYear) return 0;
  return inBeijing(now).month() + 1;
}

/**
 * The figures at each month's end: the counters keep each month's net change, so a month's figure is the sum of
 * the changes up to it.
 */
export function cumulativeMonths(tally: Pick<CreditTallyRecord, 'months'> | undefined, shown: number) {
  const done = TEN_ITEMS.map(() => 0);
  let allTen = 0;
  const months: ProgressView['months'] = [];
  for (let month = 1; month <= shown; month++) {
    const change = tally?.months[String(month).padStart(2, '0')];
    itemFigures(change).forEach((value, i) => (done[i]! += value));
    allTen += change?.all ?? 0;
    months.push({ month, done: [...done], allTen });
  }
  return months;
}

async function byIds<T extends { _id: string }>(
  db: Db,
  collection: StoredCollection<T>,
  ids: string[],
): Promise<Map<string, T>> {
  if (ids.length === 0) return new Map();
  const { data } = (await collection
    .of(db)
    .where({ _id: db.command.in(ids) })
    .limit(1000)
    .get()) as { data: T[] };
  return new Map(data.map((doc) => [doc._id, doc]));
}

/** The active child organisations of `org`, by name: one read (orgs by parentId, indexed). */
export async function childOrgs(db: Db, orgId: string): Promise<OrgRecord[]> {
  const { data } = (await orgs.of(db).where({ parentId: orgId, status: 'active' }).limit(1000).get()) as {
    data: OrgRecord[];
  };
  return data.sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN'));
}

export interface ProgressRead {
  org: OrgProgress;
  children: OrgProgress[];
  tally: CreditTallyRecord | undefined;
}

/**
 * The organisation's and its children's figures for the year: two reads, the tallies and the member counts, both
 * by id. `known` holds the organisations' parents for their labels.
 */
export async function readProgress(
  db: Db,
  org: OrgRecord,
  children: OrgRecord[],
  year: number,
  known: Orgs,
): Promise<ProgressRead> {
  const all = [org, ...children];
  const [tallies, counts] = await Promise.all([
    byIds<CreditTallyRecord>(
      db,
      creditTallies,
      all.map((o) => tallyId(o._id, year)),
    ),
    byIds<MemberCountRecord>(
      db,
      memberCounts,
      all.map((o) => o._id),
    ),
  ]);
  const withParents: Orgs = new Map([...known, [org._id, org]]);
  const figures = (o: OrgRecord): OrgProgress => {
    const tally = tallies.get(tallyId(o._id, year));
    return {
      org: orgRef(o, withParents),
      members: counts.get(o._id)?.members ?? 0,
      done: itemFigures(tally?.done),
      allTen: tally?.allTen ?? 0,
    };
  };
  return { org: figures(org), children: children.map(figures), tally: tallies.get(tallyId(org._id, year)) };
}

/** A worker's row: their items done in the year, from their year summary (none yet: nothing done). */
export function memberRow(user: UserRecord, summary: CreditYearRecord | undefined): MemberProgressRow {
  const done = doneItems(summary?.items);
  return {
    userId: user._id,
    name: displayName(user),
    done: TEN_ITEMS.map(({ item }) => done.includes(item)),
    doneCount: done.length,
  };
}

/** The year summaries of these people, one read. */
export function yearSummaries(db: Db, people: UserRecord[], year: number) {
  return byIds<CreditYearRecord>(
    db,
    creditYears,
    people.map((user) => yearId(user._id, year)),
  ).then((found) => (user: UserRecord) => found.get(yearId(user._id, year)));
}

/** The share of `members` as a whole percentage with one decimal (`0` when there are no members). */
export function share(count: number, members: number): number {
  return members > 0 ? Math.round((count / members) * 1000) / 10 : 0;
}
