/**
 * @jest-environment jsdom
 */
// 投票监督's 投票趋势 and 各候选人得票: the summary says every vote cast, how many of them were voided or never
// counted, and the peak hour, in Beijing time; the day picker stays inside the voting period; the candidates'
// counts are the stored tallies, most first, a disqualified one marked.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { installFakeCloud } from '@/cloud/testing/fake-cloud';
import { componentTestFrame } from '@/cloud/testing/typing';
import { drawSeries } from '@/components/chart/draw';
import type { VoteTrend } from '@/shared/contracts/selection';
import type { StaffCampaign } from './campaign-texts';
import { VoteTrendCards } from './vote-trend';

jest.mock('@/components/chart/draw', () => ({
  drawSeries: jest.fn(() => ({ update: jest.fn(), destroy: jest.fn() })),
}));
jest.mock('@/components/chart/canvas-target', () => ({
  canvasTarget: async () => ({ context: {}, width: 320, height: 200, pixelRatio: 2 }),
  onWindowResized: () => () => undefined,
}));

componentTestFrame();

const zero = { cast: 0, excluded: 0, voided: 0 };
const trendOf = (day: string): VoteTrend => ({
  day,
  firstDay: '2026-11-21',
  lastDay: '2026-11-22',
  through: '2026-11-22T06:59:50.000Z',
  hours: Array.from({ length: 24 }, (_, hour) =>
    day === '2026-11-22' && hour === 14 ? { hour, cast: 5, excluded: 1, voided: 2 } : { hour, ...zero },
  ),
  days: [
    { day: '2026-11-21', ...zero },
    { day: '2026-11-22', cast: 5, excluded: 1, voided: 2 },
  ],
  candidates: [
    { id: 'c1.b', name: '马振东', categoryName: '先进制造', votes: 2, disqualified: false },
    { id: 'c1.a', name: '林海', categoryName: '城市建设与服务', votes: 0, disqualified: true },
  ],
});

describe('投票趋势', () => {
  it('says the day’s votes, the voided and uncounted among them and the peak hour, and steps a day back', async () => {
    const calls = installFakeCloud({
      selection: { voteTrend: (input) => trendOf(String(input.day ?? '2026-11-22')) },
    });
    render(<VoteTrendCards campaign={{ id: 'c1' } as StaffCampaign} />);
    const trend = await screen.findByLabelText('投票趋势');
    within(trend).getByText('11月22日 周日共投出 5 票，其中已作废 2 票、未计入 1 票。最多在14时（5 票）。');
    within(trend).getByText('投票期间共投出 5 票，其中已作废 2 票、未计入 1 票。最多在11月22日（5 票）。');
    within(trend).getByText(/统计到 11月22日 周日 14:59，系统每分钟更新一次。/);
    // The last day of the period so far: nothing after it to step to.
    expect(within(trend).queryByText('后一天')).toBeNull();
    expect(jest.mocked(drawSeries).mock.calls[0]![1].points[14]).toEqual({ label: '14时', value: 5 });

    const tallies = screen.getByLabelText('各候选人得票');
    expect(
      within(tallies)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['马振东 · 先进制造2 票', '林海 · 城市建设与服务已取消资格0 票']);

    await act(async () => {
      fireEvent.click(within(trend).getByText('前一天', { selector: '.nut-button *, .nut-button' }));
    });
    const before = await screen.findByLabelText('投票趋势');
    within(before).getByText('11月21日 周六共投出 0 票。没有投票。');
    expect(within(before).queryByText('前一天')).toBeNull();
    expect(calls.filter((call) => call.action === 'voteTrend').map((call) => call.input)).toEqual([
      { campaignId: 'c1' },
      { campaignId: 'c1', day: '2026-11-21' },
    ]);
  });
});
