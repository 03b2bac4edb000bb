// The campaign handler group called in process (no bundle, no gateway) through the same access guard, as chosen
// seeded users at a chosen instant: who may set a campaign up and move it, and the instant a handler stamps.
import { selectionContract } from '../../../src/shared/contracts/selection';
import { defaultVotingRules, type Schedule } from '../../../src/shared/selection/rules';
import { scheduledStages } from '../../../src/shared/selection/stages';
import { inProcess } from '../../../test-support/in-process';
import { data, error, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';
import { campaignsHandlers } from './campaigns.handlers';

let env: SeededCloud;
beforeAll(async () => {
  env = await startSeededCloud();
}, 30_000);
afterAll(() => env.close());

const DAY = 86_400_000;
const input = (orgId: string, from: Date) => ({
  orgId,
  title: '进程内创建的评选',
  categories: [{ name: '制造业', places: 1 }],
  schedule: Object.fromEntries(
    scheduledStages.map((stage, i) => [stage, new Date(from.getTime() + (i + 1) * DAY).toISOString()]),
  ) as Schedule,
  rules: defaultVotingRules,
  rubric: [{ criterion: '综合表现', maxPoints: 100, high: '成果突出，有据可查', low: '成果一般，材料不足' }],
});

describe('campaign handlers, in process', () => {
  it('lets city staff create a city campaign at the instant they call, and nobody below them move it', async () => {
    const campaigns = inProcess(env.cloud, selectionContract, campaignsHandlers);
    const at = new Date(env.now().getTime() + 3 * DAY);
    const created = data(
      await campaigns.call('createCampaign', input('org-city', at), { openid: 'persona-city-staff', now: at }),
    );
    expect(created).toMatchObject({ stage: 'draft', organiser: true, stageStartedAt: at.toISOString() });
    const move = { campaignId: created.id, from: 'draft' as const, reason: '按计划推进' };
    expect(
      error(await campaigns.call('advanceStage', move, { openid: 'persona-district-staff', now: at })).code,
    ).toBe('FORBIDDEN');
    expect(data(await campaigns.call('advanceStage', move, { openid: 'persona-city-staff', now: at })).stage).toBe(
      'nomination',
    );
  });

  it('refuses a district union a city campaign, and the public any campaign at all', async () => {
    const campaigns = inProcess(env.cloud, selectionContract, campaignsHandlers);
    const now = env.now();
    expect(
      error(await campaigns.call('createCampaign', input('org-city', now), { openid: 'persona-district-staff', now }))
        .code,
    ).toBe('FORBIDDEN');
    expect(
      error(await campaigns.call('createCampaign', input('org-city', now), { openid: 'persona-public', now })).code,
    ).toBe('FORBIDDEN');
  });

  it('answers only the actions of the group it was given', async () => {
    const campaigns = inProcess(env.cloud, selectionContract, campaignsHandlers);
    expect(error(await campaigns.call('campaigns', {}, { openid: 'persona-public', now: env.now() })).code).toBe(
      'UNKNOWN_ACTION',
    );
  });

  it('refuses moving a stage not yet begun to today or before, naming the stage, and takes a later day', async () => {
    const campaigns = inProcess(env.cloud, selectionContract, campaignsHandlers);
    const now = env.now();
    const city = { openid: 'persona-city-staff', now };
    const created = data(await campaigns.call('createCampaign', input('org-city', now), city));
    const schedule = input('org-city', now).schedule;
    const today = { ...schedule, nomination: now.toISOString() };
    const refused = error(
      await campaigns.call('updateCampaign', { campaignId: created.id, schedule: today, reason: '提前开始' }, city),
    );
    expect(refused).toMatchObject({ field: 'schedule.nomination', message: '尚未开始的阶段须定在今天以后' });
    const later = { ...schedule, nomination: new Date(now.getTime() + 36 * 3600_000).toISOString() };
    const moved = data(
      await campaigns.call('updateCampaign', { campaignId: created.id, schedule: later, reason: '推迟半天' }, city),
    );
    expect(moved.schedule.nomination).toBe(later.nomination);
  });
});
