// Demo selections (fictional):
// - 2026年度示范市工匠, organised by the city union and open for public voting, with six approved candidates in two
//   categories and the two seeded experts on its panel (their grants carry its id);
// - 2026年度东城区工匠, organised by 东城区总工会, its voting over and its experts scoring: one has finished, 吴振华
//   (persona-expert) has not, so the district's staff see who is missing and the expert has work waiting;
// - 2026年度西湖区工匠, organised by 西湖区总工会, in 公示 since two days ago: both experts scored, and its result
//   was produced and its 公示 begun by the same stage change staff and the clock use;
// - 2027年度示范市青年岗位能手, taking nominations, with one waiting for review, so 工作台 has something to do.
import { randomBytes } from 'node:crypto';
import { defaultVotingRules } from '../../src/shared/selection/rules';
import { scheduledStages, type Stage } from '../../src/shared/selection/stages';
import { beijingDay } from '../../src/shared/time/beijing';
import type { CampaignRecord } from '../../server/selection/campaigns';
import type { CandidateRecord } from '../../server/selection/candidates';
import type { ScoreRecord } from '../../server/selection/scores';
import type { VoteRecord } from '../../server/selection/votes';
import { chargedDays } from '../../server/selection/voter-days';
import type { Seed, SeedContext } from './index';
import { advance } from '../../server/selection/stage-change';
import { DEMO_CAMPAIGN_ID, DISTRICT_CAMPAIGN_ID, PUBLICITY_CAMPAIGN_ID, demoPersonOf, demoUserIdOf } from './people';

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

/** The demo campaigns' rubric, each criterion with what earns high and low points, as the experts read it. */
const DEMO_RUBRIC: CampaignRecord['rubric'] = [
  {
    criterion: '技能水平',
    maxPoints: 40,
    high: '高级技师或技师，解决过关键技术难题，在市级以上技能竞赛中获奖',
    low: '技能等级不高，事迹中没有解决技术难题或竞赛获奖的实例',
  },
  {
    criterion: '创新成果',
    maxPoints: 30,
    high: '有专利、技术革新或先进操作法，已推广应用并有效益证明',
    low: '没有创新成果，或成果没有应用和效益的证明',
  },
  {
    criterion: '传承贡献',
    maxPoints: 20,
    high: '带出的徒弟多人取得技师以上资格，主持培训或编写教材',
    low: '很少带徒或参与培训，传帮带作用不明显',
  },
  {
    criterion: '职业道德',
    maxPoints: 10,
    high: '爱岗敬业，安全生产记录良好，同事和服务对象评价高',
    low: '有违纪或安全事故记录，或同事评价一般',
  },
];

const CITY = { orgId: 'org-city', orgPath: ['org-city'], orgName: '示范市总工会' };
const CITY_CATEGORIES = [
  { id: 'k1', name: '先进制造', places: 3 },
  { id: 'k2', name: '城市建设与服务', places: 2 },
];

function campaign(
  id: string,
  title: string,
  stage: Stage,
  offsets: number[],
  now: Date,
  org = CITY,
  categories = CITY_CATEGORIES,
): CampaignRecord {
  return {
    _id: id,
    title,
    ...org,
    categories,
    schedule: Object.fromEntries(
      scheduledStages.map((s, i) => [s, new Date(now.getTime() + offsets[i]! * DAY)]),
    ) as CampaignRecord['schedule'],
    rules: { ...defaultVotingRules },
    rubric: DEMO_RUBRIC,
    stage,
    stageChangedAt: now,
    rulesFrozenAt: stage === 'voting' || stage === 'scoring' ? new Date(now.getTime() + offsets[3]! * DAY) : null,
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

/**
 * A district campaign's public votes: `count` one-vote voters for the candidate, spread over the 9 days that end
 * `lastDayAgo` days before now (inside the campaign's voting window).
 */
function votesFor(candidate: CandidateRecord, count: number, lastDayAgo: number, now: Date): VoteRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(now.getTime() - (lastDayAgo + (i % 9)) * DAY - ((i * 7919) % 600) * 60_000);
    const voter = randomBytes(16).toString('hex');
    const day = beijingDay(at);
    return {
      _id: `${candidate.campaignId}.${day}.${voter}.${candidate._id}`,
      campaignId: candidate.campaignId,
      candidateId: candidate._id,
      categoryId: candidate.categoryId,
      voter,
      day,
      at,
      requestId: randomBytes(8).toString('hex'),
      riskRank: 0,
      weight: 1,
      counted: true,
    };
  });
}

const SHEETS = [
  [36, 27, 18, 9],
  [34, 25, 17, 9],
  [31, 26, 15, 8],
  [33, 22, 16, 10],
];

/** An expert's locked scores: every candidate scored, criterion by criterion in rubric order. */
function scoresOf(expert: string, campaignId: string, list: CandidateRecord[], at: Date, shift = 0): ScoreRecord[] {
  return list.map((candidate, i) => {
    const points = SHEETS[(i + shift) % SHEETS.length]!;
    return {
      _id: `${campaignId}.${candidate._id}.${demoUserIdOf(expert)}`,
      campaignId,
      candidateId: candidate._id,
      expertId: demoUserIdOf(expert),
      expertName: demoPersonOf(expert).name,
      points,
      total: points.reduce((sum, value) => sum + value, 0),
      submittedAt: at,
    };
  });
}

/**
 * Approved candidates of a district campaign, nominated and reviewed in its nomination and review stages, with
 * stored votes over the last days of its voting that match their tallies, so a recount agrees.
 */
async function districtCandidates(
  db: ReturnType<SeedContext['app']['database']>,
  record: CampaignRecord,
  tallies: Array<[string, number]>,
  people: { nominatedBy: string; reviewedBy: string },
  now: Date,
): Promise<CandidateRecord[]> {
  const list = tallies.map(([openid, votes], i) => {
    const nominated = candidate(record._id, openid, 'k1', 'approved', now);
    return {
      ...nominated,
      number: i + 1,
      nominatedByName: people.nominatedBy,
      nominatedAt: new Date(record.schedule.nomination.getTime() + 3 * DAY),
      review: {
        ...nominated.review!,
        byName: people.reviewedBy,
        at: new Date(record.schedule.review.getTime() + 2 * DAY),
      },
      votes,
      weighted: votes,
    };
  });
  await db.collection('candidates').add(list);
  const lastVoteDayAgo = Math.round((now.getTime() - record.schedule.scoring.getTime()) / DAY) + 1;
  const votes = list.flatMap((c) => votesFor(c, c.votes, lastVoteDayAgo, now));
  for (let i = 0; i < votes.length; i += 200) await db.collection('votes').add(votes.slice(i, i + 200));
  const days = chargedDays(votes);
  for (let i = 0; i < days.length; i += 200) await db.collection('voterDays').add(days.slice(i, i + 200));
  return list;
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
    const district = campaign(
      DISTRICT_CAMPAIGN_ID,
      '2026年度东城区工匠',
      'scoring',
      [-40, -30, -22, -15, -2, 5, 6, 14],
      now,
      { orgId: 'org-dongcheng', orgPath: ['org-city', 'org-dongcheng'], orgName: '东城区总工会' },
      [{ id: 'k1', name: '东城区工匠', places: 2 }],
    );
    // The 编号 the approved candidates below were given, in the order they are listed.
    voting.lastNumber = 6;
    district.lastNumber = 4;
    for (const record of [voting, district, nominating]) {
      const { _id, ...body } = record;
      await db.collection('campaigns').doc(_id).set(body);
    }
    const votingCandidates = (
      [
        ['persona-model-worker', 'k1'],
        ['demo-mw-textile', 'k1'],
        ['demo-mw-heavy', 'k1'],
        ['demo-mw-port', 'k2'],
        ['demo-mw-build', 'k2'],
        ['demo-mw-power', 'k2'],
      ] as const
    ).map(([openid, categoryId], i) => ({
      ...candidate(DEMO_CAMPAIGN_ID, openid, categoryId, 'approved', now),
      number: i + 1,
    }));
    await db
      .collection('candidates')
      .add([...votingCandidates, candidate('demo-2027-young', 'persona-worker', 'k1', 'submitted', now)]);

    const dongcheng = await districtCandidates(
      db,
      district,
      [
        ['persona-model-worker', 186],
        ['demo-zhou', 143],
        ['demo-mw-power', 97],
        ['persona-worker', 64],
      ],
      { nominatedBy: '孙丽华', reviewedBy: '赵建平' },
      now,
    );
    await db
      .collection('scores')
      .add(scoresOf('demo-expert-2', DISTRICT_CAMPAIGN_ID, dongcheng, new Date(now.getTime() - DAY)));

    // 西湖区: scored by both experts, then moved on to the result and the 公示 as staff or the clock would.
    const xihu = campaign(
      PUBLICITY_CAMPAIGN_ID,
      '2026年度西湖区工匠',
      'scoring',
      [-50, -42, -35, -28, -14, -3, -2, 10],
      now,
      { orgId: 'org-xihu', orgPath: ['org-city', 'org-xihu'], orgName: '西湖区总工会' },
      [{ id: 'k1', name: '西湖区工匠', places: 2 }],
    );
    xihu.lastNumber = 4;
    const { _id: xihuId, ...xihuBody } = xihu;
    await db.collection('campaigns').doc(xihuId).set(xihuBody);
    const xihuCandidates = await districtCandidates(
      db,
      xihu,
      [
        ['demo-mw-textile', 231],
        ['demo-mw-build', 205],
        ['demo-worker-03', 122],
        ['demo-worker-04', 88],
      ],
      { nominatedBy: '韩志远', reviewedBy: '钱雅琴' },
      now,
    );
    const scored = new Date(now.getTime() - 4 * DAY);
    await db
      .collection('scores')
      .add([
        ...scoresOf('demo-expert-2', PUBLICITY_CAMPAIGN_ID, xihuCandidates, scored),
        ...scoresOf('persona-expert', PUBLICITY_CAMPAIGN_ID, xihuCandidates, scored, 1),
      ]);
    const resultAt = new Date(now.getTime() - 3 * DAY);
    const { update } = await advance(db, xihu, resultAt);
    await advance(db, { ...xihu, ...update }, new Date(now.getTime() - 2 * DAY));
  },
};
