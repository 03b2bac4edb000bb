/**
 * @jest-environment jsdom
 */
// The scoring sheet: one candidate at a time with their material and the rubric's guides, 上一位 / 下一位 and a list
// to jump; per-criterion checks before anything is sent (in the server's words), a running total of the valid
// entries only, the confirmation, the locked score and a move to the next unscored candidate after it, a server
// refusal next to its criterion, and before scoring opens, when it opens instead of a form.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { FakeFailure, installFakeCloud, type FakeHandler } from '@/cloud/testing/fake-cloud';
import { componentTestFrame, typeInto } from '@/cloud/testing/typing';
import {
  barTotal,
  checkPoints,
  nextUnscored,
  progressLine,
  runningTotal,
  sheetOrder,
  startingIndex,
  totalLine,
} from './score-form';
import { ScoringSheet } from './scoring-sheet';

jest.mock('@/components/navigation/navigation');
jest.mock('@/platform/scroll-to');

componentTestFrame();

const rubric = [
  { criterion: '技能水平', maxPoints: 40, high: '解决过关键技术难题', low: '没有技术难题的实例' },
  { criterion: '创新成果', maxPoints: 30, high: '有专利并已推广应用', low: '没有创新成果' },
  // A criterion from before the guides: none shown, nothing breaks.
  { criterion: '传承贡献', maxPoints: 20 },
  { criterion: '职业道德', maxPoints: 10 },
];
const LABELS = ['技能水平（满分40）', '创新成果（满分30）', '传承贡献（满分20）', '职业道德（满分10）'];

const person = (id: string, name: string, number: number | null = null) => ({
  id,
  campaignId: 'c1',
  categoryId: 'k1',
  number,
  name,
  enterprise: '东城电力检修有限公司',
  trade: '变电检修工',
  deeds: `${name}扎根一线二十年。`,
  photoFileIds: [],
  honours: [],
});

function sheet(stage = 'scoring') {
  return {
    campaign: { id: 'c1', title: '2026年度东城区工匠', stage, scoringStartsAt: '2026-12-05T00:00:00+08:00', rubric },
    // Not in 编号 order, as the function may answer: the sheet orders them.
    candidates: [
      { ...person('c1.c', '王芳', 3), myScore: null },
      {
        ...person('c1.a', '周建国', 1),
        myScore: { points: [30, 20, 15, 8], total: 73, submittedAt: '2026-11-20T06:00:00.000Z' },
      },
      { ...person('c1.b', '李卫国', 2), myScore: null },
    ],
  };
}

function cloud(
  submitScore: FakeHandler = () => ({ total: 0, submittedAt: '2026-11-22T06:30:00.000Z' }),
  stage?: string,
) {
  return installFakeCloud({ selection: { scoringSheet: () => sheet(stage), submitScore } });
}

function fill(values: string[]) {
  values.forEach((value, i) => typeInto(LABELS[i]!, value));
}

async function press(text: string) {
  await act(async () => {
    fireEvent.click(screen.getByText(text));
  });
}

/** The candidate shown: their card is labelled with their name. */
const shown = (name: string) => screen.getByLabelText(name, { selector: `[aria-label="${name}"]` });

describe('score checks', () => {
  it('says what is wrong with each criterion in the server’s words', () => {
    expect(checkPoints(['41', '-1', '', 'x'], rubric)).toEqual({
      ok: false,
      errors: ['「技能水平」最高40分', '分数不能小于0', '请填写「传承贡献」的分数', '请填写数字，最多1位小数'],
    });
    expect(checkPoints(['40', '0', '19.5', '10'], rubric)).toEqual({ ok: true, points: [40, 0, 19.5, 10] });
  });

  it('totals only the entries the rule takes: empty, over the maximum, two decimals or not a number add nothing', () => {
    expect(runningTotal(['36', '', '17.5', 'x'], rubric)).toEqual({ total: 53.5, counted: 2 });
    expect(runningTotal(['45', '25.5', '12.25', '8'], rubric)).toEqual({ total: 33.5, counted: 2 });
    expect(runningTotal(['0.1', '0.2', '', ''], rubric)).toEqual({ total: 0.3, counted: 2 });
    expect(runningTotal(['40', '30', '20', '10'], rubric)).toEqual({ total: 100, counted: 4 });
    expect(totalLine({ total: 33.5, counted: 2 }, 4)).toBe('合计：33.5 分（满分100分），已计入2/4项');
    expect(totalLine({ total: 100, counted: 4 }, 4)).toBe('合计：100 分（满分100分）');
    expect(barTotal({ total: 33.5, counted: 2 }, 4)).toBe('合计 33.5 分（已计入2/4项）');
    expect(barTotal({ total: 100, counted: 4 }, 4)).toBe('合计 100 分');
  });

  it('words the progress, and before scoring opens says when instead of how many are left', () => {
    expect(progressLine(3, 4)).toBe('已评 3/4 位，还差 1 位');
    expect(progressLine(4, 4)).toBe('已评 4/4 位，全部完成');
    expect(progressLine(0, 4, '12月5日 周六 00:00')).toBe('已评 0/4 位，12月5日 周六 00:00开始评分');
    expect(progressLine(0, 0, '12月5日 周六 00:00')).toBe('还没有候选人');
  });
});

describe('moving through the candidates', () => {
  const list = (...scored: boolean[]) => scored.map((done, i) => ({ id: `c${i}`, scored: done }));

  it('goes by 编号, those without one after them by name', () => {
    const names = sheetOrder([
      { number: 3, name: '王芳' },
      { number: null, name: '周建国' },
      { number: 1, name: '李卫国' },
      { number: null, name: '陈晓东' },
      { number: 2, name: '赵强' },
    ]).map((candidate) => candidate.name);
    expect(names).toEqual(['李卫国', '赵强', '王芳', '陈晓东', '周建国']);
  });

  it('starts at the linked candidate, else the first not yet scored, else the first', () => {
    expect(startingIndex(list(true, false, false), 'c2')).toBe(2);
    expect(startingIndex(list(true, false, false), 'gone')).toBe(1);
    expect(startingIndex(list(true, false, false))).toBe(1);
    expect(startingIndex(list(true, true))).toBe(0);
    expect(startingIndex([])).toBe(0);
  });

  it('after a submit goes on to the next unscored, wrapping round to those skipped, and stops when none is left', () => {
    expect(nextUnscored(list(true, true, false, false), 1)).toBe(2);
    expect(nextUnscored(list(false, true, true, true), 2)).toBe(0);
    expect(nextUnscored(list(true, false, true), 2)).toBe(1);
    expect(nextUnscored(list(true, true, true), 1)).toBeNull();
  });
});

describe('评分表', () => {
  it('opens at the first candidate still to score, with material, the guides and the decimals rule', async () => {
    cloud();
    render(<ScoringSheet campaignId="c1" />);
    const progress = await screen.findByRole('status', { name: '评分进度' });
    expect(within(progress).getByText('已评 1/3 位，还差 2 位')).toBeTruthy();
    expect(within(progress).getByText('第 2/3 位：李卫国')).toBeTruthy();
    const card = within(shown('李卫国'));
    expect(card.getByText('002号 李卫国')).toBeTruthy();
    expect(card.getByText('李卫国扎根一线二十年。')).toBeTruthy();
    expect(card.getByText('高分：解决过关键技术难题')).toBeTruthy();
    expect(card.getByText('低分：没有创新成果')).toBeTruthy();
    // One candidate at a time: the others' material is not on the page.
    expect(screen.queryByText('王芳扎根一线二十年。')).toBeNull();
    expect(screen.getByText(/每项可填0到该项满分之间的整数或1位小数，如 17\.5 分/)).toBeTruthy();
    expect(screen.queryByText(/\d+ ?票/)).toBeNull();
    expect(screen.getAllByText('提交评分')).toHaveLength(1);
  });

  it('steps with 上一位 / 下一位 and jumps from the list; a scored one shows its locked score', async () => {
    cloud();
    render(<ScoringSheet campaignId="c1" />);
    await screen.findByText('第 2/3 位：李卫国');
    await press('上一位');
    const locked = within(shown('周建国'));
    expect(locked.getByText('✓ 已提交 · 合计 73 分')).toBeTruthy();
    expect(locked.getByText('技能水平 30 分，创新成果 20 分，传承贡献 15 分，职业道德 8 分')).toBeTruthy();
    expect(locked.getByText('11月20日 周五 14:00 提交，不能修改')).toBeTruthy();
    expect(screen.queryByText('提交评分')).toBeNull();
    // Only the steps there are: none before the first, none after the last.
    expect(screen.queryByText('上一位')).toBeNull();
    await press('下一位');
    await press('下一位');
    expect(screen.getByText('第 3/3 位：王芳')).toBeTruthy();
    expect(screen.queryByText('下一位')).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByLabelText('第1位 周建国，已评'));
    });
    expect(screen.getByText('第 1/3 位：周建国 · 已评')).toBeTruthy();
  });

  it('opens at a linked candidate (?candidate=)', async () => {
    cloud();
    render(<ScoringSheet campaignId="c1" candidateId="c1.c" />);
    expect(await screen.findByText('第 3/3 位：王芳')).toBeTruthy();
  });

  it('marks a wrong entry as it is typed and leaves it out of the total; submitting sends nothing', async () => {
    const calls = cloud();
    render(<ScoringSheet campaignId="c1" />);
    await screen.findByText('第 2/3 位：李卫国');
    fill(['45', '20', '', '8']);
    expect(screen.getByText('「技能水平」最高40分')).toBeTruthy();
    expect(screen.getByText('合计：28 分（满分100分），已计入2/4项')).toBeTruthy();
    // The sticky bar carries the same total, in view whatever the scroll.
    expect(
      within(screen.getByRole('status', { name: '评分进度' })).getByText('· 合计 28 分（已计入2/4项）'),
    ).toBeTruthy();
    await press('提交评分');
    expect(screen.getByText('请填写「传承贡献」的分数')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(calls.filter((call) => call.action === 'submitScore')).toHaveLength(0);
    // Correcting a field clears its message and counts it.
    typeInto(LABELS[0]!, '38');
    expect(screen.queryByText('「技能水平」最高40分')).toBeNull();
    expect(screen.getByText('合计：66 分（满分100分），已计入3/4项')).toBeTruthy();
  });

  it('keeps what was typed for a candidate while the expert looks at another', async () => {
    cloud();
    render(<ScoringSheet campaignId="c1" />);
    await screen.findByText('第 2/3 位：李卫国');
    fill(['36', '25']);
    await press('下一位');
    expect(screen.getByText('合计：0 分（满分100分），已计入0/4项')).toBeTruthy();
    await press('上一位');
    expect(screen.getByText('合计：61 分（满分100分），已计入2/4项')).toBeTruthy();
  });

  it('submits after the confirmation, locks the score and moves on to the next candidate to score', async () => {
    const calls = cloud(() => ({ total: 84.5, submittedAt: '2026-11-22T06:30:00.000Z' }));
    render(<ScoringSheet campaignId="c1" />);
    await screen.findByText('第 2/3 位：李卫国');
    fill(['36', '25.5', '15', '8']);
    await press('提交评分');
    const dialog = screen.getByRole('dialog', { name: '提交李卫国的评分' });
    expect(within(dialog).getByText('合计 84.5 分')).toBeTruthy();
    expect(within(dialog).getByText('评分提交后不能修改，请确认无误。')).toBeTruthy();
    await press('确认提交');
    expect(await screen.findByText('已评 2/3 位，还差 1 位')).toBeTruthy();
    expect(calls.find((call) => call.action === 'submitScore')?.input).toEqual({
      campaignId: 'c1',
      candidateId: 'c1.b',
      points: [36, 25.5, 15, 8],
    });
    expect(screen.getByText('✓ 已提交李卫国的评分：84.5 分，下面是王芳')).toBeTruthy();
    expect(screen.getByText('第 3/3 位：王芳')).toBeTruthy();
    await press('上一位');
    expect(within(shown('李卫国')).getByText('11月22日 周日 14:30 提交，不能修改')).toBeTruthy();
  });

  it('stays with the last candidate scored when none is left, showing the score locked', async () => {
    const done = { points: [30, 20, 15, 8], total: 73, submittedAt: '2026-11-20T06:00:00.000Z' };
    const base = sheet();
    installFakeCloud({
      selection: {
        scoringSheet: () => ({
          ...base,
          candidates: base.candidates.map((c) => (c.name === '李卫国' ? c : { ...c, myScore: done })),
        }),
        submitScore: () => ({ total: 84.5, submittedAt: '2026-11-22T06:30:00.000Z' }),
      },
    });
    render(<ScoringSheet campaignId="c1" />);
    await screen.findByText('第 2/3 位：李卫国');
    fill(['36', '25.5', '15', '8']);
    await press('提交评分');
    await press('确认提交');
    expect(await screen.findByText('已评 3/3 位，全部完成')).toBeTruthy();
    expect(screen.getByText('第 2/3 位：李卫国 · 已评')).toBeTruthy();
    expect(within(shown('李卫国')).getByText('✓ 已提交 · 合计 84.5 分')).toBeTruthy();
  });

  it('shows the server’s refusal next to the criterion it names', async () => {
    cloud(() => {
      throw new FakeFailure('INVALID_INPUT', '「创新成果」最高30分', 'points.1');
    });
    render(<ScoringSheet campaignId="c1" />);
    await screen.findByText('第 2/3 位：李卫国');
    fill(['36', '25', '15', '8']);
    await press('提交评分');
    await press('确认提交');
    const message = await screen.findByText('「创新成果」最高30分');
    // The message sits in the 创新成果 field's frame.
    expect(message.closest('.jx-field')?.textContent).toContain('创新成果（满分30）');
    expect(screen.getByText('已评 1/3 位，还差 2 位')).toBeTruthy();
  });

  it('before scoring opens says when it opens, shows material and guides, and takes no score', async () => {
    cloud(undefined, 'voting');
    render(<ScoringSheet campaignId="c1" />);
    expect(await screen.findByText('已评 1/3 位，12月5日 周六 00:00开始评分')).toBeTruthy();
    expect(screen.queryByText(/还差/)).toBeNull();
    expect(
      screen.getByText(
        '专家评审将于12月5日 周六 00:00开始（当前阶段：公众投票），现在可以先看候选人材料和评分细则，开始后再评分。',
      ),
    ).toBeTruthy();
    expect(within(shown('李卫国')).getByText('高分：解决过关键技术难题')).toBeTruthy();
    expect(screen.queryByText('提交评分')).toBeNull();
  });

  it('is read-only after scoring, saying why', async () => {
    cloud(undefined, 'result');
    render(<ScoringSheet campaignId="c1" />);
    expect(await screen.findByText('专家评审已结束（当前阶段：结果产生），评分已锁定，只能查看。')).toBeTruthy();
    expect(screen.queryByText('提交评分')).toBeNull();
    expect(screen.getByText('未评分')).toBeTruthy();
  });
});
