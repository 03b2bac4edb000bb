/**
 * @jest-environment jsdom
 */
// A pair's page as each side uses it: the master records a check (a missing percent or a future day is named under
// its field and nothing is sent; a valid one goes with each agreed goal's progress), the apprentice agrees to the
// version they read, 出师考核 asks for a grade and comment and tells what 不合格 leaves, and a held goal reads 审核中
// to the apprentice.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { installFakeCloud, type SentCall } from '@/cloud/testing/fake-cloud';
import { componentTestFrame, pickIn, typeInto } from '@/cloud/testing/typing';
import type { AgreementView, PairDetail } from '@/shared/contracts/mentoring';
import { AgreementCard } from './agreement-card';
import { ChecksCard } from './checks-card';
import { GraduateCard } from './graduate';

jest.mock('@/components/navigation/navigation');

// 2026-11-23 10:00 Beijing.
componentTestFrame();

const agreement: AgreementView = {
  version: 2,
  goals: [
    { goalId: 'goal-aaaaaaaa', text: '独立完成对接焊', held: false, targetDate: '2027-03-01' },
    { goalId: 'goal-bbbbbbbb', text: '取得高级工证书', held: false, targetDate: '2027-06-01' },
  ],
  term: { start: '2026-08-01', end: '2027-07-31' },
  cadence: { checkEveryMonths: 1, reviewEveryMonths: 3 },
  proposedAt: '2026-08-01T02:00:00.000Z',
  confirmedAt: '2026-08-02T02:00:00.000Z',
};

const pair: PairDetail = {
  apprenticeshipId: 'u-master.u-apprentice',
  masterId: 'u-master',
  masterName: '马振东',
  apprenticeId: 'u-apprentice',
  apprenticeName: '孔令辉',
  trade: 'welder',
  state: 'active',
  since: '2026-07-15T02:00:00.000Z',
  agreement: 'agreed',
  changeWaiting: false,
  lastCheck: null,
  nextDue: { day: '2026-09-01', kind: 'check' },
  overdueDays: 83,
  ended: null,
  viewer: 'master',
  agreed: agreement,
  proposal: null,
  checks: [],
};

function cloud(): SentCall[] {
  return installFakeCloud({
    mentoring: { recordCheck: () => pair, confirmAgreement: () => pair, graduate: () => pair },
  });
}
const sent = (calls: SentCall[], action: string) => calls.filter((call) => call.action === action);

describe('记录检查', () => {
  it('names an empty percent and a day after today, and sends nothing', async () => {
    const calls = cloud();
    render(<ChecksCard pair={pair} onChanged={jest.fn()} />);
    fireEvent.click(screen.getByText('记录检查'));
    typeInto('检查记录', '坡口处理仍需加强');
    typeInto('目标2进度（%）', '');
    pickIn('检查日期', '2026-11-24');
    fireEvent.click(screen.getByText('保存检查记录'));
    expect(await screen.findByText('进度为0到100%')).toBeTruthy();
    expect(screen.getByText('检查日期不能晚于今天')).toBeTruthy();
    expect(sent(calls, 'recordCheck')).toHaveLength(0);
  });

  it('sends the day, notes and each agreed goal progress', async () => {
    const calls = cloud();
    const onChanged = jest.fn();
    render(<ChecksCard pair={pair} onChanged={onChanged} />);
    fireEvent.click(screen.getByText('记录检查'));
    typeInto('检查记录', '坡口处理仍需加强');
    typeInto('目标1进度（%）', '30');
    fireEvent.click(screen.getByText('保存检查记录'));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(sent(calls, 'recordCheck')[0]!.input).toEqual({
      apprenticeshipId: pair.apprenticeshipId,
      date: '2026-11-23',
      notes: '坡口处理仍需加强',
      progress: [
        { goalId: 'goal-aaaaaaaa', percent: 30 },
        { goalId: 'goal-bbbbbbbb', percent: 0 },
      ],
    });
  });

  it('is not offered to the apprentice', () => {
    cloud();
    render(<ChecksCard pair={{ ...pair, viewer: 'apprentice' }} onChanged={jest.fn()} />);
    expect(screen.queryByText('记录检查')).toBeNull();
  });
});

describe('同意协议', () => {
  const waiting: PairDetail = {
    ...pair,
    viewer: 'apprentice',
    agreement: 'proposed',
    agreed: null,
    proposal: { ...agreement, confirmedAt: null, goals: [{ ...agreement.goals[0]!, text: '', held: true }] },
  };

  it('agrees to the version the apprentice read, and shows a held goal as 审核中', async () => {
    const calls = cloud();
    const onChanged = jest.fn();
    render(<AgreementCard pair={waiting} onChanged={onChanged} />);
    expect(screen.getByText('（内容审核中）')).toBeTruthy();
    fireEvent.click(screen.getByText('同意协议（第2版）'));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(sent(calls, 'confirmAgreement')[0]!.input).toEqual({
      apprenticeshipId: pair.apprenticeshipId,
      version: 2,
    });
  });

  it('offers the master no 同意 but 修改协议', () => {
    cloud();
    render(<AgreementCard pair={{ ...waiting, viewer: 'master' }} onChanged={jest.fn()} />);
    expect(screen.queryByText('同意协议（第2版）')).toBeNull();
    expect(screen.getByText('修改协议')).toBeTruthy();
  });
});

describe('出师考核', () => {
  it('asks for a grade first, tells what 不合格 leaves, and sends grade and comment', async () => {
    const calls = cloud();
    const onChanged = jest.fn();
    render(<GraduateCard pair={pair} onChanged={onChanged} />);
    fireEvent.click(screen.getByText('出师考核', { selector: 'taro-button-core *, taro-button-core' }));
    fireEvent.click(screen.getByText('确定考核'));
    expect(await screen.findByText('请选择考核结果')).toBeTruthy();
    expect(sent(calls, 'graduate')).toHaveLength(0);
    fireEvent.click(screen.getByRole('radio', { name: '不合格' }));
    expect(screen.getByText(/另找一位师傅/)).toBeTruthy();
    typeInto('考核评语', '主要目标未达成');
    fireEvent.click(screen.getByText('确定考核'));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(sent(calls, 'graduate')[0]!.input).toEqual({
      apprenticeshipId: pair.apprenticeshipId,
      grade: 'fail',
      comment: '主要目标未达成',
    });
  });
});
