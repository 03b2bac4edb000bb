// Granting and revoking credits (domain brief §6): the only way any module marks a 十个一 item done. Each change of
// a credit's state is one atomic conditional write (insert by id; un-revoke only what is revoked; revoke only what
// is not), and only a write that changed the state moves the person's year summary by ±1; only a summary whose item
// crossed between 0 and 1 moves the counters of the organisations it is counted in. So any number of simultaneous
// grants, retries and revokes leave every counter equal to a recount. A grant costs three operations: the insert,
// the summary, one update of the organisation chain's counters.
//
// A call that dies between the steps leaves a summary or counter behind its credits; `recountCredits` names the
// difference and repairs it (the same stance as the vote tallies).
import { creditId, type CreditKey } from '../../src/shared/tenones/credit-ids';
import { itemField, tallyEffect, tallyPlan } from '../../src/shared/tenones/progress';
import { isDuplicateWrite, type Db } from '../kit/db';
import { users } from '../people/users';
import { incrementAll } from './counters';
import {
  creditTallies,
  creditYears,
  credits,
  tallyId,
  yearId,
  type CreditRecord,
  type CreditTallyRecord,
  type CreditYearRecord,
} from './records';

export interface Grant extends CreditKey {
  /** What the worker's year shows as the source, e.g. the contest's title. */
  title: string;
}

/** What a grant or revoke did: `changed` when the credit's state flipped (false for a repeat). */
export interface CreditChange {
  id: string;
  changed: boolean;
}

/**
 * Grants a credit, or grants it again after a revoke (same id). `personPath` (the person's organisation path), when
 * the caller has it, saves a read the first time the person's year is summarised.
 */
export async function grantCredit(db: Db, grant: Grant, now: Date, personPath?: string[]): Promise<CreditChange> {
  const id = creditId(grant);
  const record: CreditRecord = {
    _id: id,
    person: grant.personId,
    year: grant.year,
    item: grant.item,
    source: { kind: grant.kind, id: grant.sourceId, title: grant.title },
    at: now,
    revoked: null,
  };
  let changed = true;
  try {
    await credits.of(db).add(record);
  } catch (error) {
    if (!isDuplicateWrite(error)) throw error;
    // Already there: it counts again only if it was revoked, and only one of several simultaneous re-grants wins.
    const _ = db.command;
    const regranted = await credits
      .of(db)
      .where({ _id: id, revoked: _.neq(null) })
      .update({ revoked: null, at: now, source: record.source });
    changed = regranted.updated === 1;
  }
  if (changed) await countChange(db, grant, 1, now, personPath);
  return { id, changed };
}

/** Revokes a credit (its event was cancelled); a repeat, or a credit never granted, changes nothing. */
export async function revokeCredit(db: Db, key: CreditKey, reason: string, now: Date): Promise<CreditChange> {
  const id = creditId(key);
  const revoked = await credits
    .of(db)
    .where({ _id: id, revoked: null })
    .update({ revoked: { at: now, reason } });
  const changed = revoked.updated === 1;
  if (changed) await countChange(db, key, -1, now);
  return { id, changed };
}

/** Moves the person's year summary by one active credit of the item, and the counters if the item flipped. */
async function countChange(db: Db, key: CreditKey, delta: 1 | -1, now: Date, personPath?: string[]): Promise<void> {
  const summary = await bumpSummary(db, key, delta, now, personPath);
  const effect = tallyEffect(key.item, delta, summary.items);
  if (effect.item === 0) return;
  const plan = tallyPlan(key.year, now, { [itemField(key.item)]: effect.item }, effect.allTen);
  await bumpTallies(db, summary.countedIn, key.year, plan, now);
}

async function bumpSummary(
  db: Db,
  key: CreditKey,
  delta: 1 | -1,
  now: Date,
  personPath?: string[],
): Promise<CreditYearRecord> {
  const _ = db.command;
  const id = yearId(key.personId, key.year);
  const field = `items.${itemField(key.item)}`;
  for (let attempt = 0; attempt < 3; attempt++) {
    const bumped = (await creditYears
      .of(db)
      .where({ _id: id })
      .updateAndReturn({ [field]: _.inc(delta), updatedAt: now })) as { doc?: CreditYearRecord | null };
    if (bumped.doc) return bumped.doc;
    // The person's first credit of the year: the summary starts here, counted where the person is a member now.
    const path = personPath ?? (await users.byId(db, key.personId))?.orgPath ?? [];
    const created: CreditYearRecord = {
      _id: id,
      person: key.personId,
      year: key.year,
      items: { [itemField(key.item)]: delta },
      countedIn: path,
      countedInOrg: path.at(-1) ?? null,
      updatedAt: now,
    };
    try {
      await creditYears.of(db).add(created);
      return created;
    } catch (error) {
      if (!isDuplicateWrite(error)) throw error;
      // Someone else started it a moment ago: increment theirs.
    }
  }
  throw new Error(`credit summary ${id} could not be written`);
}

/** Applies a counter plan (`tallyPlan`) to the tallies of every organisation in `path` for `year`. */
export async function bumpTallies(
  db: Db,
  path: string[],
  year: number,
  plan: Record<string, number>,
  now: Date,
): Promise<void> {
  if (path.length === 0 || Object.keys(plan).length === 0) return;
  const _ = db.command;
  const update: Record<string, unknown> = { updatedAt: now };
  for (const [field, change] of Object.entries(plan)) update[field] = _.inc(change);
  await incrementAll(
    db,
    creditTallies,
    path.map((org) => tallyId(org, year)),
    update,
    (id): CreditTallyRecord => ({
      _id: id,
      org: id.slice(0, id.lastIndexOf('.')),
      year,
      done: {},
      allTen: 0,
      months: {},
      updatedAt: now,
    }),
  );
}
