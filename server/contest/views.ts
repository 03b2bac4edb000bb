// Contests and entries as the contract shows them: instants as ISO text, places left from the booking slot, the
// caller's own entry and verdict where a worker asks.
import type { ContestView, EntryView } from '../../src/shared/contracts/contest';
import { contestPhase } from '../../src/shared/contest/schedule';
import { rankContest, totalOf } from '../../src/shared/contest/scores';
import { describeEligibility } from '../../src/shared/contest/rules-text';
import { holdsView, shownImages } from '../content-security/holds';
import type { SlotRecord } from '../booking/slots';
import type { ContestEntryRecord, ContestRecord } from './records';

export function contestView(
  contest: ContestRecord,
  slot: SlotRecord | undefined,
  now: Date,
  mine: { entry: EntryView | null; verdict: ContestView['verdict'] } = { entry: null, verdict: null },
): ContestView {
  return {
    contestId: contest._id,
    title: contest.title,
    level: contest.level,
    trade: contest.trade,
    description: contest.description,
    venue: contest.venue,
    // The public sees a poster only once WeChat's image check passed it.
    poster: contest.poster ? (shownImages(contest.content, [contest.poster])[0] ?? null) : null,
    posterHold: null,
    schedule: contest.schedule,
    phase: contestPhase(contest.schedule, now),
    entry: contest.entry,
    capacity: contest.capacity,
    placesLeft: Math.max(0, slot ? slot.free : contest.capacity),
    waiting: Math.max(0, slot?.waiting ?? 0),
    review: contest.review,
    weighting: contest.weighting,
    awards: contest.awards,
    eligibility: contest.eligibility,
    rules: describeEligibility(contest.eligibility, contest.eligibilityOrgs),
    fields: contest.fields,
    organiser: { orgId: contest.orgId, name: contest.orgName },
    published: contest.published,
    mine: mine.entry,
    verdict: mine.verdict,
  };
}

/** A contest as its organisers see it: the poster as stored, with its image check while one holds it. */
export function staffContestView(contest: ContestRecord, slot: SlotRecord | undefined, now: Date): ContestView {
  // The poster's own check, or the refusal that took the last one off (until a new poster replaces it).
  const images = Object.values(contest.content?.images ?? {});
  const hold =
    images.find((image) => image.fileId === contest.poster) ?? images.find((image) => image.state === 'refused');
  return {
    ...contestView(contest, slot, now),
    poster: contest.poster,
    posterHold: hold ? { state: hold.state, reason: hold.reason } : null,
  };
}

export interface EntryViewOptions {
  contest: Pick<ContestRecord, '_id' | 'title' | 'schedule' | 'published' | 'weighting'>;
  position?: number;
  /** Staff views name the person (masked phone only). */
  withPerson?: boolean;
  /** The published ranking's row of this entry. */
  result?: EntryView['result'];
  team?: EntryView['team'];
}

export function entryView(entry: ContestEntryRecord, options: EntryViewOptions): EntryView {
  const { contest } = options;
  return {
    entryId: entry._id,
    contestId: entry.contestId,
    contestTitle: contest.title,
    contestDay: contest.schedule.day,
    state: entry.state,
    position: options.position ?? 0,
    answers: entry.answers,
    holds: holdsView(entry.content),
    reason: entry.reason,
    checkedIn: entry.checkedIn ? { at: entry.checkedIn.at.toISOString(), how: entry.checkedIn.how } : null,
    result: options.result ?? null,
    team: options.team ?? null,
    createdAt: entry.createdAt.toISOString(),
    person: options.withPerson
      ? { userId: entry.person, name: entry.name, orgName: entry.orgName, phoneMasked: entry.phoneMasked }
      : null,
  };
}

/** Each scored entry's result row, by the contest's weighting and award places. */
export function resultsOf(
  contest: Pick<ContestRecord, 'weighting' | 'awards'>,
  entries: Array<Pick<ContestEntryRecord, '_id' | 'name' | 'scores'>>,
): Map<string, EntryView['result']> {
  const rows = entries.map((entry) => {
    const theory = entry.scores?.theory ?? null;
    const practical = entry.scores?.practical ?? null;
    const total = theory !== null && practical !== null ? totalOf(theory, practical, contest.weighting) : null;
    return { id: entry._id, name: entry.name, total, theory, practical };
  });
  return new Map(
    rankContest(rows, contest.awards).map(({ row, rank, awarded }) => [
      row.id,
      { theory: row.theory, practical: row.practical, total: row.total, rank, awarded },
    ]),
  );
}
