import { defaultVotingRules } from '../../selection/rules';
import {
  campaignSchema,
  candidatePublicSchema,
  categoryInputSchema,
  nominationSchema,
  objectionSchema,
  RUBRIC_GUIDE_MAX,
  rubricSchema,
  selectionContract,
  storedRubricSchema,
  staffCampaignSchema,
} from '.';

const at = '2026-11-22T14:00:00+08:00';
const reason = '按评审意见处理';
const schedule = {
  nomination: '2026-09-01T09:00:00+08:00',
  review: '2026-09-15T09:00:00+08:00',
  published: '2026-09-22T09:00:00+08:00',
  voting: '2026-10-01T09:00:00+08:00',
  scoring: '2026-10-15T09:00:00+08:00',
  result: '2026-10-25T09:00:00+08:00',
  publicity: '2026-10-28T09:00:00+08:00',
  final: '2026-11-10T09:00:00+08:00',
};
/** What earns high and low points, as staff write it for each criterion. */
const guide = { high: '解决过关键技术难题', low: '没有技术难题的实例' };
const rubric = [
  { criterion: '技能水平', maxPoints: 60, ...guide },
  { criterion: '创新成果', maxPoints: 40, ...guide },
];
const honour = { title: '杭州工匠', level: 'city', year: 2024 };
const campaign = {
  id: 'c1',
  title: '2026年度西湖区工匠',
  org: { id: 'xihu', name: '西湖区总工会' },
  stage: 'voting',
  categories: [{ id: 'k1', name: '数控加工', places: 3 }],
  schedule,
  rules: { votesPerDay: 3, ballotSize: 2, countsVisibility: 'daily', dailyPublishAt: '20:00', publicWeight: 30 },
  rulesFrozen: true,
  approvedCandidates: 12,
  stageStartedAt: at,
  publicityEndsAt: at,
  countsAsOf: at,
};
const staffCampaign = {
  ...campaign,
  organiser: true,
  riskWeights: [1, 1, 1, 0.5],
  rubric,
  pendingNominations: 2,
  countHold: null,
  eligibility: {
    age: { min: 18, max: 60 },
    trades: [],
    orgIds: ['org-jinggong'],
    frontlineOnly: true,
    excludedHonours: [{ code: 'national_model_worker', sameTrade: false }],
  },
  eligibilityOrgNames: { 'org-jinggong': '示范市精工机械有限公司工会' },
};
const candidate = {
  id: 'n1',
  campaignId: 'c1',
  categoryId: 'k1',
  number: 7,
  name: '王小强',
  enterprise: '某某机械厂',
  trade: '数控车工',
  deeds: '扎根一线二十年。',
  photoFileIds: ['cloud://env/a.jpg'],
  honours: [honour],
  votes: 120,
};
const nomination = {
  ...candidate,
  status: 'approved',
  nominatedBy: '某某企业工会',
  mine: true,
  nominatedAt: at,
  review: { by: '李娜', at, reason: null },
  content: { texts: [], images: [{ fileId: 'cloud://env/a.jpg', state: 'checking', reason: null }] },
};
const objection = {
  id: 'o1',
  candidateId: 'n1',
  candidateName: '王小强',
  name: '张先生',
  contactMasked: '138****5678',
  reason: '获奖时间与事实不符，请核查。',
  createdAt: at,
  answer: { text: '已核查，情况属实。', by: '李娜', at },
  content: { texts: [{ field: 'reason', state: 'review', reason: null }], images: [] },
};
const deeds = '钻研数控工艺，带出徒弟多人，'.repeat(5);
const nominationInput = { categoryId: 'k1', deeds, photoFileIds: ['cloud://env/a.jpg'], honours: [honour] };
const hex32 = '0123456789abcdef0123456789abcdef';

const { actions } = selectionContract;
const accepts = (schema: { safeParse: (value: unknown) => { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success;

describe('the selection contract', () => {
  it('is the `selection` function', () => {
    expect(selectionContract.name).toBe('selection');
  });

  it('carries every field of a campaign, a candidate, a nomination and an objection to the app', () => {
    expect(campaignSchema.parse(campaign)).toEqual(campaign);
    expect(staffCampaignSchema.parse(staffCampaign)).toEqual(staffCampaign);
    expect(candidatePublicSchema.parse(candidate)).toEqual(candidate);
    for (const status of ['submitted', 'returned', 'approved', 'rejected', 'disqualified']) {
      expect(nominationSchema.parse({ ...nomination, status })).toEqual({ ...nomination, status });
    }
    expect(objectionSchema.parse(objection)).toEqual(objection);
  });

  describe('a rubric', () => {
    it('has 1 to 10 criteria of 2 to 30 characters, trimmed, whose full marks add up to 100', () => {
      expect(rubricSchema.parse([{ criterion: ' 技能水平 ', maxPoints: 60, ...guide }, rubric[1]])).toEqual(rubric);
      expect(rubricSchema.parse([{ criterion: '综合表现', maxPoints: 100, ...guide }])).toHaveLength(1);
      expect(accepts(rubricSchema, [])).toBe(false);
      const eleven = Array.from({ length: 11 }, (_, i) => ({
        criterion: `标准${i}`,
        maxPoints: i === 0 ? 10 : 9,
        ...guide,
      }));
      expect(accepts(rubricSchema, eleven)).toBe(false);
      expect(accepts(rubricSchema, [{ criterion: '技', maxPoints: 100, ...guide }])).toBe(false);
      expect(accepts(rubricSchema, [{ criterion: '技'.repeat(31), maxPoints: 100, ...guide }])).toBe(false);
    });

    it('says for each criterion what earns high and low points, 4 to 120 characters each, trimmed', () => {
      const item = { criterion: '综合表现', maxPoints: 100 };
      expect(rubricSchema.parse([{ ...item, high: ' 成果突出，有据可查 ', low: '材料不足' }])).toEqual([
        { ...item, high: '成果突出，有据可查', low: '材料不足' },
      ]);
      expect(accepts(rubricSchema, [{ ...item, high: '高'.repeat(RUBRIC_GUIDE_MAX), low: '低分情形' }])).toBe(true);
      // Missing, too short or too long: refused at the guide's own field, in words that say which end it is.
      expect(rubricSchema.safeParse([{ ...item, low: '材料不足' }]).error?.issues).toEqual([
        expect.objectContaining({ path: [0, 'high'], message: '请写明怎样得高分（4到120个字）' }),
      ]);
      expect(rubricSchema.safeParse([{ ...item, high: '成果突出', low: ' 差 ' }]).error?.issues).toEqual([
        expect.objectContaining({ path: [0, 'low'], message: '请写明怎样得低分（4到120个字）' }),
      ]);
      expect(
        rubricSchema.safeParse([{ ...item, high: '高'.repeat(RUBRIC_GUIDE_MAX + 1), low: '材料不足' }]).error?.issues,
      ).toEqual([expect.objectContaining({ path: [0, 'high'] })]);
      expect(accepts(rubricSchema, [{ ...item, ...guide, note: '多余' }])).toBe(false);
    });

    it('as stored and shown may lack the guides (campaigns created before them still load)', () => {
      const old = [{ criterion: '综合表现', maxPoints: 100 }];
      expect(storedRubricSchema.parse(old)).toEqual(old);
      expect(staffCampaignSchema.parse({ ...staffCampaign, rubric: old }).rubric).toEqual(old);
      const sheet = selectionContract.actions.scoringSheet.output;
      const shown = {
        campaign: { id: 'c1', title: '评选', stage: 'voting', scoringStartsAt: at, rubric: old },
        candidates: [],
      };
      expect(sheet.parse(shown).campaign.rubric).toEqual(old);
      // Writing a rubric is another matter: createCampaign asks for both guides.
      expect(accepts(rubricSchema, old)).toBe(false);
    });

    it('refuses criteria whose full marks do not add up to 100, saying so', () => {
      expect(rubricSchema.safeParse([rubric[0], { ...rubric[1], maxPoints: 39 }]).error?.issues).toEqual([
        expect.objectContaining({ message: '各项满分之和须为100分，现在是99分' }),
      ]);
      expect(accepts(rubricSchema, [rubric[0], rubric[1], { criterion: '其他', maxPoints: 1, ...guide }])).toBe(
        false,
      );
    });

    it('gives each criterion 1 to 100 points', () => {
      expect(accepts(rubricSchema, [rubric[0], rubric[1], { criterion: '其他', maxPoints: 0, ...guide }])).toBe(
        false,
      );
      expect(accepts(rubricSchema, [{ criterion: '综合表现', maxPoints: 101, ...guide }])).toBe(false);
    });
  });

  it('names a category of 2 to 20 characters, trimmed, with 1 to 100 places', () => {
    expect(categoryInputSchema.parse({ name: ' 数控加工 ', places: 3 })).toEqual({ name: '数控加工', places: 3 });
    expect(accepts(categoryInputSchema, { name: '数', places: 3 })).toBe(false);
    expect(accepts(categoryInputSchema, { name: '数'.repeat(21), places: 3 })).toBe(false);
    expect(accepts(categoryInputSchema, { name: '数控加工', places: 0 })).toBe(false);
    expect(accepts(categoryInputSchema, { name: '数控加工', places: 101 })).toBe(false);
  });

  describe('creating and changing a campaign', () => {
    const create = {
      orgId: 'xihu',
      title: ' 2026年度西湖区工匠 ',
      categories: [
        { name: '数控加工', places: 3 },
        { name: '电工', places: 2 },
      ],
      schedule,
      rules: defaultVotingRules,
      rubric,
    };

    it('takes a title of 4 to 40 characters, trimmed, and 1 to 10 categories', () => {
      expect(actions.createCampaign.input.parse(create)).toEqual({ ...create, title: '2026年度西湖区工匠' });
      expect(accepts(actions.createCampaign.input, { ...create, title: '西湖工' })).toBe(false);
      expect(accepts(actions.createCampaign.input, { ...create, title: '工'.repeat(41) })).toBe(false);
      expect(accepts(actions.createCampaign.input, { ...create, categories: [] })).toBe(false);
      const eleven = Array.from({ length: 11 }, (_, i) => ({ name: `类别${i}`, places: 1 }));
      expect(accepts(actions.createCampaign.input, { ...create, categories: eleven })).toBe(false);
      expect(actions.createCampaign.output.parse(staffCampaign)).toEqual(staffCampaign);
    });

    it('changes any part, always for a reason', () => {
      const { orgId: _orgId, ...changes } = create;
      const update = { campaignId: 'c1', ...changes, title: '2026年度西湖区工匠', reason };
      expect(actions.updateCampaign.input.parse(update)).toEqual(update);
      expect(actions.updateCampaign.input.parse({ campaignId: 'c1', reason })).toEqual({ campaignId: 'c1', reason });
      expect(accepts(actions.updateCampaign.input, { campaignId: 'c1', title: '2026年度西湖区工匠' })).toBe(false);
      expect(accepts(actions.updateCampaign.input, { campaignId: 'c1', categories: [], reason })).toBe(false);
      const eleven = Array.from({ length: 11 }, (_, i) => ({ name: `类别${i}`, places: 1 }));
      expect(accepts(actions.updateCampaign.input, { campaignId: 'c1', categories: eleven, reason })).toBe(false);
      expect(accepts(actions.updateCampaign.input, { campaignId: 'c1', title: '西湖工', reason })).toBe(false);
      expect(actions.updateCampaign.output.parse(staffCampaign)).toEqual(staffCampaign);
    });

    it('moves the stage on from the stage the caller saw, for a reason', () => {
      const advance = { campaignId: 'c1', from: 'voting', reason };
      expect(actions.advanceStage.input.parse(advance)).toEqual(advance);
      expect(accepts(actions.advanceStage.input, { ...advance, from: 'closed' })).toBe(false);
      expect(actions.advanceStage.output.parse(staffCampaign)).toEqual(staffCampaign);
    });

    it('lists the caller’s campaigns and opens one', () => {
      expect(accepts(actions.myCampaigns.input, { orgId: 'xihu' })).toBe(false);
      expect(actions.myCampaigns.output.parse({ campaigns: [staffCampaign] })).toEqual({
        campaigns: [staffCampaign],
      });
      expect(actions.staffCampaign.input.parse({ campaignId: 'c1' })).toEqual({ campaignId: 'c1' });
      expect(actions.staffCampaign.output.parse(staffCampaign)).toEqual(staffCampaign);
    });
  });

  describe('a nomination', () => {
    it('has deeds of 50 to 3000 characters, trimmed, up to 6 photos from cloud storage and up to 20 honours', () => {
      const input = { campaignId: 'c1', userId: 'u1', ...nominationInput };
      expect(actions.nominate.input.parse({ ...input, deeds: ` ${deeds} ` })).toEqual(input);
      expect(accepts(actions.nominate.input, { ...input, deeds: deeds.slice(0, 49) })).toBe(false);
      expect(accepts(actions.nominate.input, { ...input, deeds: '事'.repeat(3001) })).toBe(false);
      const seven = Array.from({ length: 7 }, (_, i) => `cloud://env/${i}.jpg`);
      expect(accepts(actions.nominate.input, { ...input, photoFileIds: seven })).toBe(false);
      expect(accepts(actions.nominate.input, { ...input, photoFileIds: ['https://example.com/a.jpg'] })).toBe(false);
      expect(accepts(actions.nominate.input, { ...input, photoFileIds: [`cloud://${'a'.repeat(293)}`] })).toBe(false);
      const honours = Array.from({ length: 21 }, () => honour);
      expect(accepts(actions.nominate.input, { ...input, honours })).toBe(false);
      expect(actions.nominate.output.parse(nomination)).toEqual(nomination);
    });

    it('is corrected with the same fields', () => {
      const input = { candidateId: 'n1', ...nominationInput };
      expect(actions.updateNomination.input.parse(input)).toEqual(input);
      expect(accepts(actions.updateNomination.input, { ...input, deeds: '太短' })).toBe(false);
      expect(actions.updateNomination.output.parse(nomination)).toEqual(nomination);
    });

    it('is listed by status, a page at a time', () => {
      const input = { campaignId: 'c1', status: 'returned', cursor: 'p2' };
      expect(actions.listNominations.input.parse(input)).toEqual(input);
      expect(accepts(actions.listNominations.input, { ...input, cursor: 'p'.repeat(65) })).toBe(false);
      const page = { nominations: [nomination], nextCursor: null, total: 1, page: 1 };
      expect(actions.listNominations.output.parse(page)).toEqual(page);
    });

    it('is approved without a reason, but rejected or returned only with one', () => {
      const { input } = actions.reviewNomination;
      expect(input.parse({ candidateId: 'n1', decision: 'approve' })).toEqual({
        candidateId: 'n1',
        decision: 'approve',
      });
      for (const decision of ['reject', 'return']) {
        expect(input.parse({ candidateId: 'n1', decision, reason })).toEqual({ candidateId: 'n1', decision, reason });
        expect(input.safeParse({ candidateId: 'n1', decision }).error?.issues).toEqual([
          expect.objectContaining({ path: ['reason'], message: '驳回或退回时请填写原因' }),
        ]);
      }
      expect(accepts(input, { candidateId: 'n1', decision: 'maybe', reason })).toBe(false);
      expect(actions.reviewNomination.output.parse(nomination)).toEqual(nomination);
    });
  });

  describe('acting on votes', () => {
    it('lists brushing flags by status, with their evidence', () => {
      for (const status of ['open', 'dismissed', 'actioned']) {
        expect(actions.listFlags.input.parse({ campaignId: 'c1', status })).toEqual({ campaignId: 'c1', status });
      }
      expect(accepts(actions.listFlags.input, { campaignId: 'c1', status: 'closed' })).toBe(false);
      const flag = {
        id: 'f1',
        candidateId: 'n1',
        candidateName: '王小强',
        kind: 'burst',
        windowStart: at,
        windowEnd: at,
        raisedAt: at,
        evidence: { votes: 300 },
        status: 'open',
        reason: null,
      };
      const flags = [
        flag,
        { ...flag, kind: 'new-account-cluster', status: 'dismissed', reason },
        { ...flag, status: 'actioned' },
      ];
      expect(actions.listFlags.output.parse({ flags, total: 1, page: 1 })).toEqual({ flags, total: 1, page: 1 });
    });

    it('voids a voter named by their 32-hex-digit hash, for a reason', () => {
      const { input } = actions.voidVoter;
      expect(input.parse({ campaignId: 'c1', voter: hex32, reason })).toEqual({
        campaignId: 'c1',
        voter: hex32,
        reason,
      });
      for (const voter of [hex32.toUpperCase(), hex32.slice(1), `${hex32}0`, `x${hex32}`, `${hex32}x`]) {
        expect([voter, accepts(input, { campaignId: 'c1', voter, reason })]).toEqual([voter, false]);
      }
      expect(actions.voidVoter.output.parse({ voided: 3 })).toEqual({ voided: 3 });
    });

    it('zeroes or dismisses a flag named by an id of 1 to 128 characters, for a reason', () => {
      for (const action of [actions.zeroFlagged, actions.dismissFlag]) {
        expect(action.input.parse({ flagId: 'f1', reason })).toEqual({ flagId: 'f1', reason });
        expect(accepts(action.input, { flagId: '', reason })).toBe(false);
        expect(accepts(action.input, { flagId: 'f'.repeat(129), reason })).toBe(false);
      }
      expect(actions.zeroFlagged.output.parse({ voided: 2 })).toEqual({ voided: 2 });
      expect(actions.dismissFlag.output.parse({})).toEqual({});
    });

    it('disqualifies a candidate for a reason', () => {
      expect(actions.disqualify.input.parse({ candidateId: 'n1', reason })).toEqual({ candidateId: 'n1', reason });
      expect(accepts(actions.disqualify.input, { candidateId: 'n1' })).toBe(false);
      expect(actions.disqualify.output.parse(nomination)).toEqual(nomination);
    });

    it('recounts, listing each stored figure that differs and the hold it put on the result', () => {
      expect(actions.recount.input.parse({ campaignId: 'c1' })).toEqual({ campaignId: 'c1' });
      const difference = {
        figure: 'weighted',
        subjectId: 'n1',
        label: '王小强 · 加权票数',
        stored: 1e5,
        recounted: 119,
      };
      const answer = {
        candidates: 12,
        countedVotes: 3000,
        differences: [difference],
        hold: {
          since: '2026-11-23T02:00:00.000Z',
          differences: 1,
          summary: '王小强 · 加权票数（记录 100000，重算 119）',
        },
      };
      expect(actions.recount.output.parse(answer)).toEqual(answer);
      expect(accepts(actions.recount.output, { ...answer, differences: [{ ...difference, figure: 'other' }] })).toBe(
        false,
      );
    });

    it('rebuilds the counts from the votes only for a reason', () => {
      expect(accepts(actions.rebuildCounts.input, { campaignId: 'c1' })).toBe(false);
      expect(actions.rebuildCounts.input.parse({ campaignId: 'c1', reason })).toEqual({ campaignId: 'c1', reason });
      expect(actions.rebuildCounts.output.parse({ repaired: 2, remaining: [] })).toEqual({
        repaired: 2,
        remaining: [],
      });
    });

    it('exports the vote log a page at a time, naming voters only by hash', () => {
      expect(actions.exportVotes.input.parse({ campaignId: 'c1', cursor: 'p2' })).toEqual({
        campaignId: 'c1',
        cursor: 'p2',
      });
      const page = {
        candidates: [{ id: 'n1', name: '王小强', categoryId: 'k1', displayedVotes: 120 }],
        votes: [{ candidateId: 'n1', voter: hex32, day: '2026-10-02', at, weight: 0.5, counted: true }],
        nextCursor: 'p3',
      };
      expect(actions.exportVotes.output.parse(page)).toEqual(page);
    });
  });

  describe('scoring', () => {
    it('lists the expert’s campaigns with how far their scoring has got', () => {
      expect(accepts(actions.myScoring.input, { campaignId: 'c1' })).toBe(false);
      const answer = {
        campaigns: [
          {
            id: 'c1',
            title: '2026年度西湖区工匠',
            orgName: '西湖区总工会',
            stage: 'scoring',
            scoringStartsAt: schedule.scoring,
            scoringEndsAt: schedule.result,
            candidates: 12,
            scored: 5,
            reminderSet: true,
          },
        ],
      };
      expect(actions.myScoring.output.parse(answer)).toEqual(answer);
      // An answer without it (an older function) reads as no reminder set.
      const { reminderSet: _unset, ...older } = answer.campaigns[0]!;
      expect(actions.myScoring.output.parse({ campaigns: [older] }).campaigns[0]!.reminderSet).toBe(false);
    });

    it('takes a campaign for 提醒我 and answers when the reminder comes', () => {
      expect(accepts(actions.remindMeToScore.input, { campaignId: 'c1' })).toBe(true);
      expect(accepts(actions.remindMeToScore.input, {})).toBe(false);
      const answer = { campaignId: 'c1', remindAt: schedule.scoring };
      expect(actions.remindMeToScore.output.parse(answer)).toEqual(answer);
    });

    it('shows the expert the candidates and their own scores, never a vote count', () => {
      expect(actions.scoringSheet.input.parse({ campaignId: 'c1' })).toEqual({ campaignId: 'c1' });
      const { votes: _votes, ...withoutVotes } = candidate;
      const sheet = {
        campaign: {
          id: 'c1',
          title: '2026年度西湖区工匠',
          stage: 'scoring',
          scoringStartsAt: schedule.scoring,
          rubric,
        },
        candidates: [{ ...withoutVotes, myScore: { points: [50, 35], total: 85, submittedAt: at } }],
      };
      expect(actions.scoringSheet.output.parse(sheet)).toEqual(sheet);
      expect(actions.scoringSheet.output.parse({ ...sheet, candidates: [{ ...candidate, myScore: null }] })).toEqual({
        ...sheet,
        candidates: [{ ...withoutVotes, myScore: null }],
      });
    });

    it('takes 1 to 10 points, each from 0 to 100', () => {
      const { input } = actions.submitScore;
      const score = { campaignId: 'c1', candidateId: 'n1', points: [50, 35] };
      expect(input.parse(score)).toEqual(score);
      expect(accepts(input, { ...score, points: [] })).toBe(false);
      expect(accepts(input, { ...score, points: Array.from({ length: 11 }, () => 5) })).toBe(false);
      expect(accepts(input, { ...score, points: [-1, 50] })).toBe(false);
      expect(accepts(input, { ...score, points: [101, 50] })).toBe(false);
      expect(actions.submitScore.output.parse({ total: 85, submittedAt: at })).toEqual({
        total: 85,
        submittedAt: at,
      });
    });

    it('shows the organisers who has not finished', () => {
      expect(actions.scoringProgress.input.parse({ campaignId: 'c1' })).toEqual({ campaignId: 'c1' });
      const progress = { candidates: 12, experts: [{ name: '赵教授', scored: 12, finished: true }] };
      expect(actions.scoringProgress.output.parse(progress)).toEqual(progress);
    });

    it('publishes the ranking per category with its weighting and how votes became points', () => {
      expect(actions.result.input.parse({ campaignId: 'c1' })).toEqual({ campaignId: 'c1' });
      const row = {
        candidateId: 'n1',
        name: '王小强',
        enterprise: '某某机械厂',
        votes: 120,
        votePoints: 100,
        expertMean: 85,
        combined: 89.5,
        rank: 1,
        placed: true,
      };
      const result = {
        publicWeight: 30,
        normalisation: '各类别中加权票数最高的候选人得100分',
        categories: [{ id: 'k1', name: '数控加工', places: 3, rows: [row] }],
      };
      expect(actions.result.output.parse(result)).toEqual(result);
    });
  });

  describe('公示', () => {
    it('reads a year’s calendar, from 2020 to 2100', () => {
      expect(actions.calendar.input.parse({ year: 2026 })).toEqual({ year: 2026 });
      expect(accepts(actions.calendar.input, { year: 2019 })).toBe(false);
      expect(accepts(actions.calendar.input, { year: 2101 })).toBe(false);
      const calendar = { year: 2026, holidays: ['2026-10-01'], workdays: ['2026-10-10'], updatedAt: at };
      expect(actions.calendar.output.parse(calendar)).toEqual(calendar);
    });

    it('enters up to 60 holidays and 30 make-up working days as dates, for a reason', () => {
      const { input } = actions.setCalendar;
      const entry = { year: 2026, holidays: ['2026-10-01', '2026-10-02'], workdays: ['2026-10-10'], reason };
      expect(input.parse(entry)).toEqual(entry);
      expect(accepts(input, { ...entry, year: 2019 })).toBe(false);
      expect(accepts(input, { ...entry, year: 2101 })).toBe(false);
      expect(accepts(input, { ...entry, holidays: ['10月1日'] })).toBe(false);
      expect(accepts(input, { ...entry, holidays: Array.from({ length: 61 }, () => '2026-10-01') })).toBe(false);
      expect(accepts(input, { ...entry, workdays: Array.from({ length: 31 }, () => '2026-10-10') })).toBe(false);
      expect(actions.setCalendar.output.parse({})).toEqual({});
    });

    describe('an objection', () => {
      const { input } = actions.lodgeObjection;
      const lodged = {
        campaignId: 'c1',
        candidateId: 'n1',
        name: '张先生',
        contact: '13812345678',
        reason: '获奖时间与事实不符，请核查。',
      };

      it('is lodged with a name of 2 to 20 characters and a reason of 10 to 1000, trimmed', () => {
        expect(
          input.parse({ ...lodged, name: ' 张先生 ', contact: ' 13812345678 ', reason: ` ${lodged.reason} ` }),
        ).toEqual(lodged);
        expect(accepts(input, { ...lodged, name: '张' })).toBe(false);
        expect(accepts(input, { ...lodged, name: '张'.repeat(21) })).toBe(false);
        expect(accepts(input, { ...lodged, reason: '不符，请核查' })).toBe(false);
        expect(accepts(input, { ...lodged, reason: '因'.repeat(1001) })).toBe(false);
        expect(actions.lodgeObjection.output.parse({ id: 'o1', createdAt: at })).toEqual({ id: 'o1', createdAt: at });
      });

      it.each(['13812345678', 'zhang@example.com', 'z.s@mail.example.cn'])(
        'takes %s as a way to reach them',
        (contact) => {
          expect(input.parse({ ...lodged, contact })).toEqual({ ...lodged, contact });
        },
      );

      it.each([
        '张先生家',
        'zhang@example',
        '@example.com',
        'zhang@.com',
        'a b@example.com',
        'zhang@example.com 备注',
        'zhang@ex ample.com',
        'zh@ng@example.com',
      ])('refuses %s as a way to reach them, saying what it needs', (contact) => {
        expect(input.safeParse({ ...lodged, contact }).error?.issues).toEqual([
          expect.objectContaining({ path: ['contact'], message: '请填写手机号码或电子邮箱' }),
        ]);
      });

      it.each([
        ['1391234567', '手机号应为11位，现在是10位'],
        [' 139123456789 ', '手机号应为11位，现在是12位'],
        ['12812345678', '手机号应以13～19开头'],
      ])('refuses the phone number %s with what is wrong with it', (contact, message) => {
        expect(input.safeParse({ ...lodged, contact }).error?.issues).toEqual([
          expect.objectContaining({ path: ['contact'], message }),
        ]);
      });

      it('is listed for its author and for the organisers, and answered in 5 to 1000 characters, trimmed', () => {
        expect(actions.myObjections.input.parse({ campaignId: 'c1' })).toEqual({ campaignId: 'c1' });
        expect(actions.myObjections.output.parse({ objections: [objection] })).toEqual({ objections: [objection] });
        expect(actions.listObjections.input.parse({ campaignId: 'c1' })).toEqual({ campaignId: 'c1' });
        expect(actions.listObjections.output.parse({ objections: [objection] })).toEqual({ objections: [objection] });
        const { answerObjection } = actions;
        expect(answerObjection.input.parse({ objectionId: 'o1', answer: ' 已核查属实。 ' })).toEqual({
          objectionId: 'o1',
          answer: '已核查属实。',
        });
        expect(accepts(answerObjection.input, { objectionId: 'o1', answer: '已核查' })).toBe(false);
        expect(accepts(answerObjection.input, { objectionId: 'o1', answer: '查'.repeat(1001) })).toBe(false);
        expect(answerObjection.output.parse(objection)).toEqual(objection);
      });
    });
  });

  describe('sharing', () => {
    it('makes a poster code for a candidate', () => {
      expect(actions.candidateCode.input.parse({ candidateId: 'n1' })).toEqual({ candidateId: 'n1' });
      const code = { code: 'AbC123', codeImage: 'data:image/png;base64,AAAA' };
      expect(actions.candidateCode.output.parse(code)).toEqual(code);
    });

    it.each(['AbC123', 'AbC123456789'])('resolves the code %s (6–12 letters and digits)', (code) => {
      expect(actions.resolveCode.input.parse({ code })).toEqual({ code });
    });

    it.each(['AbC12', 'AbC1234567890', 'AbC-123', '#AbC123', 'AbC123#'])('refuses the code %s', (code) => {
      expect(accepts(actions.resolveCode.input, { code })).toBe(false);
    });

    it('answers with the candidate a code points at', () => {
      expect(actions.resolveCode.output.parse({ candidateId: 'n1' })).toEqual({ candidateId: 'n1' });
    });
  });

  describe('the public view', () => {
    it('lists and opens campaigns', () => {
      expect(accepts(actions.campaigns.input, { orgId: 'xihu' })).toBe(false);
      expect(actions.campaigns.output.parse({ campaigns: [campaign] })).toEqual({ campaigns: [campaign] });
      expect(actions.campaign.input.parse({ campaignId: 'c1' })).toEqual({ campaignId: 'c1' });
      expect(actions.campaign.output.parse(campaign)).toEqual(campaign);
    });

    it('lists candidates by category and by a keyword of up to 20 characters, trimmed, a page at a time', () => {
      const { input } = actions.candidates;
      expect(input.parse({ campaignId: 'c1', categoryId: 'k1', keyword: ' 王 ', cursor: 'p2' })).toEqual({
        campaignId: 'c1',
        categoryId: 'k1',
        keyword: '王',
        cursor: 'p2',
      });
      expect(accepts(input, { campaignId: 'c1', keyword: '王'.repeat(21) })).toBe(false);
      const page = { candidates: [candidate], nextCursor: null };
      expect(
        actions.candidates.output.parse({ candidates: [{ ...candidate, number: null }], nextCursor: null }),
      ).toEqual({ candidates: [{ ...candidate, number: null }], nextCursor: null });
      expect(actions.candidates.output.parse(page)).toEqual(page);
      expect(actions.candidate.input.parse({ candidateId: 'n1' })).toEqual({ candidateId: 'n1' });
      expect(actions.candidate.output.parse({ ...candidate, votes: null })).toEqual({ ...candidate, votes: null });
    });

    it('orders candidates by 编号 or by votes, and names the field in Chinese when a value is wrong', () => {
      const { input } = actions.candidates;
      expect(input.parse({ campaignId: 'c1', order: 'votes', keyword: '007' })).toEqual({
        campaignId: 'c1',
        order: 'votes',
        keyword: '007',
      });
      const wrongOrder = input.safeParse({ campaignId: 'c1', order: 'name' });
      expect(wrongOrder.success).toBe(false);
      expect(wrongOrder.error?.issues[0]).toMatchObject({ path: ['order'], message: '排序方式只能是按编号或按票数' });
      const long = input.safeParse({ campaignId: 'c1', keyword: '王'.repeat(21) });
      expect(long.error?.issues[0]).toMatchObject({ path: ['keyword'], message: '搜索词最多20个字' });
    });
  });
});
