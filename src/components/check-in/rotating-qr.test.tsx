/**
 * @jest-environment jsdom
 */
// The rotating code with the clock set by the test: what it draws decodes to the token (the boxes rasterised as a
// camera would see them), it counts down to `validUntil` and asks again right after it, and a failed refresh keeps
// the last code on screen with 正在刷新… until a retry succeeds.
import { act, render, screen } from '@testing-library/react';
import { componentTestFrame } from '@/cloud/testing/typing';
import { setClock } from '@/platform/clock';
import { decodeQrBitmap } from '@/platform/qr-decode';
import { CHECK_IN_QR_TEST_ID, RETRY_MS, RotatingQr, type RotatingQrCode } from './rotating-qr';
import { QUIET_ZONE } from './qr-matrix';

const START = '2026-12-02T02:30:03.000Z';
componentTestFrame(START);

const at = (iso: string) => new Date(iso).getTime();
const token = (period: number) => `jx1.c.ct-0123456789abcdef01234567.${period}.AbCdEfGhIjKlMn_-`;
const PERIOD = Math.floor(at(START) / 10_000);
const code = (period: number): RotatingQrCode => ({
  token: token(period),
  validUntil: new Date((period + 1) * 10_000).toISOString(),
});

/** Lets the load's promise settle and React render what it answered. */
async function settle() {
  await act(async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  });
}

async function moveClock(iso: string) {
  await act(async () => setClock(iso));
  await settle();
}

const px = (value: string) => Number(value.replace('px', ''));

/** What a camera sees: the code's box white, each run black, one pixel per CSS px. */
async function decodeShown(): Promise<string | null> {
  const box = screen.getByTestId(CHECK_IN_QR_TEST_ID);
  const side = px(box.style.width);
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const run of Array.from(box.children) as HTMLElement[]) {
    const [left, top, width, height] = [run.style.left, run.style.top, run.style.width, run.style.height].map(px);
    for (let y = top!; y < top! + height!; y++) {
      for (let x = left!; x < left! + width!; x++) data.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
    }
  }
  return decodeQrBitmap({ width: side, height: side, data });
}

describe('RotatingQr', () => {
  it('draws the token as a QR code with its quiet zone, named for screen readers, and counts down', async () => {
    const load = jest.fn(() => Promise.resolve(code(PERIOD)));
    render(<RotatingQr load={load} size={300} />);
    screen.getByText('正在生成签到码…');
    await settle();
    const box = screen.getByRole('img', { name: '签到二维码' });
    expect(box.dataset.testid).toBe(CHECK_IN_QR_TEST_ID);
    expect(await decodeShown()).toBe(token(PERIOD));
    const unit = px(box.style.width) / (33 + 2 * QUIET_ZONE);
    expect(Number.isInteger(unit)).toBe(true);
    const runs = Array.from(box.children) as HTMLElement[];
    expect(Math.min(...runs.map((run) => px(run.style.left)))).toBe(QUIET_ZONE * unit);
    expect(Math.min(...runs.map((run) => px(run.style.top)))).toBe(QUIET_ZONE * unit);
    screen.getByText('7 秒后更新');
    await moveClock('2026-12-02T02:30:06.500Z');
    screen.getByText('4 秒后更新');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('asks for the next code right after validUntil, not before', async () => {
    const load = jest
      .fn<Promise<RotatingQrCode>, []>()
      .mockResolvedValueOnce(code(PERIOD))
      .mockResolvedValueOnce(code(PERIOD + 1));
    render(<RotatingQr load={load} size={300} />);
    await settle();
    await moveClock('2026-12-02T02:30:09.999Z');
    expect(load).toHaveBeenCalledTimes(1);
    await moveClock('2026-12-02T02:30:10.000Z');
    expect(load).toHaveBeenCalledTimes(2);
    expect(await decodeShown()).toBe(token(PERIOD + 1));
    screen.getByText('10 秒后更新');
  });

  it('keeps the last code with 正在刷新… when a refresh fails, and retries until one succeeds', async () => {
    const load = jest
      .fn<Promise<RotatingQrCode>, []>()
      .mockResolvedValueOnce(code(PERIOD))
      .mockRejectedValueOnce(new Error('network'))
      .mockResolvedValueOnce(code(PERIOD + 1));
    render(<RotatingQr load={load} size={300} />);
    await settle();
    await moveClock('2026-12-02T02:30:10.000Z');
    expect(load).toHaveBeenCalledTimes(2);
    expect(await decodeShown()).toBe(token(PERIOD));
    screen.getByText('正在刷新…');
    screen.getByRole('status');
    await moveClock(new Date(at('2026-12-02T02:30:10.000Z') + RETRY_MS - 1).toISOString());
    expect(load).toHaveBeenCalledTimes(2);
    await moveClock(new Date(at('2026-12-02T02:30:10.000Z') + RETRY_MS).toISOString());
    expect(load).toHaveBeenCalledTimes(3);
    expect(await decodeShown()).toBe(token(PERIOD + 1));
    expect(screen.queryByText('正在刷新…')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('retries a first load that fails, saying so', async () => {
    const load = jest
      .fn<Promise<RotatingQrCode>, []>()
      .mockRejectedValueOnce(new Error('network'))
      .mockResolvedValueOnce(code(PERIOD));
    render(<RotatingQr load={load} size={300} />);
    await settle();
    screen.getByText('签到码没能加载，正在重试…');
    await moveClock(new Date(at(START) + RETRY_MS).toISOString());
    expect(load).toHaveBeenCalledTimes(2);
    expect(await decodeShown()).toBe(token(PERIOD));
  });

  it('does not ask again and again when the device clock is far from the server’s', async () => {
    // The phone's clock is a minute ahead: every validUntil it gets is already past by its own time.
    const load = jest.fn(() => Promise.resolve(code(PERIOD - 6)));
    render(<RotatingQr load={load} size={300} />);
    await settle();
    await moveClock('2026-12-02T02:30:04.000Z');
    await moveClock('2026-12-02T02:30:07.999Z');
    expect(load).toHaveBeenCalledTimes(1);
    screen.getByText('1 秒后更新');
    await moveClock('2026-12-02T02:30:08.000Z');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
