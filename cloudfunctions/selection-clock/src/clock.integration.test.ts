// The scheduled work of selections (`selection-clock`, a timer trigger fired on demand here): stage changes at
// their dates under the same conditions as staff, and vote counts published once a day when the rules say so.
import { randomUUID } from 'node:crypto';
import { defaultVotingRules, type Schedule } from '../../../src/shared/selection/rules';
import { scheduledStages } from '../../../src/shared/selection/stages';
import { data, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';
import { DONGCHENG_WORKERS, openVotingCampaign } from '../../../test-support/voting-campaign';
import { selectionContract } from '../../../src/shared/contracts/selection';
import { unionContract } from '../../../src/shared/contracts/union';
import { voteContract } from '../../../src/shared/contracts/vote';

let env: SeededCloud;
beforeAll(async () => {
  env = await startSeededCloud();
}, 30_000);
afterAll(() => env.close());

const tick = () =>
  env.cloud.timers.fire('selection-clock', 'everyMinute') as Promise<{ moved: string[]; held: string[] }>;
const DAY = 86_400_000;

/** A city campaign created by its staff, its stages starting `offsets` days after `start` (ms). */
async function scheduledCampaign(title: string, start: number, offsets: readonly number[]): Promise<{ id: string }> {
  const schedule = Object.fromEntries(
    scheduledStages.map((stage, i) => [stage, new Date(start + offsets[i]! * DAY).toISOString()]),
  ) as Schedule;
  const input = {
    orgId: 'org-city',
    title,
    categories: [{ name: '制造业', places: 1 }],
    schedule,
    rules: defaultVotingRules,
    rubric: [{ criterion: '综合', maxPoints: 100, high: '成果突出，有据可查', low: '成果一般，材料不足' }],
  };
  return data(await env.call(selectionContract, 'createCampaign', input, 'persona-city-staff'));
}

describe('selection clock', () => {
  it('moves a campaign to the stage whose date has come, one stage a tick, and logs it as the system', async () => {
    // Nomination opened an hour ago; review starts in a week.
    const offsets = [-1 / 24, 7, 8, 9, 10, 11, 12, 13];
    const created = await scheduledCampaign('按日程推进的评选', env.now().getTime(), offsets);
    const first = await tick();
    expect(first.moved).toContain(`${created.id}:nomination`);
    expect(
      data(await env.call(selectionContract, 'campaign', { campaignId: created.id }, 'persona-public')).stage,
    ).toBe('nomination');
    const second = await tick();
    expect(second.moved.some((entry) => entry.startsWith(created.id))).toBe(false);
    const log = data(await env.call(unionContract, 'auditLog', {}, 'persona-city-staff'));
    expect(
      log.entries.find((entry: { targetLabel: string }) => entry.targetLabel === '按日程推进的评选'),
    ).toMatchObject({
      actorName: '系统（按日程）',
      action: 'campaign.stage',
      after: { stage: 'nomination' },
    });
  });

  it('runs a campaign on the cloud’s clock, whatever the machine’s date: set at Spring Festival, moved by hours', async () => {
    // The local cloud's clock moves the functions, the database's serverDate and the timers together.
    const start = Date.parse('2027-02-11T10:00:00+08:00'); // 正月初五
    const before = env.now();
    env.cloud.clock.set(start, { frozen: true });
    try {
      const created = await scheduledCampaign('春节期间创建的评选', start, [1 / 24, 2, 3, 4, 5, 6, 7, 8]);
      const stage = async () =>
        data(await env.call(selectionContract, 'staffCampaign', { campaignId: created.id }, 'persona-city-staff'))
          .stage;
      expect((await tick()).moved).not.toContain(`${created.id}:nomination`);
      expect(await stage()).toBe('draft');
      env.cloud.clock.advance(2 * 3600_000);
      expect((await tick()).moved).toContain(`${created.id}:nomination`);
      const log = data(await env.call(unionContract, 'auditLog', {}, 'persona-city-staff'));
      const entry = log.entries.find((e: { targetLabel: string }) => e.targetLabel === '春节期间创建的评选');
      // The stage change is stamped with the cloud's time, not the machine's.
      expect(Date.parse(entry!.at)).toBe(start + 2 * 3600_000);
    } finally {
      env.cloud.clock.set(before);
    }
  });

  it('publishes counts once a day at the set time, and the public sees those, not the live ones', async () => {
    const campaign = await openVotingCampaign(env, {
      votesPerDay: 3,
      workers: DONGCHENG_WORKERS.slice(0, 2),
      title: '每日公布票数的评选',
      countsVisibility: 'daily',
      dailyPublishAt: '00:00',
    });
    const vote = (openid: string) =>
      env.call(
        voteContract,
        'cast',
        { campaignId: campaign.campaignId, candidateIds: [campaign.candidates[0]!.id], requestId: randomUUID() },
        openid,
      );
    const shown = async () =>
      data(
        await env.call(selectionContract, 'candidates', { campaignId: campaign.campaignId }, 'persona-public'),
      ).candidates.find((candidate: { id: string }) => candidate.id === campaign.candidates[0]!.id)!.votes;
    data(await vote('daily-voter-1'));
    expect(await shown()).toBeNull();
    await tick();
    expect(await shown()).toBe(1);
    const page = data(
      await env.call(selectionContract, 'campaign', { campaignId: campaign.campaignId }, 'persona-public'),
    );
    expect(page.countsAsOf).toEqual(expect.any(String));
    data(await vote('daily-voter-2'));
    await tick(); // the same day: nothing new is published
    expect(await shown()).toBe(1);
  });

  it('shows live counts at once, and hidden ones not at all until the result', async () => {
    const live = await openVotingCampaign(env, {
      votesPerDay: 3,
      workers: DONGCHENG_WORKERS.slice(0, 2),
      title: '实时票数的评选',
    });
    const hidden = await openVotingCampaign(env, {
      votesPerDay: 3,
      workers: DONGCHENG_WORKERS.slice(0, 2),
      title: '隐藏票数的评选',
      countsVisibility: 'hidden',
    });
    for (const c of [live, hidden]) {
      data(
        await env.call(
          voteContract,
          'cast',
          { campaignId: c.campaignId, candidateIds: [c.candidates[0]!.id], requestId: randomUUID() },
          'counts-voter',
        ),
      );
    }
    const votesOf = async (c: typeof live) =>
      data(await env.call(selectionContract, 'candidate', { candidateId: c.candidates[0]!.id }, 'persona-public'))
        .votes;
    expect(await votesOf(live)).toBe(1);
    expect(await votesOf(hidden)).toBeNull();
    // Organising staff see the live tally either way.
    const staff = data(
      await env.call(
        selectionContract,
        'listNominations',
        { campaignId: hidden.campaignId, status: 'approved' },
        'persona-city-staff',
      ),
    );
    expect(staff.nominations.find((n: { id: string }) => n.id === hidden.candidates[0]!.id)!.votes).toBe(1);
  });

  it('refuses a client that calls it by name with a timer-shaped event: nothing moves', async () => {
    const offsets = [-1 / 24, 7, 8, 9, 10, 11, 12, 13];
    const created = await scheduledCampaign('客户端伪造定时器的评选', env.now().getTime(), offsets);
    const forged = await fetch(`${env.cloud.url}/fn/selection-clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wx-openid': 'persona-city-staff' },
      body: JSON.stringify({ Type: 'Timer', TriggerName: 'everyMinute', Time: env.now().toISOString() }),
    });
    expect(forged.status).not.toBe(200);
    expect(await forged.text()).not.toContain(created.id);
    const stage = data(
      await env.call(selectionContract, 'staffCampaign', { campaignId: created.id }, 'persona-city-staff'),
    ).stage;
    expect(stage).toBe('draft');
    // The timer itself still runs it.
    expect((await tick()).moved).toContain(`${created.id}:nomination`);
  });
});
