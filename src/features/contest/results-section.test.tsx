/**
 * @jest-environment jsdom
 */
// The published ranking on a worker's contest page: places shared by a tie, the award marked in words, the caller's
// own line named 我 with their scores summed up, 缺考 without a place.
import { render, screen } from '@testing-library/react';
import { installFakeCloud } from '@/cloud/testing/fake-cloud';
import { componentTestFrame } from '@/cloud/testing/typing';
import type { ResultRow } from '@/shared/contracts/contest';
import { ResultsSection } from './results-section';

jest.mock('@/components/navigation/navigation');

componentTestFrame();

function row(entryId: string, name: string, result: Partial<ResultRow['result']>, absent = false): ResultRow {
  return {
    entryId,
    name,
    orgName: '精工机械',
    checkedIn: !absent,
    absent,
    result: { theory: null, practical: null, total: null, rank: null, awarded: false, ...result },
  };
}

it('lists the ranking with the caller’s own line and the awards in words', async () => {
  installFakeCloud({
    contest: {
      results: () => ({
        contestId: 'c1',
        title: '数控车工技能比武',
        rule: '总分 = 理论 × 30% + 实操 × 70%，四舍五入保留一位小数',
        awards: 2,
        published: true,
        publishedAt: '2026-11-23T02:00:00.000Z',
        rows: [
          row('e1', '吴海燕', { theory: 86, practical: 91.5, total: 89.9, rank: 1, awarded: true }),
          row('e2', '陈晓东', { theory: 86, practical: 91.5, total: 89.9, rank: 1, awarded: true }),
          row('e3', '冯晓丽', { theory: 80, practical: 85, total: 83.5, rank: 3 }),
          row('e4', '郑国强', {}, true),
        ],
      }),
    },
  });
  render(<ResultsSection contestId="c1" myEntryId="e2" />);
  expect(await screen.findByRole('listitem', { name: '第1名 陈晓东（我） 89.9分 获奖' })).toBeTruthy();
  expect(screen.getByRole('listitem', { name: '第1名 吴海燕 89.9分 获奖' })).toBeTruthy();
  expect(screen.getByRole('listitem', { name: '第3名 冯晓丽 83.5分' })).toBeTruthy();
  expect(screen.getByRole('listitem', { name: '缺考 郑国强' })).toBeTruthy();
  expect(screen.getByText('你的成绩：理论86分，实操91.5分，总分89.9分，第1名，获奖。')).toBeTruthy();
  expect(screen.getByText(/^11月23日 周一 10:00 发布 · 总分 = 理论/)).toBeTruthy();
  expect(screen.getByRole('listitem', { name: /陈晓东/ }).className).toContain('jx-contest-result--mine');
});

it('lists a team contest’s ranking by team, with its members, and the caller’s team as 我', async () => {
  installFakeCloud({
    contest: {
      results: () => ({
        contestId: 'c2',
        title: '班组焊接团体赛',
        rule: '总分 = 理论 × 30% + 实操 × 70%，四舍五入保留一位小数',
        awards: 1,
        published: true,
        publishedAt: '2026-11-23T02:00:00.000Z',
        teams: true,
        rows: [
          {
            ...row('tm1', '焊花突击队', { theory: 90, practical: 80, total: 83, rank: 1, awarded: true }),
            orgName: '吴振华、周建国',
          },
          { ...row('tm2', '精工二队', {}, true), orgName: '李秀英、王强' },
        ],
      }),
    },
  });
  render(<ResultsSection contestId="c2" myEntryId="tm1" />);
  expect(await screen.findByRole('listitem', { name: '第1名 焊花突击队（我） 83分 获奖' })).toBeTruthy();
  expect(screen.getByText('队员：吴振华、周建国')).toBeTruthy();
  expect(screen.getByText('你的队伍的成绩：理论90分，实操80分，总分83分，第1名，获奖。')).toBeTruthy();
  expect(screen.getByRole('listitem', { name: '缺考 精工二队' })).toBeTruthy();
});
