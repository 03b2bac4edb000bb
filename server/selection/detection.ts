// Brushing (刷票) detection, run by the selection clock off the vote path. Two signals, each judged against the
// candidate's own history and against the other candidates of the campaign, so that a popular campaign's organic
// rush (every candidate busy at once) raises nothing:
// - burst: a candidate's votes in the last window far above its own recent rate and far above the campaign's
//   typical candidate in the same window;
// - cluster of new accounts: many voters whose first vote in the campaign came in the window and went to this one
//   candidate only, far more than other candidates gather that way. Paid brushing looks like this: fresh accounts,
//   one vote each, all for the same person.
// A flag carries its evidence for staff; nothing is changed until staff act on it.
import type { Db } from '../kit/db';
import type { CampaignRecord } from './campaigns';
import { flags as flagsCollection, type FlagRecord } from './flags';
import { voterDays } from './voter-days';
import { votes } from './votes';

export const WINDOW_MS = 10 * 60_000;
const BASELINE_MS = 6 * 3600_000;
const BURST_MIN_VOTES = 50;
const BURST_OVER_OWN_RATE = 5;
const OVER_CAMPAIGN_MEDIAN = 3;
const CLUSTER_MIN_VOTERS = 20;

const median = (values: number[]) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

export async function detectBrushing(
  db: Db,
  campaign: CampaignRecord,
  candidates: number,
  now: Date,
): Promise<FlagRecord[]> {
  const _ = db.command;
  const windowStart = new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS - WINDOW_MS);
  const windowEnd = new Date(windowStart.getTime() + 2 * WINDOW_MS);
  const since = new Date(windowStart.getTime() - BASELINE_MS);
  const recent = await votes.readAll(db, {
    campaignId: campaign._id,
    at: _.gte(since),
  });
  const inWindow = new Map<string, number>();
  const before = new Map<string, number>();
  for (const vote of recent) {
    const bucket = vote.at.getTime() >= windowStart.getTime() ? inWindow : before;
    bucket.set(vote.candidateId, (bucket.get(vote.candidateId) ?? 0) + 1);
  }
  const flags: FlagRecord[] = [];
  const typical = median(padded([...inWindow.values()], candidates));
  const windowsOfBaseline = BASELINE_MS / (2 * WINDOW_MS);
  for (const [candidateId, count] of inWindow) {
    const ownRate = (before.get(candidateId) ?? 0) / windowsOfBaseline;
    if (
      count >= BURST_MIN_VOTES &&
      count >= BURST_OVER_OWN_RATE * Math.max(ownRate, 1) &&
      count >= OVER_CAMPAIGN_MEDIAN * Math.max(typical, 1)
    ) {
      flags.push(
        flag(campaign, candidateId, 'burst', windowStart, windowEnd, now, {
          windowVotes: count,
          ownRatePerWindow: Math.round(ownRate * 10) / 10,
          campaignMedianPerWindow: typical,
        }),
      );
    }
  }

  // Voters whose day began in the window, who have cast a single vote, and who never voted in this campaign before.
  const fresh = await voterDays.readAll(db, {
    campaignId: campaign._id,
    createdAt: _.gte(windowStart),
    used: 1,
  });
  const voters = fresh.map((day) => day.voter);
  const returning = new Set<string>();
  for (let i = 0; i < voters.length; i += 1000) {
    const earlier = await voterDays.readAll(db, {
      campaignId: campaign._id,
      voter: _.in(voters.slice(i, i + 1000)),
      createdAt: _.lt(windowStart),
    });
    for (const day of earlier) returning.add(day.voter);
  }
  const newcomers = new Map<string, string[]>();
  for (const day of fresh) {
    if (returning.has(day.voter)) continue;
    const target = day.candidates[0];
    if (target) newcomers.set(target, [...(newcomers.get(target) ?? []), day.voter]);
  }
  const typicalNewcomers = median(
    padded(
      [...newcomers.values()].map((list) => list.length),
      candidates,
    ),
  );
  for (const [candidateId, list] of newcomers) {
    if (list.length >= CLUSTER_MIN_VOTERS && list.length >= OVER_CAMPAIGN_MEDIAN * Math.max(typicalNewcomers, 1)) {
      flags.push(
        flag(campaign, candidateId, 'new-account-cluster', windowStart, windowEnd, now, {
          newVoters: list.length,
          campaignMedianNewVoters: typicalNewcomers,
          voters: list,
        }),
      );
    }
  }
  for (const found of flags) {
    const { _id, ...body } = found;
    // One flag per candidate, signal and window: the clock runs every minute over overlapping windows.
    if (!(await flagsCollection.byId(db, _id))) await flagsCollection.of(db).doc(_id).set(body);
  }
  return flags;
}

/** Candidates with no newcomers count as zero when taking the median. */
function padded(values: number[], total: number): number[] {
  return [...values, ...Array.from({ length: Math.max(0, total - values.length) }, () => 0)];
}

function flag(
  campaign: CampaignRecord,
  candidateId: string,
  kind: FlagRecord['kind'],
  windowStart: Date,
  windowEnd: Date,
  now: Date,
  evidence: Record<string, unknown>,
): FlagRecord {
  return {
    _id: `${candidateId}.${kind}.${windowStart.getTime()}`,
    campaignId: campaign._id,
    candidateId,
    kind,
    windowStart,
    windowEnd,
    raisedAt: now,
    evidence,
    status: 'open',
    handledBy: null,
    handledAt: null,
    reason: null,
  };
}
