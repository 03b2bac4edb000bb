// The campaign form and createCampaign agree: whatever is typed, the form lets it through exactly when the
// function (which parses with the same contract schema) would take what the form sends.
import * as fc from 'fast-check';
import { selectionContract } from '@/shared/contracts/selection';
import { scheduledStages, type ScheduledStage } from '@/shared/selection/stages';
import { beijingDay } from '@/shared/time/beijing';
import {
  campaignFieldLabel,
  categoryRow,
  checkCampaignForm,
  defaultCampaignForm,
  pickBallotMode,
  rubricRow,
  toCreateInput,
  type CampaignFormValues,
} from './campaign-form';

const NOW = new Date('2026-03-01T04:00:00Z');
const CITY = { id: 'org-city', name: '示范市总工会' };
const createCampaign = selectionContract.actions.createCampaign.input;

/** Mostly what a person would type, sometimes anything: so both sides of the agreement are reached. */
const mostly = <T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: usual, weight: 12 }, { arbitrary: odd, weight: 1 });

const oddText = fc.oneof(
  fc.constantFrom('', ' ', '1.5', '-1', '1e1', '0x10', '０５', '0005', ' 7 ', 'abc'),
  fc.string({ maxLength: 6 }),
);
const countText = (min: number, max: number) => mostly(fc.integer({ min, max }).map(String), oddText);
const hanzi = (min: number, max: number) =>
  fc.string({
    unit: fc.constantFrom('工', '匠', '制', '造', '业', '服', '务', '2', '年'),
    minLength: min,
    maxLength: max,
  });
const text = (min: number, max: number) =>
  mostly(
    hanzi(min, max),
    fc.oneof(
      hanzi(0, max + 5),
      fc.constant('  '),
      hanzi(min, max).map((s) => ` ${s} `),
    ),
  );

const dayText = (offset: number) => {
  const [y, m, d] = [2026, 2, 2 + offset];
  return new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);
};
const schedule = fc
  .tuple(...scheduledStages.map(() => mostly(fc.integer({ min: 1, max: 10 }), fc.integer({ min: -5, max: 3 }))))
  .chain((steps) => {
    let at = 0;
    const days = steps.map((step) => (at += step)).map(dayText);
    return fc.tuple(
      ...days.map((day) =>
        mostly(fc.constant(day), fc.constantFrom('2026-02-30', '2026-3-4', '', '2026/03/04', day)),
      ),
    );
  })
  .map(
    (days) =>
      Object.fromEntries(scheduledStages.map((stage, i) => [stage, days[i]!])) as Record<ScheduledStage, string>,
  );

/** What earns high or low points: nearly always a guide a person would write, now and then anything. */
const guide = fc.oneof({ arbitrary: hanzi(4, 120), weight: 40 }, { arbitrary: text(0, 125), weight: 1 });

const rubricAddingTo100 = fc
  .integer({ min: 1, max: 10 })
  .chain((n) => fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: n - 1, maxLength: n - 1 }))
  .map((cuts) => {
    const bounds = [0, ...[...cuts].sort((a, b) => a - b), 100];
    return bounds.slice(1).map((end, i) => end - bounds[i]!);
  })
  .chain((points) =>
    fc.tuple(
      ...points.map((p) => fc.tuple(text(2, 30), mostly(fc.constant(String(p)), countText(0, 120)), guide, guide)),
    ),
  )
  .map((rows) => rows.map(([criterion, maxPoints, high, low]) => rubricRow(criterion, maxPoints, high, low)));
const anyRubric = fc
  .array(fc.tuple(text(2, 30), countText(1, 100), text(0, 125), text(0, 125)), { maxLength: 11 })
  .map((rows) => rows.map(([criterion, maxPoints, high, low]) => rubricRow(criterion, maxPoints, high, low)));

const categories = fc
  .array(
    fc.tuple(
      mostly(fc.constantFrom('制造业', '服务业', '建筑业', '交通运输', '信息技术'), text(2, 20)),
      countText(1, 100),
    ),
    { maxLength: 11 },
  )
  .map((rows) => rows.map(([name, places]) => categoryRow(name, places)));

const formValues: fc.Arbitrary<CampaignFormValues> = fc
  .record({
    orgId: mostly(fc.constant<string | null>('org-city'), fc.constantFrom<string | null>(null, '', ' ')),
    title: text(4, 40),
    description: mostly(hanzi(0, 60), hanzi(495, 510)),
    coverImage: mostly(
      fc.constantFrom('', 'cloud://env.bucket/campaign-cover/u1/cover.jpg'),
      fc.constantFrom('x', 'https://example.com/a.jpg'),
    ),
    categories: mostly(
      categories.filter((rows) => rows.length >= 1 && rows.length <= 3),
      categories,
    ),
    schedule,
    votesPerDay: countText(1, 10),
    ballotMode: fc.constantFrom<'single' | 'ballot'>('single', 'ballot'),
    ballotSize: countText(2, 10),
    countsVisibility: fc.constantFrom('live', 'hidden', 'daily') as fc.Arbitrary<
      CampaignFormValues['countsVisibility']
    >,
    dailyPublishAt: mostly(
      fc.constantFrom('20:00', '08:30', '23:59'),
      fc.constantFrom('24:00', '9:00', '', '20：00'),
    ),
    publicWeight: countText(0, 100),
    rubric: mostly(rubricAddingTo100, anyRubric),
  })
  .map((values) => ({ ...defaultCampaignForm(NOW), ...values }));

describe('the campaign form and createCampaign', () => {
  it('accept exactly the same campaigns (1000 generated forms)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(formValues, (values) => {
        const formSays = Object.keys(checkCampaignForm(values, NOW)).length === 0;
        const functionSays = createCampaign.safeParse(toCreateInput(values)).success;
        if (formSays) accepted++;
        expect(formSays).toBe(functionSays);
      }),
      { numRuns: 1000 },
    );
    // Both sides of the agreement were reached, not only refusals.
    expect(accepted).toBeGreaterThan(20);
  });

  it('names the function’s field for a repeated category name, and the function refuses it too', () => {
    const values = { ...defaultCampaignForm(NOW, CITY), title: '2026年度示范市工匠' };
    values.categories = [categoryRow('制造业', '3'), categoryRow(' 制造业', '2')];
    expect(checkCampaignForm(values, NOW)).toEqual({ 'categories.1.name': '类别名称不能重复' });
    const parsed = createCampaign.safeParse(toCreateInput(values));
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'))).toEqual([
      'categories.1.name',
    ]);
  });

  it('shows the rubric’s total beside a wrong row, as before', () => {
    const values = { ...defaultCampaignForm(NOW, CITY), title: '2026年度示范市工匠' };
    values.categories = [categoryRow('制造业', '3')];
    values.rubric = [rubricRow('技能水平', '50', '解决过关键技术难题', '没有技术难题的实例'), rubricRow('创', '30')];
    expect(checkCampaignForm(values, NOW)).toEqual({
      'rubric.1.criterion': '请填写评分项（2到30个字）',
      'rubric.1.high': '请写明怎样得高分（4到120个字）',
      'rubric.1.low': '请写明怎样得低分（4到120个字）',
      rubric: '各项满分之和须为100分，现在是80分',
    });
  });

  it('starts from four criteria that each say what earns high and low points, which the function takes', () => {
    const values = { ...defaultCampaignForm(NOW, CITY), title: '2026年度示范市工匠' };
    values.categories = [categoryRow('制造业', '3')];
    expect(values.rubric.map((row) => [row.criterion, row.maxPoints])).toEqual([
      ['技能水平', '40'],
      ['创新成果', '30'],
      ['传承贡献', '20'],
      ['职业道德', '10'],
    ]);
    expect(values.rubric.every((row) => row.high.length >= 4 && row.low.length >= 4)).toBe(true);
    expect(checkCampaignForm(values, NOW)).toEqual({});
    expect(createCampaign.safeParse(toCreateInput(values)).success).toBe(true);
  });
});

describe('a fresh form', () => {
  // Beijing is UTC+8: 2026-12-31T16:30Z is already 1 January 2027 there, the night the year turns.
  const nows = [
    NOW,
    new Date('2026-12-31T15:30:00Z'), // New Year's Eve, 23:30 in Beijing
    new Date('2026-12-31T16:30:00Z'), // 00:30 on New Year's Day in Beijing
    new Date('2027-02-05T12:00:00Z'), // Spring Festival's eve (除夕) 2027, in its 放假
    new Date('2027-02-16T01:00:00Z'), // the 调休 weekend after it
    new Date('2026-06-30T23:59:59Z'),
  ];

  it.each(nows.map((now) => [now.toISOString(), now] as const))(
    'made at %s passes createCampaign’s own schema as it stands, dates in order from tomorrow',
    (_, now) => {
      const values = defaultCampaignForm(now, CITY);
      const parsed = createCampaign.safeParse(toCreateInput(values));
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      expect(checkCampaignForm(values, now)).toEqual({});
      // Every stage starts after today in Beijing, so none begins the moment it is created.
      for (const stage of scheduledStages) expect(values.schedule[stage] > beijingDay(now)).toBe(true);
      // The title is the campaign's own year, never a fixed one.
      expect(values.title).toBe(`${values.schedule.nomination.slice(0, 4)}年度示范市工匠`);
    },
  );

  it('titles the campaign with the year of its dates: made on New Year’s Eve, it is the coming year’s', () => {
    expect(defaultCampaignForm(new Date('2026-12-31T15:30:00Z'), CITY).title).toBe('2027年度示范市工匠');
    expect(defaultCampaignForm(NOW, { id: 'd', name: '东城区总工会' }).title).toBe('2026年度东城区工匠');
  });

  it('switched to a K-pick ballot still passes: the ballot is no larger than the daily votes', () => {
    for (const votesPerDay of ['2', '3', '4', '5', '8', '10']) {
      const values = { ...defaultCampaignForm(NOW, CITY), votesPerDay };
      const ballot = { ...values, ...pickBallotMode(values, 'ballot') };
      expect(Number(ballot.ballotSize)).toBeLessThanOrEqual(Number(votesPerDay));
      expect(checkCampaignForm(ballot, NOW)).toEqual({});
    }
    // A size typed earlier that still fits is kept.
    const values = { ...defaultCampaignForm(NOW, CITY), votesPerDay: '8', ballotSize: '6' };
    expect(pickBallotMode(values, 'ballot')).toEqual({ ballotMode: 'ballot', ballotSize: '6' });
  });

  it('gives a date’s example in the campaign’s own year', () => {
    const values = defaultCampaignForm(new Date('2027-03-01T04:00:00Z'), CITY);
    values.schedule = { ...values.schedule, voting: '2027/4/1' };
    expect(checkCampaignForm(values, NOW)['schedule.voting']).toBe('请按“2027-05-01”的格式填写日期');
  });
});

describe('the error list’s names', () => {
  it('name each field as the form labels it', () => {
    expect(campaignFieldLabel('title')).toBe('活动名称');
    expect(campaignFieldLabel('description')).toBe('活动简介');
    expect(campaignFieldLabel('categories.1.name')).toBe('类别2名称');
    expect(campaignFieldLabel('categories.0.places')).toBe('类别1名额');
    expect(campaignFieldLabel('schedule.publicity')).toBe('公示开始日期');
    expect(campaignFieldLabel('rules.ballotSize')).toBe('每张选票人数');
    expect(campaignFieldLabel('rubric.2.maxPoints')).toBe('评分项3满分');
    expect(campaignFieldLabel('rubric')).toBe('评分细则');
  });
});
