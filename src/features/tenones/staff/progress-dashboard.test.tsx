/**
 * @jest-environment jsdom
 */
// 十个一完成情况: the organisation's members and each item's count and share of them, the trend of the measure
// tapped, the way back up, the children a level down on a tap, and for an enterprise its workers, each with their
// ten items.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { installFakeCloud } from '@/cloud/testing/fake-cloud';
import { componentTestFrame } from '@/cloud/testing/typing';
import { drawSeries } from '@/components/chart/draw';
import { openPage } from '@/components/navigation/navigation';
import type { OrgProgress, ProgressView } from '@/shared/contracts/activity';
import { ProgressDashboard } from './progress-dashboard';

jest.mock('@/components/navigation/navigation');
jest.mock('@/components/chart/draw', () => ({
  drawSeries: jest.fn(() => ({ update: jest.fn(), destroy: jest.fn() })),
}));
jest.mock('@/components/chart/canvas-target', () => ({
  canvasTarget: async () => ({ context: {}, width: 320, height: 200, pixelRatio: 2 }),
  onWindowResized: () => () => undefined,
}));

componentTestFrame();

const ten = (first: number, rest = 0) => [first, ...Array.from({ length: 9 }, () => rest)];
const org = (
  id: string,
  name: string,
  kind: OrgProgress['org']['kind'],
  members: number,
  done: number[],
  allTen = 0,
) => ({ org: { id, name, kind, parentName: '示范市总工会' }, members, done, allTen }) satisfies OrgProgress;

const district: ProgressView = {
  year: 2026,
  org: org('org-dongcheng', '东城区总工会', 'district', 8, ten(4, 1), 1),
  children: [
    org('org-jinggong', '精工机械工会', 'enterprise', 5, ten(3, 1), 1),
    org('org-power', '电力检修工会', 'enterprise', 3, ten(1, 0)),
  ],
  months: [
    { month: 1, done: ten(1), allTen: 0 },
    { month: 2, done: ten(4, 1), allTen: 1 },
  ],
  trail: [{ id: 'org-city', name: '示范市总工会', kind: 'city', parentName: null }],
  scopes: [
    { id: 'org-dongcheng', name: '东城区总工会', kind: 'district', parentName: '示范市总工会' },
    { id: 'org-machinery', name: '机械冶金工会', kind: 'industry', parentName: '示范市总工会' },
  ],
};

describe('十个一完成情况', () => {
  it('shows each item as a count and a share of the members now, and the trend of the item tapped', async () => {
    const calls = installFakeCloud({ activity: { progress: () => district } });
    render(<ProgressDashboard orgId="org-dongcheng" initialYear={2026} />);
    await screen.findByRole('button', { name: /^十项全部完成：1 人，12.5%/ });
    screen.getByRole('button', { name: /^1\. 参加一次学历提升：4 人，50%/ });
    expect(calls[0]).toMatchObject({ action: 'progress', input: { year: 2026, orgId: 'org-dongcheng' } });
    const trend = screen.getByLabelText('每月趋势');
    within(trend).getByText('截至2月末，十项全部完成 1 人；增加最多的是2月（1 人）。');
    expect(jest.mocked(drawSeries).mock.calls[0]![1].points).toEqual([
      { label: '1月', value: 0 },
      { label: '2月', value: 1 },
    ]);
    fireEvent.click(screen.getByRole('button', { name: /^1\. 参加一次学历提升：/ }));
    within(trend).getByText('截至2月末，完成“参加一次学历提升” 4 人；增加最多的是2月（3 人）。');
    // The way back up, and a level down.
    fireEvent.click(within(screen.getByRole('navigation', { name: '上级组织' })).getByText('示范市总工会'));
    expect(openPage).toHaveBeenLastCalledWith('/tenones-admin/pages/progress/index?orgId=org-city&year=2026');
    // Staff of two unions switch between them.
    const scopes = screen.getByRole('navigation', { name: '我负责的组织' });
    expect(within(scopes).getByText('东城区总工会').getAttribute('aria-current')).toBe('page');
    fireEvent.click(within(scopes).getByText('机械冶金工会'));
    expect(openPage).toHaveBeenLastCalledWith('/tenones-admin/pages/progress/index?orgId=org-machinery&year=2026');
    const child = await screen.findByLabelText('精工机械工会');
    within(child).getByText('十项全部完成：1 人 · 20%');
    fireEvent.click(within(child).getByText('看职工'));
    expect(openPage).toHaveBeenLastCalledWith('/tenones-admin/pages/progress/index?orgId=org-jinggong&year=2026');
  });

  it("lists an enterprise's workers with their ten items", async () => {
    const calls = installFakeCloud({
      activity: {
        progress: () => ({ ...district, org: district.children[0]!, children: [], scopes: [] }),
        memberProgress: () => ({
          org: district.children[0]!.org,
          trail: [],
          rows: [
            { userId: 'u1', name: '陈晓东', done: [true, ...Array.from({ length: 9 }, () => false)], doneCount: 1 },
          ],
          total: 1,
          page: 1,
        }),
      },
    });
    render(<ProgressDashboard orgId="org-jinggong" initialYear={2026} />);
    const worker = await screen.findByLabelText('陈晓东');
    within(worker).getByText('已完成 1/10');
    fireEvent.click(within(worker).getByText('查看十项'));
    within(worker).getByText(/✓ 1\. 参加一次学历提升/);
    within(worker).getByText(/— 2\. 参加一次技能竞赛（未完成）/);
    expect(calls.find((call) => call.action === 'memberProgress')?.input).toMatchObject({
      year: 2026,
      orgId: 'org-jinggong',
      sortBy: 'name',
    });
  });

  it('says when there are no members rather than a share of none', async () => {
    installFakeCloud({
      activity: {
        progress: () => ({ ...district, org: org('org-new', '新企业工会', 'enterprise', 0, ten(0)), children: [] }),
      },
    });
    render(<ProgressDashboard orgId="org-new" initialYear={2026} />);
    await screen.findByRole('button', { name: /^十项全部完成：0 人，—/ });
  });
});
