// A worker who moves counts in the new organisation from the move on (issue 13): the members of every organisation
// the move leaves go down by one and of every one it enters up by one (shared ancestors, e.g. the city, are left
// alone), and the items the worker has done this year move with them, counted in the month of the move. Earlier
// years stay where they were earned. Called after the membership itself changed.
import { beijingYear } from '../../src/shared/time/beijing';
import { doneItems, isAllTen, itemField, tallyPlan, type ItemCounts } from '../../src/shared/tenones/progress';
import { isDuplicateWrite, type Db } from '../kit/db';
import { incrementAll } from './counters';
import { bumpTallies } from './credits';
import { creditYears, memberCounts, yearId, type CreditYearRecord, type MemberCountRecord } from './records';

export async function countMembershipMove(
  db: Db,
  personId: string,
  from: string[],
  to: string[],
  now: Date,
): Promise<void> {
  const leaving = from.filter((org) => !to.includes(org));
  const entering = to.filter((org) => !from.includes(org));
  const _ = db.command;
  const empty = (id: string): MemberCountRecord => ({ _id: id, members: 0, updatedAt: now });
  await incrementAll(db, memberCounts, leaving, { members: _.inc(-1), updatedAt: now }, empty);
  await incrementAll(db, memberCounts, entering, { members: _.inc(1), updatedAt: now }, empty);
  await moveYear(db, personId, to, now);
}

/** Re-homes this year's summary, then moves its done items' counters from where they were counted. */
async function moveYear(db: Db, personId: string, to: string[], now: Date): Promise<void> {
  const year = beijingYear(now);
  const id = yearId(personId, year);
  const toOrg = to.at(-1) ?? null;
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = await creditYears.byId(db, id);
    if (!current) {
      // Nothing done yet this year: start the summary here so a grant racing the move counts in the new place.
      const created: CreditYearRecord = {
        _id: id,
        person: personId,
        year,
        items: {},
        countedIn: to,
        countedInOrg: toOrg,
        updatedAt: now,
      };
      const added = await creditYears
        .of(db)
        .add(created)
        .then(() => true)
        .catch((error: unknown) => {
          if (isDuplicateWrite(error)) return false;
          throw error;
        });
      if (added) return;
      continue;
    }
    if (current.countedInOrg === toOrg) return;
    // Conditional on where it is counted, so a grant's summary update is wholly before or after this one.
    const moved = (await creditYears
      .of(db)
      .where({ _id: id, countedInOrg: current.countedInOrg })
      .updateAndReturn({ countedIn: to, countedInOrg: toOrg, updatedAt: now })) as { doc?: CreditYearRecord | null };
    if (!moved.doc) continue;
    const items = moved.doc.items;
    const from = current.countedIn;
    await bumpTallies(
      db,
      from.filter((org) => !to.includes(org)),
      year,
      movePlan(year, now, items, -1),
      now,
    );
    await bumpTallies(
      db,
      to.filter((org) => !from.includes(org)),
      year,
      movePlan(year, now, items, 1),
      now,
    );
    return;
  }
  throw new Error(`credit summary ${id} could not be moved`);
}

function movePlan(year: number, now: Date, items: ItemCounts, sign: 1 | -1): Record<string, number> {
  const changes: ItemCounts = {};
  for (const item of doneItems(items)) changes[itemField(item)] = sign;
  return tallyPlan(year, now, changes, isAllTen(items) ? sign : 0);
}
