/**
 * @jest-environment jsdom
 */
// 拟定协议: the form checks with the action's own schema and the shared rules before anything is sent — a goal
// dated outside the term, a term longer than three years, a start before the pair formed are each named under their
// field and nothing goes; a valid agreement goes as typed, and the server's refusal of a field is shown under it.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FakeFailure, installFakeCloud, type SentCall } from '@/cloud/testing/fake-cloud';
import { componentTestFrame, pickIn, typeInto } from '@/cloud/testing/typing';
import type { PairDetail } from '@/shared/contracts/mentoring';
import { AgreementForm } from './agreement-form';

jest.mock('@/components/navigation/navigation');

// The clock stands at 2026-11-23 10:00 Beijing: a new agreement starts that day and ends on 2027-11-22.
componentTestFrame();

const pair: PairDetail = {
  apprenticeshipId: 'u-master.u-apprentice',
  masterId: 'u-master',
  masterName: '马振东',
  apprenticeId: 'u-apprentice',
  apprenticeName: '孔令辉',
  trade: 'welder',
  state: 'active',
  since: '2026-07-15T02:00:00.000Z',
  agreement: 'none',
  changeWaiting: false,
  lastCheck: null,
  nextDue: null,
  overdueDays: 0,
  ended: null,
  viewer: 'master',
  agreed: null,
  proposal: null,
  checks: [],
};

function cloud(propose: () => unknown): SentCall[] {
  return installFakeCloud({ mentoring: { proposeAgreement: propose } });
}

const sent = (calls: SentCall[]) => calls.filter((call) => call.action === 'proposeAgreement');

it('names a goal dated after the term under its date and sends nothing', async () => {
  const calls = cloud(() => pair);
  render(<AgreementForm pair={pair} onDone={jest.fn()} onCancel={jest.fn()} />);
  typeInto('带徒目标1', '独立完成压力容器对接焊');
  pickIn('目标1的完成日期', '2027-12-31');
  fireEvent.click(screen.getByText('提交给徒弟'));
  expect(await screen.findByText('目标日期须在带徒期限内')).toBeTruthy();
  expect(sent(calls)).toHaveLength(0);
});

it('names a term longer than three years and a start before the pair formed', async () => {
  const calls = cloud(() => pair);
  render(<AgreementForm pair={pair} onDone={jest.fn()} onCancel={jest.fn()} />);
  typeInto('带徒目标1', '独立完成压力容器对接焊');
  pickIn('开始日期', '2026-07-01');
  pickIn('结束日期', '2031-06-30');
  pickIn('目标1的完成日期', '2027-06-30');
  fireEvent.click(screen.getByText('提交给徒弟'));
  expect(await screen.findByText('带徒期限为1到3年，请调整结束日期')).toBeTruthy();
  expect(screen.getByText('开始日期不能早于结为师徒的日期')).toBeTruthy();
  expect(sent(calls)).toHaveLength(0);
});

it('sends a valid agreement with the default cadence and hands back the pair', async () => {
  const calls = cloud(() => pair);
  const onDone = jest.fn();
  render(<AgreementForm pair={pair} onDone={onDone} onCancel={jest.fn()} />);
  typeInto('带徒目标1', '  独立完成压力容器对接焊 ');
  pickIn('目标1的完成日期', '2027-06-30');
  fireEvent.click(screen.getByText('提交给徒弟'));
  await waitFor(() => expect(onDone).toHaveBeenCalled());
  const input = sent(calls)[0]!.input as Record<string, unknown>;
  expect(input).toMatchObject({
    apprenticeshipId: 'u-master.u-apprentice',
    term: { start: '2026-11-23', end: '2027-11-22' },
    cadence: { checkEveryMonths: 1, reviewEveryMonths: 3 },
    goals: [{ text: '独立完成压力容器对接焊', targetDate: '2027-06-30' }],
  });
});

it('shows the server refusal of a field under that field', async () => {
  cloud(() => {
    throw new FakeFailure('INVALID_INPUT', '开始日期最晚为90天后', 'term.start');
  });
  const onDone = jest.fn();
  render(<AgreementForm pair={pair} onDone={onDone} onCancel={jest.fn()} />);
  typeInto('带徒目标1', '独立完成压力容器对接焊');
  pickIn('目标1的完成日期', '2027-06-30');
  fireEvent.click(screen.getByText('提交给徒弟'));
  expect(await screen.findByText('开始日期最晚为90天后')).toBeTruthy();
  expect(onDone).not.toHaveBeenCalled();
});
