// A worker's year of 十个一 as one answer: the ten items from their active credits (each with where it came from),
// their entries of items 1–8, today's diary entry, the plan, and the years they have records in. A fixed number of
// indexed reads by person and year, whatever the size of the city.
import type { YearView } from '../../src/shared/contracts/activity';
import { beijingDay, beijingYear } from '../../src/shared/time/beijing';
import { TEN_ITEMS } from '../../src/shared/tenones/items';
import { yearIsOpen } from '../../src/shared/tenones/year-rules';
import { credits, creditYears, type CreditRecord, type CreditYearRecord } from '../credits/records';
import type { Db } from '../kit/db';
import { displayName, type UserRecord } from '../people/users';
import { activityEntries, diaryEntries, diaryId, planId, plans, type EntryRecord } from './records';
import { diaryView, entryView, planView } from './views';

/** Evidence listed per item; item 9 (a diary day each) lists the latest few and counts the rest. */
const EVIDENCE_SHOWN = 20;
const DIARY_EVIDENCE_SHOWN = 3;

export async function yearOf(
  db: Db,
  person: UserRecord,
  year: number,
  now: Date,
  orgName: string | null,
): Promise<YearView> {
  const today = beijingDay(now);
  const [creditRows, entryRows, diaryToday, plan, summaries] = await Promise.all([
    credits
      .of(db)
      .where({ person: person._id, year, revoked: null })
      .orderBy('at', 'desc')
      .limit(1000)
      .get() as Promise<{ data: CreditRecord[] }>,
    activityEntries
      .of(db)
      .where({ person: person._id, year, deleted: null })
      .orderBy('date', 'desc')
      .limit(200)
      .get() as Promise<{ data: EntryRecord[] }>,
    year === beijingYear(now) ? diaryEntries.byId(db, diaryId(person._id, today)) : Promise.resolve(undefined),
    plans.byId(db, planId(person._id, year)),
    creditYears.of(db).where({ person: person._id }).field({ year: true }).limit(100).get() as Promise<{
      data: Array<Pick<CreditYearRecord, 'year'>>;
    }>,
  ]);
  const items = TEN_ITEMS.map(({ item }) => {
    const active = creditRows.data.filter((credit) => credit.item === item);
    return {
      item,
      done: active.length > 0,
      evidence: active.slice(0, item === 9 ? DIARY_EVIDENCE_SHOWN : EVIDENCE_SHOWN).map((credit) => ({
        kind: credit.source.kind,
        title: credit.source.title,
        at: credit.at.toISOString(),
        sourceId: credit.source.id,
      })),
      count: active.length,
    };
  });
  const years = [...new Set([beijingYear(now), year, ...summaries.data.map((summary) => summary.year)])].sort(
    (a, b) => b - a,
  );
  return {
    year,
    person: { userId: person._id, name: displayName(person), orgName },
    items,
    doneCount: items.filter((entry) => entry.done).length,
    entries: entryRows.data.map((entry) => entryView(entry)),
    diaryToday: diaryToday ? diaryView(diaryToday, now) : null,
    plan: plan ? planView(plan, now) : null,
    years,
    open: yearIsOpen(year, now),
  };
}
