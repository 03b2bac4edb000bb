/**
 * @jest-environment jsdom
 */
// 成绩录入 in a wide window: the rule stated, inputs only for who checked in, a bad score named by line and field
// before anything is sent, a save of the changed lines only, a refusal by path put on its line, and 发布成绩 after
// the confirmation freezing the sheet, with 更正 (a reason) the only way left to change a score.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { FakeFailure, installFakeCloud, type FakeHandler } from '@/cloud/testing/fake-cloud';
import { componentTestFrame, typeInto } from '@/cloud/testing/typing';
import type { ContestView, ResultRow, ResultsView } from '@/shared/contracts/contest';
import { ScoreSheet } from './score-sheet';

jest.mock('@/components/navigation/navigation');

componentTestFrame();

// A wide window (PC WeChat): jsdom has no layout, so the root element is given a width.
beforeEach(() => {
  Object.defineProperty(document.documentElement, 'clientWidth', { configurable: true, value: 1280 });
});
afterEach(() => {
  Object.defineProperty(document.documentElement, 'clientWidth', { configurable: true, value: 0 });
});

const contest: ContestView = {
  contestId: 'c1',
  title: '精工机械岗位练兵：数控车工技能比武',
  level: 'enterprise',
  trade: 'cnc_lathe_operator',
  description: '',
  venue: '一号车间',
  poster: null,
  posterHold: null,
  schedule: {
    opensAt: '2026-11-01T09:00:00+08:00',
    closesAt: '2026-11-15T18:00:00+08:00',
    cancelBy: '2026-11-15T18:00:00+08:00',
    day: '2026-11-21',
  },
  phase: 'over',
  entry: { kind: 'individual', teamMin: 1, teamMax: 1 },
  capacity: 20,
  placesLeft: 17,
  waiting: 0,
  review: false,
  weighting: { theory: 30, practical: 70 },
  awards: 1,
  eligibility: { age: null, trades: [], orgIds: [], frontlineOnly: false, excludedHonours: [] },
  rules: [],
  fields: [],
  organiser: { orgId: 'org-jinggong', name: '精工机械工会' },
  published: false,
  mine: null,
  verdict: null,
};

function row(entryId: string, name: string, scores: [number, number] | null, absent = false): ResultRow {
  const total = scores ? Math.round((scores[0] * 0.3 + scores[1] * 0.7) * 10) / 10 : null;
  return {
    entryId,
    name,
    orgName: '精工机械',
    checkedIn: !absent,
    absent,
    result: { theory: scores?.[0] ?? null, practical: scores?.[1] ?? null, total, rank: null, awarded: false },
  };
}

function sheet(rows: ResultRow[], published = false): ResultsView {
  return {
    contestId: 'c1',
    title: contest.title,
    rule: '总分 = 理论 × 30% + 实操 × 70%，四舍五入保留一位小数',
    awards: 1,
    published,
    publishedAt: published ? '2026-11-23T02:00:00.000Z' : null,
    rows,
  };
}

const fresh = () => sheet([row('e1', '陈晓东', null), row('e2', '周立新', null), row('e3', '郑国强', null, true)]);

function cloud(handlers: Record<string, FakeHandler> = {}) {
  return installFakeCloud({
    contest: {
      staffContest: () => ({ contest, counts: { confirmed: 2, pending: 0, waitlisted: 0, checkedIn: 2 } }),
      scoreSheet: fresh,
      ...handlers,
    },
  });
}

async function press(text: string | RegExp) {
  await act(async () => {
    fireEvent.click(screen.getByText(text));
  });
}

it('states the rule and offers inputs only to contestants who checked in', async () => {
  cloud();
  render(<ScoreSheet contestId="c1" />);
  expect(await screen.findByText('总分 = 理论 × 30% + 实操 × 70%，四舍五入保留一位小数')).toBeTruthy();
  expect(screen.getByText('前1名获奖；总分相同名次并列，下一名次顺延，并列在获奖名次上的都获奖。')).toBeTruthy();
  expect(screen.getAllByLabelText('陈晓东理论成绩').length).toBeGreaterThan(0);
  expect(screen.queryAllByLabelText('郑国强理论成绩')).toHaveLength(0);
  expect(within(screen.getByRole('row', { name: '郑国强' })).getByText('缺考')).toBeTruthy();
});

it('names a bad score by line and field and sends nothing', async () => {
  const calls = cloud();
  render(<ScoreSheet contestId="c1" />);
  await screen.findByText('成绩录入：精工机械岗位练兵：数控车工技能比武');
  typeInto('周立新理论成绩', '120');
  await press(/^保存成绩/);
  expect(screen.getByText('第2行 周立新 理论：分数在0到100之间')).toBeTruthy();
  expect(calls.filter((call) => call.action === 'saveScores')).toHaveLength(0);
});

it('saves only the changed lines and shows the totals and places the function answers', async () => {
  const calls = cloud({
    saveScores: () =>
      sheet([row('e2', '周立新', [90, 80]), row('e1', '陈晓东', null), row('e3', '郑国强', null, true)]),
  });
  render(<ScoreSheet contestId="c1" />);
  await screen.findByText('成绩录入：精工机械岗位练兵：数控车工技能比武');
  typeInto('周立新理论成绩', '90');
  typeInto('周立新实操成绩', '80');
  // The total and place as typed, before saving: 90 × 30% + 80 × 70% = 83.
  expect(within(screen.getByRole('row', { name: '周立新' })).getByText('83分')).toBeTruthy();
  await press('保存成绩（1位）');
  expect(await screen.findByText('✓ 已保存 1 位选手的成绩')).toBeTruthy();
  expect(calls.find((call) => call.action === 'saveScores')?.input).toEqual({
    contestId: 'c1',
    lines: [{ entryId: 'e2', theory: 90, practical: 80 }],
  });
  expect(within(screen.getByRole('row', { name: '周立新' })).getByText('第1名 · 获奖')).toBeTruthy();
});

it('puts a refusal the function names by path on its line', async () => {
  cloud({
    saveScores: () => {
      throw new FakeFailure('CONFLICT', '字段 lines.0.entryId：陈晓东未签到，不能录入成绩', 'lines.0.entryId');
    },
  });
  render(<ScoreSheet contestId="c1" />);
  await screen.findByText('成绩录入：精工机械岗位练兵：数控车工技能比武');
  typeInto('陈晓东理论成绩', '88');
  await press(/^保存成绩/);
  expect(await screen.findByText('第1行 陈晓东 选手：陈晓东未签到，不能录入成绩')).toBeTruthy();
});

it('publishes after the confirmation, then takes changes only as a correction with a reason', async () => {
  const scored = [row('e1', '陈晓东', [95, 95]), row('e2', '周立新', [90, 80]), row('e3', '郑国强', null, true)];
  const calls = cloud({
    scoreSheet: () => sheet(scored),
    publishResults: () => sheet(scored, true),
    correctScore: () => sheet([scored[0]!, row('e2', '周立新', [90, 85]), scored[2]!], true),
  });
  render(<ScoreSheet contestId="c1" />);
  await screen.findByText('成绩录入：精工机械岗位练兵：数控车工技能比武');
  await press('发布成绩');
  expect(screen.getByRole('dialog', { name: '发布成绩' })).toBeTruthy();
  await press('确认发布');
  expect(await screen.findByText('✓ 成绩已发布，选手可以查看排名')).toBeTruthy();
  expect(screen.queryAllByLabelText('陈晓东理论成绩')).toHaveLength(0);
  expect(screen.queryByText(/^保存成绩/)).toBeNull();

  await press('更正周立新');
  typeInto('实操成绩', '85');
  await press('确认更正');
  expect(screen.getByText('请填写更正原因（至少2个字）')).toBeTruthy();
  typeInto('更正原因', '复核评分表');
  await press('确认更正');
  expect(await screen.findByText('✓ 已更正周立新的成绩')).toBeTruthy();
  expect(calls.find((call) => call.action === 'correctScore')?.input).toEqual({
    entryId: 'e2',
    theory: 90,
    practical: 85,
    reason: '复核评分表',
  });
  expect(within(screen.getByRole('row', { name: '周立新' })).getByText('86.5分')).toBeTruthy();
});

it('lists a team contest by team, its members where a unit would be', async () => {
  const teams: ResultsView = {
    ...sheet([{ ...row('tm1', '焊花突击队', null), orgName: '吴振华、周建国' }]),
    teams: true,
  };
  cloud({ scoreSheet: () => teams });
  render(<ScoreSheet contestId="c1" />);
  expect(await screen.findByRole('columnheader', { name: '队名' })).toBeTruthy();
  expect(screen.getByRole('columnheader', { name: '队员' })).toBeTruthy();
  expect(within(screen.getByRole('row', { name: '焊花突击队' })).getByText('吴振华、周建国')).toBeTruthy();
  expect(screen.getAllByLabelText('焊花突击队理论成绩').length).toBeGreaterThan(0);
});
