/**
 * @jest-environment jsdom
 */
// The scoring sheet: per-criterion checks before anything is sent (in the server's words), the confirmation, the
// locked score and progress after it, a server refusal shown next to its criterion, and no form outside scoring.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { FakeFailure, installFakeCloud, type FakeHandler } from '@/cloud/testing/fake-cloud';
import { componentTestFrame, typeInto } from '@/cloud/testing/typing';
import { checkPoints, liveTotal, progressLine } from './score-form';
import { ScoringSheet } from './scoring-sheet';

jest.mock('@/components/navigation/navigation');

componentTestFrame();

const rubric = [
  { criterion: '技能水平', maxPoints: 40 },
  { criterion: '创新成果', maxPoints: 30 },
  { criterion: '传承贡献', maxPoints: 20 },
  { criterion: '职业道德', maxPoints: 10 },
];
const LABELS = ['技能水平（满分40）', '创新成果（满分30）', '传承贡献（满分20）', '职业道德（满分10）'];

const person = (id: string, name: string) => ({
  id,
  campaignId: 'c1',
  categoryId: 'k1',
  number: null,
  name,
  enterprise: '东城电力检修有限公司',
  trade: '变电检修工',
  deeds: '扎根一线二十年。',
  photoFileIds: [],
  honours: [],
});

function sheet(stage = 'scoring') {
  return {
    campaign: { id: 'c1', title: '2026年度东城区工匠', stage, rubric },
    candidates: [
      {
        ...person('c1.a', '周建国'),
        myScore: { points: [30, 20, 15, 8], total: 73, submittedAt: '2026-11-20T06:00:00.000Z' },
      },
      { ...person('c1.b', '李卫国'), myScore: null },
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

describe('score checks', () => {
  it('says what is wrong with each criterion in the server’s words', () => {
    expect(checkPoints(['41', '-1', '', 'x'], rubric)).toEqual({
      ok: false,
      errors: ['「技能水平」最高40分', '分数不能小于0', '请填写「传承贡献」的分数', '请填写数字，最多1位小数'],
    });
    expect(checkPoints(['40', '0', '19.5', '10'], rubric)).toEqual({ ok: true, points: [40, 0, 19.5, 10] });
    expect(liveTotal(['36', '', '17.5', 'x'])).toBe(53.5);
    expect(progressLine(3, 4)).toBe('已评 3/4 位，还差 1 位');
    expect(progressLine(4, 4)).toBe('已评 4/4 位，全部完成');
  });
});

describe('评分表', () => {
  it('shows the progress and a locked score, never a vote count', async () => {
    cloud();
    render(<ScoringSheet campaignId="c1" />);
    expect(await screen.findByText('已评 1/2 位，还差 1 位')).toBeTruthy();
    const locked = within(screen.getByLabelText('周建国', { selector: '[aria-label="周建国"]' }));
    expect(locked.getByText('✓ 已提交 · 合计 73 分')).toBeTruthy();
    expect(locked.getByText('技能水平 30 分，创新成果 20 分，传承贡献 15 分，职业道德 8 分')).toBeTruthy();
    expect(locked.getByText('11月20日 周五 14:00 提交，不能修改')).toBeTruthy();
    expect(screen.queryByText(/\d+ ?票/)).toBeNull();
    // One form: the unscored candidate's.
    expect(screen.getAllByText('提交评分')).toHaveLength(1);
  });

  it('refuses a score over a maximum next to its field, sending nothing', async () => {
    const calls = cloud();
    render(<ScoringSheet campaignId="c1" />);
    await screen.findByText('已评 1/2 位，还差 1 位');
    fill(['45', '20', '', '8']);
    expect(screen.getByText('合计：73 分（满分100分）')).toBeTruthy();
    await press('提交评分');
    expect(screen.getByText('「技能水平」最高40分')).toBeTruthy();
    expect(screen.getByText('请填写「传承贡献」的分数')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(calls.filter((call) => call.action === 'submitScore')).toHaveLength(0);
    // Correcting a field clears its message.
    typeInto(LABELS[0]!, '38');
    expect(screen.queryByText('「技能水平」最高40分')).toBeNull();
  });

  it('submits after the confirmation, then shows the score locked and the progress', async () => {
    const calls = cloud(() => ({ total: 84.5, submittedAt: '2026-11-22T06:30:00.000Z' }));
    render(<ScoringSheet campaignId="c1" />);
    await screen.findByText('已评 1/2 位，还差 1 位');
    fill(['36', '25.5', '15', '8']);
    await press('提交评分');
    const dialog = screen.getByRole('dialog', { name: '提交李卫国的评分' });
    expect(within(dialog).getByText('合计 84.5 分')).toBeTruthy();
    expect(within(dialog).getByText('评分提交后不能修改，请确认无误。')).toBeTruthy();
    await press('确认提交');
    expect(await screen.findByText('已评 2/2 位，全部完成')).toBeTruthy();
    expect(calls.find((call) => call.action === 'submitScore')?.input).toEqual({
      campaignId: 'c1',
      candidateId: 'c1.b',
      points: [36, 25.5, 15, 8],
    });
    expect(screen.getAllByText(/^✓ 已提交 · 合计/)).toHaveLength(2);
    expect(screen.getByText('11月22日 周日 14:30 提交，不能修改')).toBeTruthy();
    expect(screen.queryByText('提交评分')).toBeNull();
  });

  it('shows the server’s refusal next to the criterion it names', async () => {
    cloud(() => {
      throw new FakeFailure('INVALID_INPUT', '「创新成果」最高30分', 'points.1');
    });
    render(<ScoringSheet campaignId="c1" />);
    await screen.findByText('已评 1/2 位，还差 1 位');
    fill(['36', '25', '15', '8']);
    await press('提交评分');
    await press('确认提交');
    const message = await screen.findByText('「创新成果」最高30分');
    // The message sits in the 创新成果 field's frame.
    expect(message.closest('.jx-field')?.textContent).toContain('创新成果（满分30）');
    expect(screen.getByText('已评 1/2 位，还差 1 位')).toBeTruthy();
  });

  it('is read-only outside the scoring stage, saying why', async () => {
    cloud(undefined, 'result');
    render(<ScoringSheet campaignId="c1" />);
    expect(await screen.findByText('专家评审已结束（当前阶段：结果产生），评分已锁定，只能查看。')).toBeTruthy();
    expect(screen.queryByText('提交评分')).toBeNull();
    expect(screen.getByText('未评分')).toBeTruthy();
  });
});
