// A contest's 十个一 credit, item 2 for the contest day's year, one per person and contest (domain brief §6): granted
// when an entry (or a team the person is in) is confirmed, revoked when it is cancelled, rejected, withdrawn or 缺考.
import { contestYearOf } from '../../src/shared/contest/schedule';
import { grantCredit, revokeCredit } from '../credits/credits';
import type { NotifyContext } from '../notify/notify';
import type { ContestRecord } from './records';

const creditKey = (contest: ContestRecord, person: string) => ({
  personId: person,
  year: contestYearOf(contest.schedule),
  item: 2 as const,
  kind: 'contest' as const,
  sourceId: contest._id,
});

export async function creditPerson(ctx: NotifyContext, contest: ContestRecord, person: string, orgPath: string[]) {
  await grantCredit(ctx.db, { ...creditKey(contest, person), title: contest.title }, ctx.now, orgPath);
}

export async function uncreditPerson(ctx: NotifyContext, contest: ContestRecord, person: string, reason: string) {
  await revokeCredit(ctx.db, creditKey(contest, person), reason, ctx.now);
}
