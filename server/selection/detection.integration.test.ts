// Brushing detection, in process over a local cloud: a cluster of fresh accounts voting once for one candidate is
// flagged once with its evidence, while the same rush spread over every candidate (a popular campaign) raises nothing.
import { campaignRecord, voteRecord } from '../../test-support/selection-records';
import { localDb } from '../../test-support/in-process';
import { startSeededCloud, type SeededCloud } from '../../test-support/seeded-cloud';
import type { Db } from '../kit/db';
import { detectBrushing, WINDOW_MS } from './detection';
import { flags } from './flags';
import { voterDays } from './voter-days';
import { votes } from './votes';

let env: SeededCloud;
let db: Db;
beforeAll(async () => {
  env = await startSeededCloud({ seed: false });
  db = localDb(env.cloud);
});
afterAll(() => env.close());

/** `count` accounts new to the campaign, each casting one vote for `candidateId` a minute before `now`. */
async function newcomers(campaignId: string, candidateId: string, count: number, now: Date, tag = 'new') {
  const at = new Date(now.getTime() - 60_000);
  const list = Array.from({ length: count }, (_, i) =>
    voteRecord(campaignId, candidateId, `${candidateId}-${tag}-${i}`, at),
  );
  await votes.of(db).add(list);
  await voterDays.of(db).add(
    list.map((vote) => ({
      _id: `${campaignId}.${vote.day}.${vote.voter}`,
      campaignId,
      voter: vote.voter,
      day: vote.day,
      used: 1,
      candidates: [candidateId],
      requests: [vote.requestId],
      riskRank: 0,
      weight: 1,
      createdAt: at,
      lastAt: at,
    })),
  );
}

// The middle of a detection window, so a minute earlier falls in the same window.
const windowMiddle = (instant: Date) =>
  new Date(Math.floor(instant.getTime() / WINDOW_MS) * WINDOW_MS + WINDOW_MS / 2);

describe('detectBrushing', () => {
  it('flags a cluster of new accounts voting for one candidate, once per window', async () => {
    const now = windowMiddle(env.now());
    const campaign = campaignRecord('dt-cluster', 'voting', now);
    await newcomers(campaign._id, `${campaign._id}.a`, 25, now);
    const raised = await detectBrushing(db, campaign, 3, now);
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({
      candidateId: `${campaign._id}.a`,
      kind: 'new-account-cluster',
      status: 'open',
      evidence: { newVoters: 25, campaignMedianNewVoters: 0 },
    });
    // The clock runs every minute over overlapping windows: the same suspicion is stored once.
    await detectBrushing(db, campaign, 3, new Date(now.getTime() + 60_000));
    expect((await flags.of(db).where({ campaignId: campaign._id }).count()).total).toBe(1);
  });

  it('raises nothing when every candidate gathers new voters alike', async () => {
    const now = windowMiddle(env.now());
    const campaign = campaignRecord('dt-organic', 'voting', now);
    for (const candidate of ['a', 'b', 'c']) await newcomers(campaign._id, `${campaign._id}.${candidate}`, 25, now);
    expect(await detectBrushing(db, campaign, 3, now)).toEqual([]);
  });

  it('flags a cluster from twenty new accounts on, and not at nineteen', async () => {
    const now = windowMiddle(env.now());
    const at19 = campaignRecord('dt-cluster-19', 'voting', now);
    await newcomers(at19._id, `${at19._id}.a`, 19, now);
    expect(await detectBrushing(db, at19, 3, now)).toEqual([]);
    const at20 = campaignRecord('dt-cluster-20', 'voting', now);
    await newcomers(at20._id, `${at20._id}.a`, 20, now);
    expect((await detectBrushing(db, at20, 3, now)).map((f) => f.kind)).toEqual(['new-account-cluster']);
  });

  it('needs a cluster three times the campaign’s typical newcomers, and leaves out accounts seen before', async () => {
    const now = windowMiddle(env.now());
    const campaign = campaignRecord('dt-cluster-median', 'voting', now);
    const [a, b, c] = ['a', 'b', 'c'].map((x) => `${campaign._id}.${x}`) as [string, string, string];
    await newcomers(campaign._id, a, 20, now);
    await newcomers(campaign._id, b, 20, now);
    await newcomers(campaign._id, c, 59, now);
    expect(await detectBrushing(db, campaign, 3, now)).toEqual([]);
    await newcomers(campaign._id, c, 1, now, 'late');
    const raised = await detectBrushing(db, campaign, 3, now);
    // Sixty one-vote newcomers in the window are a burst of votes too, three times the typical candidate's twenty.
    expect(raised.map((f) => [f.kind, f.candidateId])).toEqual([
      ['burst', c],
      ['new-account-cluster', c],
    ]);
    expect(raised[1]!.evidence).toMatchObject({ newVoters: 60, campaignMedianNewVoters: 20 });

    // The same accounts having voted in this campaign on an earlier day are not new: nothing is raised for them.
    const seen = campaignRecord('dt-cluster-seen', 'voting', now);
    const target = `${seen._id}.a`;
    await newcomers(seen._id, target, 35, now);
    const earlier = new Date(now.getTime() - 86_400_000);
    await voterDays.of(db).add(
      Array.from({ length: 10 }, (_, i) => ({
        _id: `${seen._id}.earlier.${target}-new-${i}`,
        campaignId: seen._id,
        voter: `${target}-new-${i}`,
        day: 'earlier',
        used: 1,
        candidates: [target],
        requests: [],
        riskRank: 0,
        weight: 1,
        createdAt: earlier,
        lastAt: earlier,
      })),
    );
    const flagged = await detectBrushing(db, seen, 3, now);
    expect(flagged.map((f) => f.evidence.newVoters)).toEqual([25]);
  });

  it('flags a burst of fifty votes in the window that the candidate’s own rate and the campaign do not explain', async () => {
    const now = windowMiddle(env.now());
    const votesFor = async (campaignId: string, candidateId: string, count: number, at: Date, tag: string) =>
      votes
        .of(db)
        .add(Array.from({ length: count }, (_, i) => voteRecord(campaignId, candidateId, `${tag}-${i}`, at)));
    const inWindow = new Date(now.getTime() - 60_000);

    const fortyNine = campaignRecord('dt-burst-49', 'voting', now);
    await votesFor(fortyNine._id, `${fortyNine._id}.a`, 49, inWindow, 'v49');
    expect(await detectBrushing(db, fortyNine, 3, now)).toEqual([]);

    const fifty = campaignRecord('dt-burst-50', 'voting', now);
    await votesFor(fifty._id, `${fifty._id}.a`, 50, inWindow, 'v50');
    const raised = await detectBrushing(db, fifty, 3, now);
    expect(raised).toEqual([
      expect.objectContaining({
        candidateId: `${fifty._id}.a`,
        kind: 'burst',
        evidence: { windowVotes: 50, ownRatePerWindow: 0, campaignMedianPerWindow: 0 },
      }),
    ]);
    // The flag covers the last full window and the current one.
    const windowStart = Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS - WINDOW_MS;
    expect(raised[0]!.windowStart.getTime()).toBe(windowStart);
    expect(raised[0]!.windowEnd.getTime()).toBe(windowStart + 2 * WINDOW_MS);

    // A candidate that has drawn as much all morning is not bursting: 60 now against 900 over the last six hours.
    const busy = campaignRecord('dt-burst-own-rate', 'voting', now);
    await votesFor(busy._id, `${busy._id}.a`, 60, inWindow, 'now');
    await votesFor(busy._id, `${busy._id}.a`, 900, new Date(windowStart - 3600_000), 'morning');
    expect(await detectBrushing(db, busy, 3, now)).toEqual([]);

    // Nor is one candidate among several all drawing the same rush.
    const rush = campaignRecord('dt-burst-rush', 'voting', now);
    for (const x of ['a', 'b', 'c']) await votesFor(rush._id, `${rush._id}.${x}`, 60, inWindow, `rush-${x}`);
    expect(await detectBrushing(db, rush, 3, now)).toEqual([]);
  });
});
