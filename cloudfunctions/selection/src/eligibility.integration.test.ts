// Who may be nominated, as data on the campaign: set with the campaign, shown to nominating staff per person before
// they pick (nomineeCheck), and enforced by the nomination itself — through the built `selection` function.
import { defaultVotingRules, type Schedule } from '../../../src/shared/selection/rules';
import { scheduledStages } from '../../../src/shared/selection/stages';
import { data, error, startSeededCloud, type SeededCloud, callerOf } from '../../../test-support/seeded-cloud';
import { selectionContract } from '../../../src/shared/contracts/selection';
import { accountContract } from '../../../src/shared/contracts/account';
import { NO_ELIGIBILITY_RULES } from '../../../src/shared/contest/eligibility';

let env: SeededCloud;
beforeAll(async () => {
  env = await startSeededCloud();
}, 30_000);
afterAll(() => env.close());

const selection = callerOf(selectionContract, () => env);
const DAY = 86_400_000;
const schedule = () =>
  Object.fromEntries(
    scheduledStages.map((stage, i) => [stage, new Date(env.now().getTime() + (i + 1) * 7 * DAY).toISOString()]),
  ) as Schedule;
const eligibility = {
  ...NO_ELIGIBILITY_RULES,
  frontlineOnly: true,
  excludedHonours: [{ code: 'national_model_worker' as const, sameTrade: false }],
};
const campaignInput = (rules: object = eligibility) => ({
  orgId: 'org-city',
  title: '2026年度示范市工匠',
  categories: [{ name: '制造业', places: 3 }],
  schedule: schedule(),
  rules: defaultVotingRules,
  rubric: [{ criterion: '综合表现', maxPoints: 100, high: '成果突出，有据可查', low: '成果一般，材料不足' }],
  eligibility: rules,
});
const deeds =
  '从事数控车工二十年，带出徒弟三十余名，主持技术攻关十二项，其中三项获得国家专利，为企业年节约成本四百余万元。';
const userIdOf = async (openid: string) => data(await env.call(accountContract, 'me', {}, openid)).userId as string;

describe('a campaign’s eligibility', () => {
  it('is set with the campaign, field by field, and a selection has no "same trade"', async () => {
    expect(
      error(
        await selection(
          'createCampaign',
          campaignInput({ ...eligibility, excludedHonours: [{ code: 'city_skill_expert', sameTrade: true }] }),
          'persona-city-staff',
        ),
      ),
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'eligibility.excludedHonours' });
    expect(
      error(
        await selection(
          'createCampaign',
          campaignInput({ ...eligibility, orgIds: ['org-nowhere'] }),
          'persona-city-staff',
        ),
      ),
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'eligibility.orgIds.0' });
    const made = data(
      await selection(
        'createCampaign',
        campaignInput({ ...eligibility, orgIds: ['org-jinggong'] }),
        'persona-city-staff',
      ),
    );
    expect(made.eligibility).toEqual({ ...eligibility, orgIds: ['org-jinggong'] });
    expect(made.eligibilityOrgNames).toEqual({ 'org-jinggong': expect.stringContaining('精工机械') });
    // Without one, anyone in the union may be nominated.
    const open = data(
      await selection('createCampaign', { ...campaignInput(), eligibility: undefined }, 'persona-city-staff'),
    );
    expect(open.eligibility).toEqual(NO_ELIGIBILITY_RULES);
  });

  it('is told per person before staff pick, and the nomination is refused by the same rule', async () => {
    const campaign = data(await selection('createCampaign', campaignInput(), 'persona-city-staff'));
    const chen = await userIdOf('persona-worker'); // 一线职工, confirmed
    const huang = await userIdOf('demo-mw-textile'); // 黄秀兰, 全国劳动模范, 一线 never stated
    const pending = await userIdOf('demo-worker-07'); // 一线 stated, not yet confirmed
    const check = async (userIds: string[], openid = 'persona-city-staff') =>
      Object.fromEntries(
        data(await selection('nomineeCheck', { campaignId: campaign.id, userIds }, openid)).verdicts.map(
          (verdict: { userId: string }) => [verdict.userId, verdict],
        ),
      );
    const setRules = (rules: object, reason: string) =>
      selection('updateCampaign', { campaignId: campaign.id, eligibility: rules, reason }, 'persona-city-staff');

    // Changeable while the campaign is being set up.
    data(await setRules({ ...NO_ELIGIBILITY_RULES, excludedHonours: eligibility.excludedHonours }, '只排除全国劳模'));
    expect((await check([huang]))[huang]).toEqual({
      userId: huang,
      ok: false,
      message: '已获全国劳动模范，不能被提名',
    });
    expect(data(await setRules(eligibility, '限一线职工')).eligibility).toEqual(eligibility);
    data(
      await selection(
        'advanceStage',
        { campaignId: campaign.id, from: 'draft', reason: '开始提名' },
        'persona-city-staff',
      ),
    );
    // Not once nominations are open: every nominee meets the same bar.
    expect(error(await setRules(NO_ELIGIBILITY_RULES, '放宽条件'))).toMatchObject({
      code: 'CONFLICT',
      field: 'eligibility',
      message: '提名开始后提名条件不能修改',
    });

    // The first rule a person misses is the one named.
    const byId = await check([chen, huang, pending]);
    expect(byId[chen]).toEqual({ userId: chen, ok: true, message: null });
    expect(byId[huang]).toEqual({ userId: huang, ok: false, message: '仅限一线职工（须经所在单位工会确认）' });
    expect(byId[pending]).toMatchObject({ ok: false, message: '仅限一线职工（须经所在单位工会确认）' });
    // 西湖's staff learn about 黄秀兰 (theirs) and nothing about 陈晓东 (outside their part of the tree).
    expect(Object.keys(await check([chen, huang], 'demo-staff-xihu'))).toEqual([huang]);

    const nomination = { campaignId: campaign.id, categoryId: 'k1', deeds, photoFileIds: [], honours: [] };
    expect(error(await selection('nominate', { ...nomination, userId: huang }, 'persona-city-staff'))).toMatchObject({
      code: 'CONFLICT',
      field: 'userId',
      message: '不符合提名条件：仅限一线职工（须经所在单位工会确认）',
    });
    expect(data(await selection('nominate', { ...nomination, userId: chen }, 'persona-city-staff'))).toMatchObject({
      status: 'submitted',
      name: '陈晓东',
    });
  });
});
