/**
 * @jest-environment jsdom
 */
// 徒弟的十个一: the master reads which of the ten the apprentice has done and their plan, and comments on it (a too
// short comment is named and nothing is sent); the apprentice and staff read the comments without a box; a pair
// active over two years offers both years.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { installFakeCloud, type SentCall } from '@/cloud/testing/fake-cloud';
import { componentTestFrame, typeInto } from '@/cloud/testing/typing';
import type { ApprenticePlan, PairDetail } from '@/shared/contracts/mentoring';
import { ApprenticePlanPage } from './apprentice-plan';

jest.mock('@/components/navigation/navigation');

// 2026-11-23 10:00 Beijing.
componentTestFrame();

const pair: PairDetail = {
  apprenticeshipId: 'u-master.u-apprentice',
  masterId: 'u-master',
  masterName: '马振东',
  apprenticeId: 'u-apprentice',
  apprenticeName: '孔令辉',
  trade: 'welder',
  state: 'active',
  since: '2025-10-15T02:00:00.000Z',
  agreement: 'agreed',
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

const plan = (year: number, comments: ApprenticePlan['comments'] = []): ApprenticePlan => ({
  year,
  apprenticeId: 'u-apprentice',
  apprenticeName: '孔令辉',
  done: [6, 10],
  plan: {
    year,
    goals: [
      {
        goalId: 'g1',
        text: '考取焊工高级工证书',
        targetDate: `${year}-10-31`,
        outcome: null,
        markedAt: null,
        reviewable: false,
      },
    ],
    state: 'counted',
    holds: { texts: [], images: [] },
    updatedAt: '2026-03-01T02:00:00.000Z',
  },
  comments,
});

function cloud(viewer: PairDetail['viewer']): SentCall[] {
  return installFakeCloud({
    mentoring: {
      apprenticeship: () => ({ ...pair, viewer }),
      apprenticePlan: (input) => plan(Number(input.year)),
      commentPlan: (input) =>
        plan(Number(input.year), [
          {
            commentId: 'c1',
            masterName: '马振东',
            text: String(input.text),
            held: false,
            at: '2026-11-23T02:00:00.000Z',
          },
        ]),
    },
  });
}

it('shows the done items and the plan, names a too-short comment, then sends one', async () => {
  const calls = cloud('master');
  render(<ApprenticePlanPage apprenticeshipId={pair.apprenticeshipId} />);
  expect(await screen.findByText('孔令辉的2026年十个一：已完成 2/10')).toBeTruthy();
  expect(screen.getByText(/考取焊工高级工证书/)).toBeTruthy();
  typeInto('写点评', '好');
  fireEvent.click(screen.getByText('发送点评'));
  expect(await screen.findByText('点评2到300字')).toBeTruthy();
  expect(calls.filter((call) => call.action === 'commentPlan')).toHaveLength(0);
  typeInto('写点评', '目标明确，建议先参加考前培训');
  fireEvent.click(screen.getByText('发送点评'));
  await waitFor(() => expect(screen.getByText('点评已发送')).toBeTruthy());
  expect(screen.getByText('目标明确，建议先参加考前培训')).toBeTruthy();
  expect(calls.find((call) => call.action === 'commentPlan')?.input).toEqual({
    apprenticeshipId: pair.apprenticeshipId,
    year: 2026,
    text: '目标明确，建议先参加考前培训',
  });
});

it('offers the years the pair counted in, and no comment box to staff', async () => {
  const calls = cloud('staff');
  render(<ApprenticePlanPage apprenticeshipId={pair.apprenticeshipId} />);
  await screen.findByText('孔令辉的2026年十个一：已完成 2/10');
  expect(screen.queryByText('发送点评')).toBeNull();
  fireEvent.click(screen.getByRole('radio', { name: '2025年' }));
  expect(await screen.findByText('孔令辉的2025年十个一：已完成 2/10')).toBeTruthy();
  expect(calls.filter((call) => call.action === 'apprenticePlan').map((call) => call.input)).toContainEqual({
    apprenticeshipId: pair.apprenticeshipId,
    year: 2025,
  });
});
