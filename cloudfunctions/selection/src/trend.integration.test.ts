// 投票监督's trend through the real functions: votes cast through `vote`, the `selection-clock` timer fired twice at
// once, and selection.voteTrend reading what the clock counted (the same as a direct count of the stored votes);
// votes voided by staff show in their hour; another union's staff and the public are refused.
import { randomUUID } from 'node:crypto';
import { localAdminApp } from 'cloudbase-local/admin-app';
import { selectionContract } from '../../../src/shared/contracts/selection';
import { voteContract } from '../../../src/shared/contracts/vote';
import { beijingHour, hourStart } from '../../../src/shared/selection/vote-trend';
import { beijingDay } from '../../../src/shared/time/beijing';
import { data, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';
import { DONGCHENG_WORKERS, openVotingCampaign, type VotingCampaign } from '../../../test-support/voting-campaign';

let env: SeededCloud;
let campaign: VotingCampaign;
const staff = 'persona-city-staff';

beforeAll(async () => {
  env = await startSeededCloud();
  campaign = await openVotingCampaign(env, { votesPerDay: 3, workers: DONGCHENG_WORKERS.slice(0, 3) });
}, 60_000);
afterAll(() => env.close());

const tick = () => env.cloud.timers.fire('selection-clock', 'everyMinute');
const trend = (openid = staff, day?: string) =>
  env.call(selectionContract, 'voteTrend', { campaignId: campaign.campaignId, ...(day ? { day } : {}) }, openid);

/** The campaign's stored votes per Beijing hour, counted directly. */
async function directCount(): Promise<Map<string, number>> {
  const { data: stored } = (await localAdminApp(env.cloud.url)
    .database()
    .collection('votes')
    .where({ campaignId: campaign.campaignId })
    .limit(1000)
    .get()) as { data: Array<{ at: Date }> };
  const hours = new Map<string, number>();
  for (const vote of stored) {
    const { day, hour } = beijingHour(hourStart(new Date(vote.at)));
    hours.set(`${day} ${hour}`, (hours.get(`${day} ${hour}`) ?? 0) + 1);
  }
  return hours;
}

describe('vote trend', () => {
  it('shows what the clock counted, once, however many clocks ran at once', async () => {
    for (let i = 0; i < 12; i++) {
      for (const pick of [i % 3, (i + 1) % 3]) {
        data(
          await env.call(
            voteContract,
            'cast',
            {
              campaignId: campaign.campaignId,
              candidateIds: [campaign.candidates[pick]!.id],
              requestId: randomUUID(),
            },
            `trend-voter-${i}`,
          ),
        );
      }
    }
    // Nothing counted yet: the page reads the buckets, not the votes.
    const before = data(await trend());
    expect(before.hours.reduce((sum, h) => sum + h.cast, 0)).toBe(0);
    expect(before.candidates.map((c) => c.votes).sort()).toEqual([8, 8, 8]);

    env.cloud.clock.advance(60_000);
    await Promise.all([tick(), tick(), tick()]);
    await tick();
    const shown = data(await trend());
    const today = beijingDay(env.now());
    expect(shown.day).toBe(today);
    const direct = await directCount();
    expect([...direct.values()].reduce((a, b) => a + b, 0)).toBe(24);
    for (const point of shown.hours) expect(point.cast).toBe(direct.get(`${today} ${point.hour}`) ?? 0);
    expect(shown.days.at(-1)).toEqual({ day: today, cast: 24, excluded: 0, voided: 0 });
    // The voting period so far: it opened two days ago (openVotingCampaign's schedule), so three days.
    expect(shown.days.map((d) => d.day)).toEqual([
      beijingDay(env.now().getTime() - 2 * 86_400_000),
      beijingDay(env.now().getTime() - 86_400_000),
      today,
    ]);
    expect([shown.firstDay, shown.lastDay]).toEqual([shown.days[0]!.day, today]);
    expect(shown.through).not.toBeNull();
  });

  it('shows the votes staff voided in the hour they were cast', async () => {
    const exported = data(
      await env.call(selectionContract, 'exportVotes', { campaignId: campaign.campaignId }, staff),
    );
    const voter = exported.votes[0]!.voter;
    const voided = data(
      await env.call(
        selectionContract,
        'voidVoter',
        { campaignId: campaign.campaignId, voter, reason: '核实为代投' },
        staff,
      ),
    ).voided;
    expect(voided).toBe(2);
    await tick();
    const shown = data(await trend());
    expect(shown.days.at(-1)).toMatchObject({ cast: 24, voided: 2 });
    expect(shown.hours.reduce((sum, h) => sum + h.voided, 0)).toBe(2);
  });

  it('answers a chosen day with that day’s hours, and refuses a day that is not one, naming the field', async () => {
    const shown = data(await trend(staff, '2026-01-01'));
    expect(shown.day).toBe('2026-01-01');
    expect(shown.hours).toHaveLength(24);
    expect(shown.hours.every((h) => h.cast === 0)).toBe(true);
    const bad = await env.call(
      selectionContract,
      'voteTrend',
      { campaignId: campaign.campaignId, day: '2026-13-40' },
      staff,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.field).toBe('day');
      expect(bad.error.message).toContain('日期应为“年-月-日”，如 2026-11-22');
    }
  });

  it('refuses another union’s staff, the district below, and the public', async () => {
    for (const openid of ['demo-staff-xihu', 'persona-district-staff', 'persona-public']) {
      const answer = await trend(openid);
      expect(answer.ok).toBe(false);
    }
  });
});
