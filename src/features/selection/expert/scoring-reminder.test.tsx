/**
 * @jest-environment jsdom
 */
// 提醒我: the expert is told when the reminder will come (a day before scoring closes, Beijing time), asks with
// one tap, and sees it set.
import { fireEvent, render, screen } from '@testing-library/react';
import { FakeFailure, installFakeCloud } from '@/cloud/testing/fake-cloud';
import { componentTestFrame } from '@/cloud/testing/typing';
import { ScoringReminder } from './scoring-reminder';

jest.mock('@/components/navigation/navigation');

componentTestFrame();

const ENDS = '2026-12-10T02:00:00.000Z';

it('states the rule, asks once tapped and says it is set', async () => {
  const calls = installFakeCloud({
    account: { subscribeTemplates: () => ({ templates: [] }) },
    selection: {
      remindMeToScore: (input) => ({ campaignId: input.campaignId, remindAt: '2026-12-09T02:00:00.000Z' }),
    },
  });
  render(<ScoringReminder campaignId="c1" scoringEndsAt={ENDS} set={false} />);
  expect(screen.getByText('评分截止前一天（12月9日 周三 10:00），如你还有没评的候选人，会提醒你一次。')).toBeTruthy();
  fireEvent.click(screen.getByText('提醒我'));
  expect(await screen.findByText(/^✓ 已设置提醒：12月9日 周三 10:00/)).toBeTruthy();
  expect(calls.filter((call) => call.fn === 'selection')).toEqual([
    { fn: 'selection', action: 'remindMeToScore', input: { campaignId: 'c1' } },
  ]);
});

it('shows a reminder already set, and a refusal in words', async () => {
  installFakeCloud({
    account: { subscribeTemplates: () => ({ templates: [] }) },
    selection: {
      remindMeToScore: () => {
        throw new FakeFailure('CONFLICT', '专家评审已经截止，不再提醒');
      },
    },
  });
  const { unmount } = render(<ScoringReminder campaignId="c1" scoringEndsAt={ENDS} set />);
  expect(screen.getByText(/^✓ 已设置提醒/)).toBeTruthy();
  unmount();
  render(<ScoringReminder campaignId="c1" scoringEndsAt={ENDS} set={false} />);
  fireEvent.click(screen.getByText('提醒我'));
  expect(await screen.findByText('专家评审已经截止，不再提醒')).toBeTruthy();
});
