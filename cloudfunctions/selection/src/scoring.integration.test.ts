// Expert scoring and the result: experts of a campaign score its candidates on the rubric without seeing votes, a
// submitted score is locked, staff see who has not finished, and the result combines votes and expert means by
// the published weighting.
import { randomUUID } from 'node:crypto';
import { localAdminApp } from 'cloudbase-local/admin-app';
import { data, error, startSeededCloud, type SeededCloud, callerOf } from '../../../test-support/seeded-cloud';
import { DONGCHENG_WORKERS, openVotingCampaign, type VotingCampaign } from '../../../test-support/voting-campaign';
import { selectionContract } from '../../../src/shared/contracts/selection';
import type { Stage } from '../../../src/shared/selection/stages';
import { unionContract } from '../../../src/shared/contracts/union';
import { accountContract } from '../../../src/shared/contracts/account';
import { voteContract } from '../../../src/shared/contracts/vote';

let env: SeededCloud;
let campaign: VotingCampaign;
const staff = 'persona-city-staff';
const experts = ['persona-expert', 'demo-expert-2'];

const selection = callerOf(selectionContract, () => env);
const advance = (from: Stage) =>
  selection('advanceStage', { campaignId: campaign.campaignId, from, reason: '按计划推进' }, staff);

beforeAll(async () => {
  env = await startSeededCloud();
  campaign = await openVotingCampaign(env, { votesPerDay: 3, workers: DONGCHENG_WORKERS.slice(0, 4) });
  // Votes: candidate 0 gets 4, candidate 2 gets 2 (categories alternate: 0 and 2 are 制造业, 1 and 3 服务业).
  for (const [voter, picks] of [
    ['v1', [0, 2]],
    ['v2', [0, 2]],
    ['v3', [0]],
    ['v4', [0, 1]],
  ] as const) {
    for (const pick of picks) {
      data(
        await env.call(
          voteContract,
          'cast',
          { campaignId: campaign.campaignId, candidateIds: [campaign.candidates[pick]!.id], requestId: randomUUID() },
          voter,
        ),
      );
    }
  }
  for (const openid of experts) {
    const userId = data(await env.call(accountContract, 'me', {}, openid)).userId;
    data(
      await env.call(
        unionContract,
        'grantRole',
        { role: 'expert', userId, campaignId: campaign.campaignId, reason: '评审专家库' },
        staff,
      ),
    );
  }
  data(await advance('voting'));
}, 60_000);
afterAll(() => env.close());

describe('a rubric from before the high/low guides', () => {
  it('still loads on the sheet and for staff, without them', async () => {
    const old = [{ criterion: '综合表现', maxPoints: 100 }];
    const made = await openVotingCampaign(env, {
      votesPerDay: 3,
      workers: DONGCHENG_WORKERS.slice(0, 1),
      title: '2025年度示范市工匠',
    });
    // As a campaign created before the guides was stored: the rubric without them.
    await localAdminApp(env.cloud.url)
      .database()
      .collection('campaigns')
      .doc(made.campaignId)
      .update({ rubric: old });
    const userId = data(await env.call(accountContract, 'me', {}, 'persona-expert')).userId;
    data(
      await env.call(
        unionContract,
        'grantRole',
        { role: 'expert', userId, campaignId: made.campaignId, reason: '评审专家库' },
        staff,
      ),
    );
    const sheet = data(await selection('scoringSheet', { campaignId: made.campaignId }, 'persona-expert'));
    expect(sheet.campaign.rubric).toEqual(old);
    expect(data(await selection('staffCampaign', { campaignId: made.campaignId }, staff)).rubric).toEqual(old);
  });
});

describe('expert scoring', () => {
  it('shows an expert the candidates and rubric, never the votes, and only for their campaign', async () => {
    const sheet = data(await selection('scoringSheet', { campaignId: campaign.campaignId }, 'persona-expert'));
    // The rubric as staff wrote it, with what earns high and low points on each criterion.
    expect(sheet.campaign.rubric).toEqual([
      { criterion: '综合表现', maxPoints: 100, high: '成果突出，有据可查', low: '成果一般，材料不足' },
    ]);
    expect(sheet.candidates).toHaveLength(4);
    expect(JSON.stringify(sheet)).not.toContain('"votes"');
    // The sheet and the task list say when scoring is due to begin (the scheduled start of scoring), and the task
    // list when it ends (that of the result).
    const page = data(await selection('campaign', { campaignId: campaign.campaignId }, 'persona-expert'));
    expect(sheet.campaign.scoringStartsAt).toBe(page.schedule.scoring);
    const tasks = data(await selection('myScoring', {}, 'persona-expert'));
    expect(tasks.campaigns.find((task: { id: string }) => task.id === campaign.campaignId)).toMatchObject({
      scoringStartsAt: page.schedule.scoring,
      scoringEndsAt: page.schedule.result,
      candidates: 4,
    });
    expect(error(await selection('scoringSheet', { campaignId: campaign.campaignId }, 'persona-worker')).code).toBe(
      'FORBIDDEN',
    );
    // An expert of another campaign is not one of this campaign's.
    const other = data(await env.call(accountContract, 'me', {}, 'persona-model-worker')).userId;
    const another = await openVotingCampaign(env, {
      votesPerDay: 3,
      workers: ['demo-zhou', 'demo-mw-power'],
      title: '另一项评选',
    });
    data(
      await env.call(
        unionContract,
        'grantRole',
        { role: 'expert', userId: other, campaignId: another.campaignId, reason: '专家库' },
        staff,
      ),
    );
    expect(
      error(await selection('scoringSheet', { campaignId: campaign.campaignId }, 'persona-model-worker')).code,
    ).toBe('FORBIDDEN');
  });

  it('locks a submitted score, and checks it against the rubric field by field', async () => {
    const candidateId = campaign.candidates[0]!.id;
    expect(
      error(
        await selection(
          'submitScore',
          { campaignId: campaign.campaignId, candidateId, points: [101] },
          'persona-expert',
        ),
      ),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'points.0',
    });
    expect(
      error(
        await selection(
          'submitScore',
          { campaignId: campaign.campaignId, candidateId, points: [50, 50] },
          'persona-expert',
        ),
      ).field,
    ).toBe('points');
    expect(
      data(
        await selection(
          'submitScore',
          { campaignId: campaign.campaignId, candidateId, points: [80] },
          'persona-expert',
        ),
      ),
    ).toMatchObject({ total: 80 });
    expect(
      error(
        await selection(
          'submitScore',
          { campaignId: campaign.campaignId, candidateId, points: [99] },
          'persona-expert',
        ),
      ),
    ).toMatchObject({
      code: 'CONFLICT',
      message: '这位候选人的评分已经提交，不能修改',
    });
  });

  it('lets staff see who has not finished, and refuses a result until everyone has', async () => {
    const progress = data(await selection('scoringProgress', { campaignId: campaign.campaignId }, staff));
    expect(progress).toEqual({
      candidates: 4,
      experts: expect.arrayContaining([
        { name: '吴振华', scored: 1, finished: false },
        { name: '郑美玲', scored: 0, finished: false },
      ]),
    });
    expect(error(await advance('scoring')).message).toBe('还有2位专家没有完成评分');
  });

  it('ranks each category by 30% votes (top = 100) and 70% expert mean, filling the places', async () => {
    const totals: Record<string, number[]> = {
      'persona-expert': [80, 70, 90, 60],
      'demo-expert-2': [90, 70, 70, 80],
    };
    for (const openid of experts) {
      for (const [i, candidate] of campaign.candidates.entries()) {
        if (openid === 'persona-expert' && i === 0) continue; // scored above
        data(
          await selection(
            'submitScore',
            { campaignId: campaign.campaignId, candidateId: candidate.id, points: [totals[openid]![i]!] },
            openid,
          ),
        );
      }
    }
    data(await advance('scoring'));
    const result = data(await selection('result', { campaignId: campaign.campaignId }, 'persona-public'));
    expect(result.publicWeight).toBe(30);
    const manufacturing = result.categories.find((category: { id: string }) => category.id === 'k1');
    // Candidate 0: 4 votes → 100 points, experts (80+90)/2 = 85 → 0.3×100 + 0.7×85 = 89.5.
    // Candidate 2: 2 votes → 50 points, experts (90+70)/2 = 80 → 0.3×50 + 0.7×80 = 71.
    expect(
      manufacturing!.rows.map(
        (row: {
          candidateId: string;
          votes: number;
          expertMean: number;
          combined: number;
          rank: number;
          placed: boolean;
        }) => [row.candidateId, row.votes, row.expertMean, row.combined, row.rank, row.placed],
      ),
    ).toEqual([
      [campaign.candidates[0]!.id, 4, 85, 89.5, 1, true],
      [campaign.candidates[2]!.id, 2, 80, 71, 2, true],
    ]);
    // The public now sees the final counts whatever the rules hid during voting.
    expect(
      data(await selection('candidate', { candidateId: campaign.candidates[0]!.id }, 'persona-public')).votes,
    ).toBe(4);
  });
});

describe('公示 and objections', () => {
  it('runs 5 working days, takes named objections, and becomes final once they are answered and the time is up', async () => {
    const calendar = { year: 2026, holidays: ['2026-12-31'], workdays: [], reason: '国务院办公厅通知' };
    expect(error(await selection('setCalendar', calendar, 'persona-district-staff')).code).toBe('FORBIDDEN');
    expect(data(await selection('calendar', { year: 2026 }, 'persona-district-staff')).updatedAt).toBeNull();
    data(await selection('setCalendar', calendar, staff));
    // Every union's staff read what the city entered (their 公示 periods follow it).
    expect(data(await selection('calendar', { year: 2026 }, 'persona-district-staff'))).toMatchObject({
      holidays: ['2026-12-31'],
      workdays: [],
    });

    data(await advance('result'));
    const page = data(await selection('campaign', { campaignId: campaign.campaignId }, 'persona-public'));
    expect(page.stage).toBe('publicity');
    expect(Date.parse(page.publicityEndsAt!)).toBeGreaterThan(env.now().getTime() + 5 * 86_400_000);
    // The 公示 runs from when the stage began.
    expect(Math.abs(Date.parse(page.stageStartedAt!) - env.now().getTime())).toBeLessThan(60_000);

    const objection = {
      campaignId: campaign.campaignId,
      candidateId: campaign.candidates[0]!.id,
      name: '王明',
      reason: '该候选人的获奖证书年份与事迹材料不一致，请核实。',
    };
    expect(error(await selection('lodgeObjection', { ...objection, contact: '12345' }, 'objector'))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'contact',
    });
    data(await selection('lodgeObjection', { ...objection, contact: '13912345678' }, 'objector'));
    const mine = data(await selection('myObjections', { campaignId: campaign.campaignId }, 'objector'));
    expect(mine.objections).toEqual([
      expect.objectContaining({ name: '王明', contactMasked: '139****5678', answer: null }),
    ]);
    expect(
      data(await selection('myObjections', { campaignId: campaign.campaignId }, 'someone-else')).objections,
    ).toEqual([]);
    expect(
      JSON.stringify(env.cloud.database.store.collection('objections').docs.values().next().value),
    ).not.toContain('13912345678');

    expect(error(await advance('publicity')).message).toMatch(/^公示期尚未结束/);
    // Time passes: the cloud's clock moves past the end of the 公示, as the calendar fixed it.
    env.cloud.clock.set(Date.parse(page.publicityEndsAt!) + 60_000);
    expect(error(await advance('publicity')).message).toBe('还有1条异议未答复');
    const listed = data(await selection('listObjections', { campaignId: campaign.campaignId }, staff));
    data(
      await selection(
        'answerObjection',
        { objectionId: listed.objections[0]!.id, answer: '经核实，证书年份为笔误，已更正事迹材料。' },
        staff,
      ),
    );
    expect(
      data(await selection('myObjections', { campaignId: campaign.campaignId }, 'objector')).objections[0]!.answer,
    ).toMatchObject({
      text: '经核实，证书年份为笔误，已更正事迹材料。',
      by: '钱雅琴',
    });
    // The objection is upheld against another candidate: disqualified during 公示, they leave the ranking.
    const k1 = async () =>
      data(await selection('result', { campaignId: campaign.campaignId }, 'persona-public')).categories.find(
        (category: { id: string }) => category.id === 'k1',
      )!.rows as Array<{ candidateId: string; rank: number; placed: boolean }>;
    expect((await k1()).map((row) => row.candidateId)).toContain(campaign.candidates[2]!.id);
    data(
      await selection('disqualify', { candidateId: campaign.candidates[2]!.id, reason: '异议属实，取消资格' }, staff),
    );
    expect((await k1()).map((row) => [row.candidateId, row.rank, row.placed])).toEqual([
      [campaign.candidates[0]!.id, 1, true],
    ]);

    data(await advance('publicity'));
    expect(data(await selection('campaign', { campaignId: campaign.campaignId }, 'persona-public')).stage).toBe(
      'final',
    );
    expect(
      error(await selection('disqualify', { candidateId: campaign.candidates[0]!.id, reason: '结果确定后' }, staff))
        .message,
    ).toBe('评选结果已经确定，不能再取消资格');
    expect(error(await selection('lodgeObjection', { ...objection, contact: '13912345678' }, 'objector')).code).toBe(
      'CONFLICT',
    );
  });
});

describe('a candidate disqualified during scoring', () => {
  it('takes their scores out: an expert who scored only them has not finished', async () => {
    const other = await openVotingCampaign(env, { votesPerDay: 3, workers: DONGCHENG_WORKERS.slice(0, 2) });
    const move = (from: Stage) =>
      selection('advanceStage', { campaignId: other.campaignId, from, reason: '按计划推进' }, staff);
    const userId = data(await env.call(accountContract, 'me', {}, 'persona-expert')).userId;
    data(
      await env.call(
        unionContract,
        'grantRole',
        { role: 'expert', userId, campaignId: other.campaignId, reason: '评审专家库' },
        staff,
      ),
    );
    data(await move('voting'));
    const [first, second] = other.candidates;
    data(
      await selection(
        'submitScore',
        { campaignId: other.campaignId, candidateId: first!.id, points: [80] },
        'persona-expert',
      ),
    );
    data(await selection('disqualify', { candidateId: first!.id, reason: '经查实存在组织刷票行为' }, staff));

    expect(data(await selection('scoringProgress', { campaignId: other.campaignId }, staff))).toEqual({
      candidates: 1,
      experts: [{ name: '吴振华', scored: 0, finished: false }],
    });
    const task = data(await selection('myScoring', {}, 'persona-expert')).campaigns.find(
      (item: { id: string }) => item.id === other.campaignId,
    );
    expect(task).toMatchObject({ candidates: 1, scored: 0 });
    expect(error(await move('scoring')).message).toBe('还有1位专家没有完成评分');

    data(
      await selection(
        'submitScore',
        { campaignId: other.campaignId, candidateId: second!.id, points: [70] },
        'persona-expert',
      ),
    );
    data(await move('scoring'));
    const result = data(await selection('result', { campaignId: other.campaignId }, 'persona-public'));
    expect(result.categories.flatMap((category: { rows: Array<{ candidateId: string }> }) => category.rows)).toEqual([
      expect.objectContaining({ candidateId: second!.id, expertMean: 70 }),
    ]);
  });
});
