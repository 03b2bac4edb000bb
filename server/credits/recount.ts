// The credit counters recomputed from what they are made of: each person-year summary from its credits, each
// organisation's year tallies from the summaries counted in it, each organisation's members from the people. Used
// by the tests that race grants, revokes and moves, and by `npm run recount` to name and repair what a call that
// died between its steps left behind. Months are history (when the union learnt of a change), so they are checked
// for adding up to the current figure, and a repair puts any gap in the current month.
import { TEN_ITEMS } from '../../src/shared/tenones/items';
import { doneItems, isAllTen, itemField, tallyMonth, type ItemCounts } from '../../src/shared/tenones/progress';
import type { Db } from '../kit/db';
import { users } from '../people/users';
import { incrementAll } from './counters';
import {
  creditTallies,
  creditYears,
  credits,
  memberCounts,
  tallyId,
  yearId,
  type CreditTallyRecord,
  type MemberCountRecord,
} from './records';

export interface CountDifference {
  /** `creditYears/<id>`, `creditTallies/<id>` or `memberCounts/<id>`, and the field. */
  what: string;
  stored: number;
  expected: number;
}

const FIELDS = TEN_ITEMS.map((entry) => itemField(entry.item));

/** Every stored credit figure of `year` (and every member count) that differs from a recount. */
export async function recountCredits(db: Db, year: number, options: { repairAt?: Date } = {}) {
  const differences: CountDifference[] = [];
  const [allCredits, summaries, people, tallies, members] = await Promise.all([
    credits.readAll(db, { year }),
    creditYears.readAll(db, { year }),
    users.readAll(db, {}),
    creditTallies.readAll(db, { year }),
    memberCounts.readAll(db, {}),
  ]);

  // Summaries from credits.
  const expectedItems = new Map<string, ItemCounts>();
  for (const credit of allCredits) {
    if (credit.revoked) continue;
    const id = yearId(credit.person, credit.year);
    const items = expectedItems.get(id) ?? {};
    const field = itemField(credit.item);
    items[field] = (items[field] ?? 0) + 1;
    expectedItems.set(id, items);
  }
  const summaryById = new Map(summaries.map((summary) => [summary._id, summary]));
  for (const id of new Set([...expectedItems.keys(), ...summaryById.keys()])) {
    const stored = summaryById.get(id)?.items ?? {};
    const expected = expectedItems.get(id) ?? {};
    for (const field of FIELDS) {
      if ((stored[field] ?? 0) !== (expected[field] ?? 0)) {
        differences.push({
          what: `creditYears/${id}.items.${field}`,
          stored: stored[field] ?? 0,
          expected: expected[field] ?? 0,
        });
      }
    }
  }

  // Tallies from the summaries (as recounted), in the organisations each is counted in.
  const expectedTallies = new Map<string, { done: ItemCounts; allTen: number }>();
  for (const summary of summaries) {
    const items = expectedItems.get(summary._id) ?? {};
    for (const org of summary.countedIn) {
      const tally = expectedTallies.get(tallyId(org, year)) ?? { done: {}, allTen: 0 };
      for (const item of doneItems(items)) tally.done[itemField(item)] = (tally.done[itemField(item)] ?? 0) + 1;
      if (isAllTen(items)) tally.allTen += 1;
      expectedTallies.set(tallyId(org, year), tally);
    }
  }
  const tallyById = new Map(tallies.map((tally) => [tally._id, tally]));
  for (const id of new Set([...expectedTallies.keys(), ...tallyById.keys()])) {
    const stored = tallyById.get(id);
    const expected = expectedTallies.get(id) ?? { done: {}, allTen: 0 };
    for (const field of [...FIELDS, 'all'] as const) {
      const storedNow = field === 'all' ? (stored?.allTen ?? 0) : (stored?.done[field] ?? 0);
      const expectedNow = field === 'all' ? expected.allTen : (expected.done[field] ?? 0);
      if (storedNow !== expectedNow)
        differences.push({ what: `creditTallies/${id}.${field}`, stored: storedNow, expected: expectedNow });
      const monthly = Object.values(stored?.months ?? {}).reduce((sum, month) => sum + (month?.[field] ?? 0), 0);
      if (monthly !== storedNow)
        differences.push({ what: `creditTallies/${id}.months.${field}`, stored: monthly, expected: storedNow });
    }
  }

  // Members from the people (only the current year's figure is live; earlier shares use it too).
  const expectedMembers = new Map<string, number>();
  for (const person of people)
    for (const org of person.orgPath) expectedMembers.set(org, (expectedMembers.get(org) ?? 0) + 1);
  const membersById = new Map(members.map((record) => [record._id, record.members]));
  for (const id of new Set([...expectedMembers.keys(), ...membersById.keys()])) {
    const stored = membersById.get(id) ?? 0;
    const expected = expectedMembers.get(id) ?? 0;
    if (stored !== expected) differences.push({ what: `memberCounts/${id}.members`, stored, expected });
  }

  if (options.repairAt && differences.length > 0) {
    const now = options.repairAt;
    const month = tallyMonth(year, now);
    const personPaths = new Map(people.map((person) => [person._id, person.orgPath]));
    // Summaries: the recounted items; a missing one starts where the person is a member now.
    for (const [id, items] of expectedItems) {
      const stored = summaryById.get(id);
      if (stored && FIELDS.every((field) => (stored.items[field] ?? 0) === (items[field] ?? 0))) continue;
      if (stored) {
        await creditYears
          .of(db)
          .doc(id)
          .update({ items: db.command.set(items), updatedAt: now });
      } else {
        const person = id.slice(0, id.lastIndexOf('.'));
        const path = personPaths.get(person) ?? [];
        await creditYears
          .of(db)
          .add({ _id: id, person, year, items, countedIn: path, countedInOrg: path.at(-1) ?? null, updatedAt: now });
      }
    }
    for (const [id, summary] of summaryById) {
      if (
        !expectedItems.has(id) &&
        doneItems(summary.items).length + Object.values(summary.items).filter(Boolean).length > 0
      ) {
        await creditYears
          .of(db)
          .doc(id)
          .update({ items: db.command.set({}), updatedAt: now });
      }
    }
    // Tallies: the recounted figures, and any gap between the months and the figure put in this month.
    for (const id of new Set([...expectedTallies.keys(), ...tallyById.keys()])) {
      const stored = tallyById.get(id);
      const expected = expectedTallies.get(id) ?? { done: {}, allTen: 0 };
      const plan: Record<string, number> = {};
      for (const field of [...FIELDS, 'all'] as const) {
        const storedNow = field === 'all' ? (stored?.allTen ?? 0) : (stored?.done[field] ?? 0);
        const expectedNow = field === 'all' ? expected.allTen : (expected.done[field] ?? 0);
        const monthly = Object.values(stored?.months ?? {}).reduce((sum, entry) => sum + (entry?.[field] ?? 0), 0);
        if (storedNow !== expectedNow) plan[field === 'all' ? 'allTen' : `done.${field}`] = expectedNow - storedNow;
        if (monthly !== expectedNow) plan[`months.${month}.${field}`] = expectedNow - monthly;
      }
      if (Object.keys(plan).length === 0) continue;
      const _ = db.command;
      const update: Record<string, unknown> = { updatedAt: now };
      for (const [field, change] of Object.entries(plan)) update[field] = _.inc(change);
      await incrementAll(db, creditTallies, [id], update, (tallyDoc): CreditTallyRecord => ({
        _id: tallyDoc,
        org: tallyDoc.slice(0, tallyDoc.lastIndexOf('.')),
        year,
        done: {},
        allTen: 0,
        months: {},
        updatedAt: now,
      }));
    }
    // Members.
    for (const id of new Set([...expectedMembers.keys(), ...membersById.keys()])) {
      const expected = expectedMembers.get(id) ?? 0;
      const stored = membersById.get(id) ?? 0;
      if (stored === expected) continue;
      await incrementAll(
        db,
        memberCounts,
        [id],
        { members: db.command.inc(expected - stored), updatedAt: now },
        (memberId): MemberCountRecord => ({
          _id: memberId,
          members: 0,
          updatedAt: now,
        }),
      );
    }
  }
  return differences;
}
