// Craftsman selection campaigns end to end: set-up, stages, nomination and review, and the public nominee list,
// through the built `selection` function in a local cloud seeded with the demo city.
import { defaultVotingRules, type Schedule } from '../../../src/shared/selection/rules';
import { scheduledStages } from '../../../src/shared/selection/stages';
import {
  data,
  error,
  startSeededCloud,
  type Answer,
  type SeededCloud,
  callerOf,
} from '../../../test-support/seeded-cloud';
import { selectionContract } from '../../../src/shared/contracts/selection';
import { unionContract } from '../../../src/shared/contracts/union';
import { accountContract } from '../../../src/shared/contracts/account';

let env: SeededCloud;
beforeAll(async () => {
  env = await startSeededCloud();
}, 30_000);
afterAll(() => env.close());

const selection = callerOf(selectionContract, () => env);

const DAY = 86_400_000;
const schedule = (from = env.now().getTime()) =>
  Object.fromEntries(
    scheduledStages.map((stage, i) => [stage, new Date(from + (i + 1) * 7 * DAY).toISOString()]),
  ) as Schedule;
const rules = defaultVotingRules;
const rubric = [
  { criterion: '技能水平', maxPoints: 40, high: '成果突出，有据可查', low: '成果一般，材料不足' },
  { criterion: '创新成果', maxPoints: 30, high: '成果突出，有据可查', low: '成果一般，材料不足' },
  { criterion: '传帮带', maxPoints: 30, high: '成果突出，有据可查', low: '成果一般，材料不足' },
];
const campaignInput = (orgId = 'org-city', title = '2026年度示范市工匠') => ({
  orgId,
  title,
  categories: [
    { name: '制造业', places: 3 },
    { name: '服务业', places: 2 },
  ],
  schedule: schedule(),
  rules,
  rubric,
});
const deeds =
  '从事数控车工二十年，带出徒弟三十余名，主持技术攻关十二项，其中三项获得国家专利，为企业年节约成本四百余万元。';

async function userIdOf(openid: string): Promise<string> {
  return data(await env.call(accountContract, 'me', {}, openid)).userId as string;
}
const advance = async (campaignId: string, openid = 'persona-city-staff') => {
  const seen = data(await selection('myCampaigns', {}, 'persona-city-staff')).campaigns.find(
    (campaign: { id: string }) => campaign.id === campaignId,
  );
  return selection('advanceStage', { campaignId, from: seen!.stage, reason: '按计划推进' }, openid);
};

describe('setting up a campaign', () => {
  it('is for city and district staff, checked field by field', async () => {
    expect(
      error(await selection('createCampaign', campaignInput('org-jinggong'), 'persona-enterprise-staff')).code,
    ).toBe('FORBIDDEN');
    expect(error(await selection('createCampaign', campaignInput('org-xihu'), 'persona-district-staff')).code).toBe(
      'FORBIDDEN',
    );
    expect(
      error(
        await selection(
          'createCampaign',
          {
            ...campaignInput(),
            rubric: [{ criterion: '技能', maxPoints: 90, high: '成果突出，有据可查', low: '成果一般，材料不足' }],
          },
          'persona-city-staff',
        ),
      ),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'rubric',
    });
    const backwards = { ...schedule(), review: new Date(env.now().getTime() - DAY).toISOString() };
    expect(
      error(await selection('createCampaign', { ...campaignInput(), schedule: backwards }, 'persona-city-staff')),
    ).toMatchObject({
      field: 'schedule.review',
    });
    expect(
      error(
        await selection(
          'createCampaign',
          { ...campaignInput(), rules: { ...rules, ballotSize: 5 } },
          'persona-city-staff',
        ),
      ),
    ).toMatchObject({
      field: 'rules.ballotSize',
    });
    const twice = {
      ...campaignInput(),
      categories: [
        { name: '制造业', places: 3 },
        { name: ' 制造业', places: 2 },
      ],
    };
    expect(error(await selection('createCampaign', twice, 'persona-city-staff'))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'categories.1.name',
    });
    const created = data(
      await selection('createCampaign', campaignInput('org-dongcheng', '2026年度东城工匠'), 'persona-district-staff'),
    );
    expect(created).toMatchObject({
      stage: 'draft',
      org: { name: '东城区总工会' },
      categories: [{ id: 'k1', name: '制造业', places: 3 }, { id: 'k2' }],
    });
    // A draft is invisible to the public.
    expect(error(await selection('campaign', { campaignId: created.id }, 'persona-public')).code).toBe('NOT_FOUND');
    const listed = data(await selection('campaigns', {}, 'persona-public'));
    expect(listed.campaigns.some((campaign: { id: string }) => campaign.id === created.id)).toBe(false);
  });
});

describe('a campaign from nomination to voting', () => {
  let campaignId: string;
  let workerId: string;
  let zhouId: string;

  beforeAll(async () => {
    campaignId = data(await selection('createCampaign', campaignInput(), 'persona-city-staff')).id;
    workerId = await userIdOf('persona-worker');
    zhouId = await userIdOf('demo-zhou');
  });

  it('takes nominations only while nomination is open, from staff over the worker', async () => {
    const nomination = { campaignId, userId: workerId, categoryId: 'k1', deeds, photoFileIds: [], honours: [] };
    expect(error(await selection('nominate', nomination, 'persona-enterprise-staff')).code).toBe('CONFLICT');
    data(await advance(campaignId));
    expect(error(await selection('nominate', nomination, 'demo-staff-xihu')).code).toBe('FORBIDDEN');
    expect(
      error(await selection('nominate', { ...nomination, deeds: '太短' }, 'persona-enterprise-staff')),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'deeds',
    });
    expect(
      error(await selection('nominate', { ...nomination, categoryId: 'k9' }, 'persona-enterprise-staff')).field,
    ).toBe('categoryId');
    const made = data(await selection('nominate', nomination, 'persona-enterprise-staff'));
    expect(made).toMatchObject({
      status: 'submitted',
      name: '陈晓东',
      enterprise: '示范市精工机械有限公司',
      nominatedBy: '孙丽华',
    });
    expect(error(await selection('nominate', nomination, 'persona-district-staff'))).toMatchObject({
      code: 'CONFLICT',
      field: 'userId',
    });
  });

  it('is reviewed by the organisers: approve, reject, or return for changes, with reasons', async () => {
    const zhou = data(
      await selection(
        'nominate',
        { campaignId, userId: zhouId, categoryId: 'k2', deeds, photoFileIds: [], honours: [] },
        'persona-district-staff',
      ),
    );
    // The nominating district cannot review in a city campaign.
    expect(
      error(
        await selection('reviewNomination', { candidateId: zhou.id, decision: 'approve' }, 'persona-district-staff'),
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      error(await selection('reviewNomination', { candidateId: zhou.id, decision: 'return' }, 'persona-city-staff')),
    ).toMatchObject({
      field: 'reason',
    });
    const returned = data(
      await selection(
        'reviewNomination',
        { candidateId: zhou.id, decision: 'return', reason: '请补充获奖证明' },
        'persona-city-staff',
      ),
    );
    expect(returned).toMatchObject({ status: 'returned', review: { by: '钱雅琴', reason: '请补充获奖证明' } });
    // It waits on the nominating union's 工作台 (not the organisers'), with the reason, until resubmitted.
    const todo = data(await selection('returnedNominations', {}, 'persona-district-staff'));
    expect(todo.nominations).toContainEqual(
      expect.objectContaining({ id: zhou.id, campaignId, reason: '请补充获奖证明' }),
    );
    const organisers = data(await selection('returnedNominations', {}, 'persona-city-staff'));
    expect(organisers.nominations.map((entry: { id: string }) => entry.id)).not.toContain(zhou.id);
    const elsewhere = data(await selection('returnedNominations', {}, 'demo-staff-xihu'));
    expect(elsewhere.nominations.map((entry: { id: string }) => entry.id)).not.toContain(zhou.id);
    const honours = [{ title: '省技术能手', level: 'provincial' as const, year: 2024 }];
    const resubmitted = data(
      await selection(
        'updateNomination',
        { candidateId: zhou.id, categoryId: 'k1', deeds, photoFileIds: [], honours },
        'persona-district-staff',
      ),
    );
    expect(resubmitted).toMatchObject({ status: 'submitted', categoryId: 'k1', honours });
    const after = data(await selection('returnedNominations', {}, 'persona-district-staff'));
    expect(after.nominations.map((entry: { id: string }) => entry.id)).not.toContain(zhou.id);
    data(await selection('reviewNomination', { candidateId: zhou.id, decision: 'approve' }, 'persona-city-staff'));
    // Reviewing twice is refused; so is reviewing one's own nomination.
    expect(
      error(
        await selection(
          'reviewNomination',
          { candidateId: zhou.id, decision: 'reject', reason: '重复' },
          'persona-city-staff',
        ),
      ).code,
    ).toBe('CONFLICT');
    const own = data(
      await selection(
        'nominate',
        {
          campaignId,
          userId: await userIdOf('demo-mw-heavy'),
          categoryId: 'k1',
          deeds,
          photoFileIds: [],
          honours: [],
        },
        'persona-city-staff',
      ),
    );
    expect(
      error(await selection('reviewNomination', { candidateId: own.id, decision: 'approve' }, 'persona-city-staff')),
    ).toMatchObject({
      code: 'FORBIDDEN',
      message: '不能审核自己提交的提名',
    });
    // A colleague at the city union reviews it instead.
    const colleague = await userIdOf('demo-expert-2');
    data(
      await env.call(
        unionContract,
        'grantRole',
        { role: 'staff', userId: colleague, orgId: 'org-city', reason: '评选工作组' },
        'persona-city-staff',
      ),
    );
    const rejected = data(
      await selection(
        'reviewNomination',
        { candidateId: own.id, decision: 'reject', reason: '不符合推荐条件' },
        'demo-expert-2',
      ),
    );
    expect(rejected).toMatchObject({ status: 'rejected', review: { by: '郑美玲', reason: '不符合推荐条件' } });
  });

  it('shows a nominating union its own nominations and the organisers all of them, each saying whose it is', async () => {
    const mine = data(await selection('listNominations', { campaignId }, 'persona-enterprise-staff'));
    expect(mine.nominations.map((n: { name: string; mine: boolean }) => [n.name, n.mine])).toEqual([
      ['陈晓东', true],
    ]);
    const all = data(await selection('listNominations', { campaignId }, 'persona-city-staff'));
    expect(all.nominations.map((n: { name: string }) => n.name).sort()).toEqual(
      ['周建国', '陈晓东', '马振东'].sort(),
    );
    expect(all.nominations.find((n: { name: string }) => n.name === '陈晓东')!.mine).toBe(false);
    // The campaign itself says who runs it: the city's staff do, the enterprise union only nominates into it.
    expect(data(await selection('staffCampaign', { campaignId }, 'persona-city-staff')).organiser).toBe(true);
    expect(data(await selection('staffCampaign', { campaignId }, 'persona-enterprise-staff')).organiser).toBe(false);
  });

  it('publishes only once every nomination is reviewed, and then shows the approved ones to everyone', async () => {
    data(await advance(campaignId)); // → review
    expect(data(await selection('candidates', { campaignId }, 'persona-public')).candidates).toEqual([]);
    expect(error(await advance(campaignId))).toMatchObject({
      code: 'CONFLICT',
      message: '还有提名未审核，审核完毕后才能公布候选人',
    });
    const [pending] = all(
      await selection('listNominations', { campaignId, status: 'submitted' }, 'persona-city-staff'),
    );
    data(await selection('reviewNomination', { candidateId: pending!, decision: 'approve' }, 'persona-city-staff'));
    data(await advance(campaignId)); // → published
    const visible = data(await selection('candidates', { campaignId }, 'persona-public'));
    expect(visible.candidates.map((c: { name: string }) => c.name).sort()).toEqual(['周建国', '陈晓东'].sort());
    expect(
      data(await selection('candidates', { campaignId, keyword: '精工' }, 'persona-public')).candidates.map(
        (c: { name: string }) => c.name,
      ),
    ).toEqual(['陈晓东']);
    expect(
      data(await selection('candidates', { campaignId, keyword: '周建' }, 'persona-public')).candidates,
    ).toHaveLength(1);
    expect(data(await selection('candidates', { campaignId, keyword: '.*' }, 'persona-public')).candidates).toEqual(
      [],
    );
    const rejected = all(
      await selection('listNominations', { campaignId, status: 'rejected' }, 'persona-city-staff'),
    );
    expect(error(await selection('candidate', { candidateId: rejected[0]! }, 'persona-public')).code).toBe(
      'NOT_FOUND',
    );
    const page = data(await selection('campaign', { campaignId }, 'persona-public'));
    expect(page).toMatchObject({
      stage: 'published',
      approvedCandidates: 2,
      rules: { votesPerDay: 3 },
      rulesFrozen: false,
    });
  });

  it('makes a poster code for a public candidate that leads back to them, the same code every time', async () => {
    const candidate = data(await selection('candidates', { campaignId }, 'persona-public')).candidates[0]!;
    const first = data(await selection('candidateCode', { candidateId: candidate.id }, 'persona-public'));
    expect(first.code).toMatch(/^[A-Za-z0-9]{8}$/);
    expect(first.codeImage).toMatch(/^data:image\/png;base64,/);
    const again = await Promise.all(
      [1, 2].map(() => selection('candidateCode', { candidateId: candidate.id }, 'someone')),
    );
    expect(again.map((answer) => data(answer).code)).toEqual([first.code, first.code]);
    expect(data(await selection('resolveCode', { code: first.code }, 'a-scanner'))).toEqual({
      candidateId: candidate.id,
    });
    expect(error(await selection('resolveCode', { code: 'Nope2345' }, 'a-scanner')).code).toBe('NOT_FOUND');
    const rejected = all(
      await selection('listNominations', { campaignId, status: 'rejected' }, 'persona-city-staff'),
    );
    expect(error(await selection('candidateCode', { candidateId: rejected[0]! }, 'persona-public')).code).toBe(
      'NOT_FOUND',
    );
  });

  it('freezes the rules when voting opens, and moves one stage however many press at once', async () => {
    // Three presses that all saw 候选人公布: one opens voting, the others are told the stage has moved on.
    const press = () =>
      selection('advanceStage', { campaignId, from: 'published', reason: '开始投票' }, 'persona-city-staff');
    const moves = await Promise.all([press(), press(), press()]);
    // Whether a loser read the stage before or after the winner wrote it, it is refused as a conflict.
    expect(moves.filter((answer) => !answer.ok).map((answer) => error(answer).code)).toEqual([
      'CONFLICT',
      'CONFLICT',
    ]);
    expect(moves.filter((answer) => answer.ok)).toHaveLength(1);
    const campaign = data(await selection('campaign', { campaignId }, 'persona-public'));
    expect(campaign).toMatchObject({ stage: 'voting', rulesFrozen: true });
    expect(
      error(
        await selection(
          'updateCampaign',
          { campaignId, rules: { ...rules, votesPerDay: 10 }, reason: '改规则' },
          'persona-city-staff',
        ),
      ),
    ).toMatchObject({
      code: 'CONFLICT',
      field: 'rules',
    });
    // The rubric froze with the rules: experts score by the rubric the public was shown.
    const reweighted = [
      { criterion: '技能水平', maxPoints: 50, high: '成果突出，有据可查', low: '成果一般，材料不足' },
      { criterion: '创新成果', maxPoints: 30, high: '成果突出，有据可查', low: '成果一般，材料不足' },
      { criterion: '传帮带', maxPoints: 20, high: '成果突出，有据可查', low: '成果一般，材料不足' },
    ];
    expect(
      error(
        await selection(
          'updateCampaign',
          { campaignId, rubric: reweighted, reason: '调整评分细则' },
          'persona-city-staff',
        ),
      ),
    ).toEqual({ code: 'CONFLICT', message: '投票开始后评分细则不能修改', field: 'rubric' });
    const moved = {
      ...campaign.schedule,
      nomination: new Date(Date.parse(campaign.schedule.nomination) - 3_600_000).toISOString(),
    };
    expect(
      error(await selection('updateCampaign', { campaignId, schedule: moved, reason: '改期' }, 'persona-city-staff')),
    ).toMatchObject({
      field: 'schedule.nomination',
    });
    expect(
      data(
        await selection(
          'updateCampaign',
          { campaignId, title: '2026年度示范市工匠（第二届）', reason: '更正名称' },
          'persona-city-staff',
        ),
      ).title,
    ).toBe('2026年度示范市工匠（第二届）');
    // Only organisers (or staff above them) move the stages.
    expect(error(await advance(campaignId, 'persona-district-staff')).code).toBe('FORBIDDEN');
  });
});

function all(answer: Answer<{ nominations: Array<{ id: string }> }>): string[] {
  return data(answer).nominations.map((n) => n.id);
}
