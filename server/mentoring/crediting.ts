// The apprentice's 十个一 item 6 (拜一个名师) from an active apprenticeship, through the credit module: one credit per
// year the pair is active (`<apprentice>.<year>.6.apprenticeship.<pair>`, so a retry or a second timer run never
// credits twice). Granted for the Beijing year the pair forms in, and by mentoring-clock for each new year while it
// stays active; a dissolved pair's credits are revoked, a graduated pair's stay.
import { activeYears } from '../../src/shared/mentoring/agreement';
import { beijingYear } from '../../src/shared/time/beijing';
import { grantCredit, revokeCredit, type CreditChange } from '../credits/credits';
import type { Db } from '../kit/db';
import type { ApprenticeshipRecord } from './records';

type Pair = Pick<ApprenticeshipRecord, '_id' | 'apprentice' | 'masterName' | 'since'>;

const creditKey = (pair: Pair, year: number) => ({
  personId: pair.apprentice,
  year,
  item: 6 as const,
  kind: 'apprenticeship' as const,
  sourceId: pair._id,
});

/** Grants item 6 of `year` for the pair (a repeat changes nothing). */
export function creditPairYear(db: Db, pair: Pair, year: number, now: Date, apprenticePath?: string[]) {
  return grantCredit(db, { ...creditKey(pair, year), title: `拜${pair.masterName}为师` }, now, apprenticePath);
}

/**
 * The grant of a pair just formed, for the Beijing year it formed in: the credit's three operations (the
 * apprentice's path, which the caller has, saves the read a first summary of the year would make).
 */
export function creditFormedPair(db: Db, pair: Pair, apprenticePath: string[], now: Date): Promise<CreditChange> {
  return creditPairYear(db, pair, beijingYear(now), now, apprenticePath);
}

/** Revokes every year the pair granted (a pair undone or dissolved); years never granted change nothing. */
export async function uncreditPair(db: Db, pair: Pair, reason: string, now: Date): Promise<number> {
  let revoked = 0;
  for (const year of activeYears(pair.since, now)) {
    if ((await revokeCredit(db, creditKey(pair, year), reason, now)).changed) revoked += 1;
  }
  return revoked;
}
