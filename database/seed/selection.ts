// A demo selection (fictional): 2026年度示范市工匠, organised by the city union and open for public voting, with six
// approved candidates in two categories and the two seeded experts on its panel (their grants carry its id). A
// second campaign is taking nominations, with one waiting for review, so 工作台 has something to do.
import { randomBytes } from 'node:crypto';
import { defaultVotingRules } from '../../src/shared/selection/rules';
import { scheduledStages, type Stage } from '../../src/shared/selection/stages';
import type { CampaignRecord, CandidateRecord } from '../../server/selection/records';
import type { Seed } from './index';
import { DEMO_CAMPAIGN_ID, demoPersonOf, demoUserIdOf } from './people';

const DAY = 86_400_000;

const DEEDS: Record<string, string> = {
  'persona-model-worker':
    '从事钳工三十年，主持攻克精密装配难题十余项，独创的“三步找正法”被全厂推广，带出技师、高级技师二十余名。',
  'demo-mw-textile':
    '扎根纺织一线二十五年，创造的接头操作法使断头率下降三成，连续十年产量质量全车间第一，带徒四十余人。',
  'demo-mw-port':
    '驾驶岸桥十八年零事故，总结的“稳准快”装卸作业法将单机效率提升百分之十五，多次在全国技能大赛中获奖。',
  'demo-mw-heavy':
    '焊接大型压力容器二十年，主持的窄间隙焊接工艺攻关填补省内空白，获国家发明专利三项，培养焊工六十余名。',
  'demo-mw-build':
    '砌筑工匠，参与建设重点工程三十余项，牵头编写企业砌筑工艺标准，组建“谢玉梅工作室”免费为新工人授课。',
  'demo-mw-power':
    '继电保护专家，十五年守护城市电网安全，发现并消除重大隐患二十余起，研发的保护校验装置在全省推广应用。',
};

function campaign(id: string, title: string, stage: Stage, offsets: number[], now: Date): CampaignRecord {
  return {
    _id: id,
    title,
    orgId: 'org-city',
    orgPath: ['org-city'],
    orgName: '示范市总工会',
    categories: [
      { id: 'k1', name: '先进制造', places: 3 },
      { id: 'k2', name: '城市建设与服务', places: 2 },
    ],
    schedule: Object.fromEntries(
      scheduledStages.map((s, i) => [s, new Date(now.getTime() + offsets[i]! * DAY)]),
    ) as CampaignRecord['schedule'],
    rules: { ...defaultVotingRules },
    rubric: [
      { criterion: '技能水平', maxPoints: 40 },
      { criterion: '创新成果', maxPoints: 30 },
      { criterion: '传承贡献', maxPoints: 20 },
      { criterion: '职业道德', maxPoints: 10 },
    ],
    stage,
    stageChangedAt: now,
    rulesFrozenAt: stage === 'voting' ? now : null,
    createdBy: 'seed',
    createdAt: new Date(now.getTime() - 40 * DAY),
    voterSalt: randomBytes(16).toString('hex'),
  };
}

function candidate(
  campaignId: string,
  openid: string,
  categoryId: string,
  status: CandidateRecord['status'],
  now: Date,
): CandidateRecord {
  const person = demoPersonOf(openid);
  const userId = demoUserIdOf(openid);
  return {
    _id: `${campaignId}.${userId}`,
    campaignId,
    categoryId,
    userId,
    name: person.name,
    enterprise: person.enterprise,
    trade: person.trade,
    orgPath: person.orgPath,
    deeds:
      DEEDS[openid] ?? '扎根一线多年，技术过硬，乐于传帮带，多次在企业技能比武中获奖，为企业技术进步作出突出贡献。',
    photoFileIds: [],
    honours: person.honours,
    status,
    nominatedBy: 'seed',
    nominatedByName: '赵建平',
    nominatedAt: new Date(now.getTime() - 25 * DAY),
    review:
      status === 'approved'
        ? { by: 'seed', byName: '钱雅琴', at: new Date(now.getTime() - 15 * DAY), reason: null }
        : null,
    votes: 0,
    weighted: 0,
  };
}

export const selectionSeed: Seed = {
  name: 'selection',
  async run({ app, now }) {
    const db = app.database();
    const voting = campaign(
      DEMO_CAMPAIGN_ID,
      '2026年度示范市工匠',
      'voting',
      [-30, -20, -10, -2, 12, 19, 20, 28],
      now,
    );
    const nominating = campaign(
      'demo-2027-young',
      '2027年度示范市青年岗位能手',
      'nomination',
      [-3, 20, 30, 40, 50, 60, 61, 70],
      now,
    );
    for (const record of [voting, nominating]) {
      const { _id, ...body } = record;
      await db.collection('campaigns').doc(_id).set(body);
    }
    await db
      .collection('candidates')
      .add([
        candidate(DEMO_CAMPAIGN_ID, 'persona-model-worker', 'k1', 'approved', now),
        candidate(DEMO_CAMPAIGN_ID, 'demo-mw-textile', 'k1', 'approved', now),
        candidate(DEMO_CAMPAIGN_ID, 'demo-mw-heavy', 'k1', 'approved', now),
        candidate(DEMO_CAMPAIGN_ID, 'demo-mw-port', 'k2', 'approved', now),
        candidate(DEMO_CAMPAIGN_ID, 'demo-mw-build', 'k2', 'approved', now),
        candidate(DEMO_CAMPAIGN_ID, 'demo-mw-power', 'k2', 'approved', now),
        candidate('demo-2027-young', 'persona-worker', 'k1', 'submitted', now),
      ]);
  },
};
