/**
 * @jest-environment jsdom
 */
// 宣讲团: the Beijing month to begin with (whatever the device's zone), the month before on 上月 (across the turn of
// the year), the members behind first and marked 落后 as the server ordered them, and the organisation asked for.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { installFakeCloud } from '@/cloud/testing/fake-cloud';
import { componentTestFrame } from '@/cloud/testing/typing';
import { LectureTeam } from './lecture-team';

jest.mock('@/components/navigation/navigation');

// 17:00 UTC on 31 January is 01:00 on 1 February in Beijing: the page's month is February.
componentTestFrame('2026-01-31T17:00:00Z');

const orgs = [
  { id: 'org-city', name: '示范市总工会', kind: 'city', parentId: null, status: 'active', memberCount: 40 },
  {
    id: 'org-dongcheng',
    name: '东城区总工会',
    kind: 'district',
    parentId: 'org-city',
    status: 'active',
    memberCount: 9,
  },
];

const rows = (month: string) =>
  month === '2026-01'
    ? [
        { masterId: 'm-heavy', name: '马振东', held: 1, target: 2, behind: true },
        { masterId: 'm-model', name: '李卫国', held: 2, target: 2, behind: false },
      ]
    : [];

describe('宣讲团', () => {
  it('opens on the Beijing month, goes back a month, and marks who is behind', async () => {
    const calls = installFakeCloud({
      union: { orgTree: () => ({ orgs }) },
      mentoring: {
        lectureTeam: (input) => ({ month: input.month, target: 2, rows: rows(String(input.month)) }),
      },
    });
    render(<LectureTeam />);
    await screen.findByText('2026年2月');
    await screen.findByText('这里还没有宣讲团成员。');
    expect(calls.filter((call) => call.action === 'lectureTeam').at(-1)?.input).toEqual({
      orgId: 'org-city',
      month: '2026-02',
    });
    // No month after this one: nothing is held in the future.
    expect(screen.queryByText('下月 ›')).toBeNull();

    fireEvent.click(screen.getByText('‹ 上月'));
    const first = await screen.findByLabelText('马振东');
    expect(within(first).getByText('落后')).toBeTruthy();
    expect(within(first).getByText('已举办 1/2 场')).toBeTruthy();
    expect(within(screen.getByLabelText('李卫国')).getByText('达标')).toBeTruthy();
    expect(screen.getByText('2026年1月：2 名成员，1 人未达每月2场')).toBeTruthy();
    expect(calls.filter((call) => call.action === 'lectureTeam').at(-1)?.input).toEqual({
      orgId: 'org-city',
      month: '2026-01',
    });

    fireEvent.click(screen.getByText('‹ 上月'));
    await screen.findByText('2025年12月');
    expect(calls.filter((call) => call.action === 'lectureTeam').at(-1)?.input.month).toBe('2025-12');
  });
});
