/**
 * @jest-environment jsdom
 */
// 带徒督导: the pairs as the server ordered them (overdue first, 逾期 n 天), 只看逾期 asked of the server, a pair opened
// in place of the list, and 解除师徒关系 only with a reason, which is sent and the list read again.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { installFakeCloud } from '@/cloud/testing/fake-cloud';
import { componentTestFrame } from '@/cloud/testing/typing';
import type { CadenceRow, PairDetail } from '@/shared/contracts/mentoring';
import { openPage } from '@/components/navigation/navigation';
import { CadenceTable } from './cadence-table';

jest.mock('@/components/navigation/navigation');

componentTestFrame('2026-11-23T10:00:00+08:00');

const orgs = [
  { id: 'org-city', name: '示范市总工会', kind: 'city', parentId: null, status: 'active', memberCount: 40 },
];
const overdue: CadenceRow = {
  apprenticeshipId: 'pair-1',
  masterName: '黄秀兰',
  apprenticeName: '朱红梅',
  trade: 'welder',
  lastCheck: '2026-10-05',
  nextDue: { day: '2026-11-05', kind: 'check' },
  overdueDays: 18,
};
const dueToday: CadenceRow = {
  ...overdue,
  apprenticeshipId: 'pair-2',
  masterName: '李卫国',
  apprenticeName: '陈志远',
  trade: 'fitter',
  nextDue: { day: '2026-11-23', kind: 'review' },
  overdueDays: 0,
};
const detail = (row: CadenceRow): PairDetail => ({
  apprenticeshipId: row.apprenticeshipId,
  masterId: 'm',
  masterName: row.masterName,
  apprenticeId: 'a',
  apprenticeName: row.apprenticeName,
  trade: row.trade,
  state: 'active',
  since: '2026-07-05T02:00:00.000Z',
  agreement: 'agreed',
  changeWaiting: false,
  lastCheck: row.lastCheck,
  nextDue: row.nextDue,
  overdueDays: row.overdueDays,
  ended: null,
  viewer: 'staff',
  agreed: null,
  proposal: null,
  checks: [],
});

describe('带徒督导', () => {
  it('lists overdue first, opens a pair, and dissolves it only with a reason', async () => {
    let dissolved = false;
    const calls = installFakeCloud({
      union: { orgTree: () => ({ orgs }) },
      mentoring: {
        cadenceTable: (input) => ({
          rows: input.overdueOnly ? [overdue] : dissolved ? [dueToday] : [overdue, dueToday],
          nextCursor: null,
        }),
        apprenticeship: () => detail(overdue),
        dissolvePair: () => {
          dissolved = true;
          return { ...detail(overdue), state: 'ended' };
        },
      },
    });
    render(<CadenceTable />);
    const first = await screen.findByLabelText('黄秀兰—朱红梅');
    expect(within(first).getByText('逾期 18 天')).toBeTruthy();
    expect(within(screen.getByLabelText('李卫国—陈志远')).getByText('今天到期')).toBeTruthy();
    expect(calls.find((call) => call.action === 'cadenceTable')?.input).toEqual({ orgId: 'org-city' });

    fireEvent.click(screen.getByLabelText('只看逾期'));
    await screen.findByLabelText('黄秀兰—朱红梅');
    expect(calls.filter((call) => call.action === 'cadenceTable').at(-1)?.input).toEqual({
      orgId: 'org-city',
      overdueOnly: true,
    });
    fireEvent.click(screen.getByLabelText('只看逾期'));
    await screen.findByLabelText('李卫国—陈志远');

    // 查看 opens the pair's own page; 解除 asks for a reason before anything is sent.
    fireEvent.click(within(screen.getByLabelText('黄秀兰—朱红梅')).getByText('查看'));
    expect(jest.mocked(openPage)).toHaveBeenCalledWith('/mentor/pages/pair/index?id=pair-1');
    fireEvent.click(within(screen.getByLabelText('黄秀兰—朱红梅')).getByText('解除师徒关系'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByText('确定解除'));
    await within(dialog).findByText('请填写解除原因（至少2个字）');
    expect(calls.some((call) => call.action === 'dissolvePair')).toBe(false);

    fireEvent.input(within(dialog).getByLabelText('解除原因', { selector: 'textarea' }), {
      target: { value: '师傅调离本企业' },
    });
    fireEvent.click(within(dialog).getByText('确定解除'));
    // The list reloads without the dissolved pair.
    await waitFor(() => expect(calls.filter((call) => call.action === 'cadenceTable')).toHaveLength(4));
    await screen.findByLabelText('李卫国—陈志远');
    expect(screen.queryByLabelText('黄秀兰—朱红梅')).toBeNull();
    expect(calls.find((call) => call.action === 'dissolvePair')?.input).toEqual({
      apprenticeshipId: 'pair-1',
      reason: '师傅调离本企业',
    });
  });
});
