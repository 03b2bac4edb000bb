import {
  countsVisibilities,
  countsVisibilityLabels,
  defaultVotingRules,
  scheduleSchema,
  votingRulesSchema,
  type Schedule,
  type VotingRules,
} from './rules';
import { stageLabels } from './stages';

/** The first problem zod finds, as path and message; undefined when the value is accepted. */
function problem(schema: typeof votingRulesSchema | typeof scheduleSchema, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  return { path: issue.path.join('.'), message: issue.message };
}

const rules = (change: Partial<Record<keyof VotingRules, unknown>>) => ({ ...defaultVotingRules, ...change });
const rulesOk = (change: Partial<Record<keyof VotingRules, unknown>>) =>
  votingRulesSchema.safeParse(rules(change)).success;

describe('voting rules', () => {
  it('accept the defaults: three single votes a day, counts shown live, 30% public, rank 3 counted half', () => {
    expect(votingRulesSchema.parse(defaultVotingRules)).toEqual({
      votesPerDay: 3,
      ballotSize: null,
      countsVisibility: 'live',
      dailyPublishAt: null,
      publicWeight: 30,
      riskWeights: [1, 1, 1, 0.5],
    });
  });

  it('allow 1 to 10 whole votes a day', () => {
    expect([1, 10].map((votesPerDay) => rulesOk({ votesPerDay }))).toEqual([true, true]);
    expect([0, 11, 2.5].map((votesPerDay) => rulesOk({ votesPerDay }))).toEqual([false, false, false]);
  });

  it('allow ballots of 2 to 10 picks, or single votes (no ballot size)', () => {
    expect([2, 10].map((ballotSize) => rulesOk({ votesPerDay: 10, ballotSize }))).toEqual([true, true]);
    expect([1, 11, 2.5].map((ballotSize) => rulesOk({ votesPerDay: 10, ballotSize }))).toEqual([false, false, false]);
  });

  it('refuse a ballot of more picks than the votes a day allow, and accept one of exactly as many', () => {
    expect(problem(votingRulesSchema, rules({ votesPerDay: 3, ballotSize: 4 }))).toEqual({
      path: 'ballotSize',
      message: '每张选票的人数不能超过每日可投票数',
    });
    expect(rulesOk({ votesPerDay: 3, ballotSize: 3 })).toBe(true);
    expect(rulesOk({ votesPerDay: 3, ballotSize: 2 })).toBe(true);
  });

  it('show the counts live, hide them while voting, or publish them daily — nothing else', () => {
    expect(countsVisibilities).toEqual(['live', 'hidden', 'daily']);
    expect(rulesOk({ countsVisibility: 'hidden' })).toBe(true);
    expect(rulesOk({ countsVisibility: 'daily', dailyPublishAt: '20:00' })).toBe(true);
    expect(rulesOk({ countsVisibility: 'weekly' })).toBe(false);
    expect(countsVisibilityLabels).toEqual({
      live: '实时公布票数',
      hidden: '投票期间不公布票数',
      daily: '每日定时公布票数',
    });
  });

  it('need a publication time when the counts are published daily, and only then', () => {
    expect(problem(votingRulesSchema, rules({ countsVisibility: 'daily', dailyPublishAt: null }))).toEqual({
      path: 'dailyPublishAt',
      message: '每日定时公布时请设置公布时间',
    });
    expect(rulesOk({ countsVisibility: 'live', dailyPublishAt: null })).toBe(true);
    expect(rulesOk({ countsVisibility: 'hidden', dailyPublishAt: null })).toBe(true);
  });

  it.each(['00:00', '09:30', '19:59', '20:00', '23:59'])('take %s as a daily publication time', (time) => {
    expect(rulesOk({ countsVisibility: 'daily', dailyPublishAt: time })).toBe(true);
  });

  it.each(['24:00', '9:30', '09:60', '09:3', 'a09:30', '09:30a', '09:30:00', '0930', '２０:00'])(
    'refuse %s as a daily publication time (HH:mm, 00:00–23:59)',
    (time) => {
      expect(problem(votingRulesSchema, rules({ countsVisibility: 'daily', dailyPublishAt: time }))?.path).toBe(
        'dailyPublishAt',
      );
    },
  );

  it('give the public vote a whole percent from 0 to 100 of the combined score', () => {
    expect([0, 100].map((publicWeight) => rulesOk({ publicWeight }))).toEqual([true, true]);
    expect([-1, 101, 30.5].map((publicWeight) => rulesOk({ publicWeight }))).toEqual([false, false, false]);
  });

  it('weigh each risk rank 0–3 from 0 (not counted) to 1 (fully), never more', () => {
    expect(rulesOk({ riskWeights: [0, 0, 0, 0] })).toBe(true);
    expect(rulesOk({ riskWeights: [1, 1, 1, 1] })).toBe(true);
    for (let rank = 0; rank < 4; rank++) {
      const over = [1, 1, 1, 1];
      over[rank] = 1.01;
      const under = [0, 0, 0, 0];
      under[rank] = -0.01;
      expect([rank, rulesOk({ riskWeights: over }), rulesOk({ riskWeights: under })]).toEqual([rank, false, false]);
    }
    expect(rulesOk({ riskWeights: [1, 1, 1] })).toBe(false);
  });

  it('refuse a setting they do not know', () => {
    expect(problem(votingRulesSchema, { ...defaultVotingRules, rankFourWeight: 1 })).toBeDefined();
  });
});

describe('a campaign schedule', () => {
  const schedule: Schedule = {
    nomination: '2026-09-01T09:00:00+08:00',
    review: '2026-09-15T09:00:00+08:00',
    published: '2026-09-22T09:00:00+08:00',
    voting: '2026-10-01T09:00:00+08:00',
    scoring: '2026-10-15T09:00:00+08:00',
    result: '2026-10-25T09:00:00+08:00',
    publicity: '2026-10-28T09:00:00+08:00',
    final: '2026-11-10T09:00:00+08:00',
  };

  it('gives every stage after the draft a start, in Beijing or UTC time', () => {
    expect(scheduleSchema.parse(schedule)).toEqual(schedule);
    expect(scheduleSchema.safeParse({ ...schedule, final: '2026-11-10T01:00:00Z' }).success).toBe(true);
  });

  it('refuses a schedule that misses a stage, or names one that is not scheduled', () => {
    const { final: _final, ...withoutFinal } = schedule;
    expect(problem(scheduleSchema, withoutFinal)?.path).toBe('final');
    expect(problem(scheduleSchema, { ...schedule, draft: '2026-08-01T09:00:00+08:00' })).toBeDefined();
  });

  it('refuses a start that is not an instant', () => {
    expect(problem(scheduleSchema, { ...schedule, voting: '2026-10-01' })?.path).toBe('voting');
  });

  it.each([
    ['review', 'nomination'],
    ['voting', 'published'],
    ['final', 'publicity'],
  ] as const)(
    'refuses %s starting at the same moment as %s: stages start strictly one after another',
    (stage, before) => {
      const result = scheduleSchema.safeParse({ ...schedule, [stage]: schedule[before] });
      expect(result.error?.issues).toEqual([
        expect.objectContaining({
          code: 'custom',
          path: [stage],
          message: `须晚于“${stageLabels[before]}”的开始日期`,
        }),
      ]);
    },
  );

  it('refuses a stage that starts before the one it follows, naming the first one out of order', () => {
    expect(problem(scheduleSchema, { ...schedule, scoring: '2026-09-30T09:00:00+08:00' })?.path).toBe('scoring');
    // The same instant written in another offset is still the same moment.
    expect(problem(scheduleSchema, { ...schedule, review: '2026-09-01T01:00:00Z' })?.path).toBe('review');
  });
});
