/**
 * @jest-environment jsdom
 */
// The chart wrapper: jsdom has no canvas, so what is checked is what everyone can read (the title, the summary and
// every number in the list, with its unit) and that F2 is asked to draw exactly the series given, on the canvas the
// platform hands over, once per series and again when it changes.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { componentTestFrame } from '@/cloud/testing/typing';
import { canvasTarget, onWindowResized } from './canvas-target';
import { drawSeries } from './draw';
import { TrendChart } from './trend-chart';

jest.mock('./draw', () => ({ drawSeries: jest.fn(() => ({ update: jest.fn(), destroy: jest.fn() })) }));
jest.mock('./canvas-target', () => ({ canvasTarget: jest.fn(), onWindowResized: jest.fn(() => () => undefined) }));

componentTestFrame();

const target = { context: {} as CanvasRenderingContext2D, width: 320, height: 200, pixelRatio: 2 };
const points = [
  { label: '9时', value: 3 },
  { label: '10时', value: 64 },
  { label: '11时', value: 0 },
];

describe('TrendChart', () => {
  beforeEach(() => {
    jest.clearAllMocks();
    jest.mocked(canvasTarget).mockResolvedValue(target);
  });

  it('says the series in words and lists every number with its unit, beside the canvas', async () => {
    render(
      <TrendChart
        id="c-hours"
        title="12月1日 每小时投票数"
        kind="bar"
        points={points}
        unit="票"
        axisLabel="北京时间（时）"
        summary="共投出 67 票，最多在10时（64 票）。"
      />,
    );
    const chart = screen.getByLabelText('12月1日 每小时投票数');
    within(chart).getByText('共投出 67 票，最多在10时（64 票）。');
    within(chart).getByText('横轴：北京时间（时）；纵轴：票数');
    const list = within(chart).getByRole('list', { name: '12月1日 每小时投票数：逐项数据' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['9时3 票', '10时64 票', '11时0 票']);
    await waitFor(() => expect(drawSeries).toHaveBeenCalledTimes(1));
    expect(canvasTarget).toHaveBeenCalledWith('c-hours');
    expect(drawSeries).toHaveBeenCalledWith(target, { kind: 'bar', points, labelCount: 8, fontScale: 1 });
  });

  it('draws the axis labels at the user’s font setting, which the canvas cannot take from CSS', async () => {
    localStorage.setItem('jx-font-scale', '1.5');
    try {
      render(
        <TrendChart
          id="c-scaled"
          title="每小时投票数"
          kind="bar"
          points={points}
          unit="票"
          axisLabel="北京时间（时）"
          summary="共投出 67 票。"
        />,
      );
      await waitFor(() => expect(drawSeries).toHaveBeenCalledTimes(1));
      expect(jest.mocked(drawSeries).mock.calls[0]![1]).toMatchObject({ fontScale: 1.5 });
    } finally {
      localStorage.removeItem('jx-font-scale');
    }
  });

  it('draws the new series on the same chart when it changes, not when the same numbers come again', async () => {
    const props = {
      id: 'c-days',
      title: '每天投票数',
      kind: 'line' as const,
      unit: '票',
      axisLabel: '日期',
      summary: '',
    };
    const { rerender, unmount } = render(<TrendChart {...props} points={points} />);
    await waitFor(() => expect(drawSeries).toHaveBeenCalledTimes(1));
    const drawn = jest.mocked(drawSeries).mock.results[0]!.value as { update: jest.Mock; destroy: jest.Mock };
    rerender(<TrendChart {...props} points={points.map((p) => ({ ...p }))} />);
    rerender(<TrendChart {...props} points={[...points, { label: '12时', value: 5 }]} />);
    await waitFor(() => expect(drawn.update).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(drawn.update).toHaveBeenCalledTimes(1);
    expect(drawSeries).toHaveBeenCalledTimes(1);
    expect(drawn.update.mock.calls[0]![1].points).toHaveLength(4);
    expect(drawn.destroy).not.toHaveBeenCalled();
    unmount();
    expect(drawn.destroy).toHaveBeenCalledTimes(1);
  });

  it('draws again at the new size when the window changes size', async () => {
    render(
      <TrendChart id="c-wide" title="每天投票数" kind="line" points={points} unit="票" axisLabel="日期" summary="" />,
    );
    await waitFor(() => expect(drawSeries).toHaveBeenCalledTimes(1));
    const drawn = jest.mocked(drawSeries).mock.results[0]!.value as { update: jest.Mock };
    const resized = jest.mocked(onWindowResized).mock.calls[0]![0];
    jest.mocked(canvasTarget).mockResolvedValue({ ...target, width: 760 });
    act(() => resized());
    await waitFor(() => expect(drawn.update).toHaveBeenCalledTimes(1));
    expect(drawn.update.mock.calls[0]![0].width).toBe(760);
  });

  it('draws nothing where there is no canvas to draw on, and still shows the numbers', async () => {
    jest.mocked(canvasTarget).mockResolvedValue(null);
    render(
      <TrendChart id="c-none" title="每天投票数" kind="line" points={points} unit="票" axisLabel="日期" summary="" />,
    );
    await waitFor(() => expect(canvasTarget).toHaveBeenCalled());
    expect(drawSeries).not.toHaveBeenCalled();
    screen.getByText('64 票');
  });
});
