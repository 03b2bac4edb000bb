// The venue's check-in code, large on a full-screen staff page: it asks for a new code right after each one's
// `validUntil`, counts down to it, and when a refresh fails keeps the last code on screen with 正在刷新… while it
// retries — the code it shows is still accepted for one more period (server/check-in/), and a blank screen in front
// of a queue of contestants is worse than a code a few seconds old. Time comes from the app's clock, never `Date`.
import { Text, View } from '@tarojs/components';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { checkInKinds, CHECK_IN_PERIOD_MS, parseCheckInToken } from '@/shared/check-in/codes';
import { now, useNow } from '@/platform/clock';
import { onWindowWidthChange, readWindowWidth } from '@/platform/window-width';
import { modulePx, qrMatrix, QUIET_ZONE } from './qr-matrix';
import './rotating-qr.css';

export interface RotatingQrCode {
  token: string;
  /** When the next code is due (ISO, as a function answers, or a Date). */
  validUntil: string | Date;
}

export interface RotatingQrProps {
  /** Fetches the current code (the page passes a call to its function). */
  load: () => Promise<RotatingQrCode>;
  /** The code's side in CSS px with its quiet zone; default: the window's width less a margin, at most 560. */
  size?: number;
  /** What a screen reader calls the code. */
  label?: string;
}

/** The test hook a journey screenshots exactly the code by (browser/journeys/check-in-steps.ts). */
export const CHECK_IN_QR_TEST_ID = 'check-in-qr';
/** After a failed load, the next try. */
export const RETRY_MS = 2_000;
/** Never ask again sooner than this after an answer, whatever its `validUntil` says (a phone's clock far off). */
const MIN_REFRESH_MS = 1_000;
/** How far the device's clock may disagree with the server's before the countdown stops trusting `validUntil`. */
const CLOCK_TOLERANCE_MS = 1_000;
const MAX_SIDE = 560;

interface Shown {
  token: string;
  /** When to ask for the next code, by the app's clock. */
  refreshAt: number;
}

/**
 * When to refresh, by this device's clock. The mini-program keeps the phone's time, which may be off by minutes: a
 * `validUntil` that is already past, or further ahead than one period, says so, and then the best guess is the
 * middle of the code's period (the code was issued somewhere in it) — at worst half a period late, which the one
 * period of grace covers.
 */
function refreshTime(code: RotatingQrCode, at: number): number {
  const parsed = parseCheckInToken(code.token);
  const periodMs = parsed ? checkInKinds[parsed.kind].qrPeriodMs : CHECK_IN_PERIOD_MS;
  const remaining = new Date(code.validUntil).getTime() - at;
  const trusted = remaining >= -CLOCK_TOLERANCE_MS && remaining <= periodMs + CLOCK_TOLERANCE_MS;
  return at + Math.max(MIN_REFRESH_MS, trusted ? remaining : periodMs / 2);
}

function windowSide(): number {
  return Math.min(MAX_SIDE, Math.max(200, readWindowWidth() - 32));
}

/** The code drawn as dark boxes on white; redrawn only when the token changes, not on every countdown tick. */
const QrModules = memo(function QrModules({ token, side, label }: { token: string; side: number; label: string }) {
  const matrix = useMemo(() => qrMatrix(token), [token]);
  const unit = modulePx(matrix.size, side);
  const total = unit * (matrix.size + 2 * QUIET_ZONE);
  return (
    <View
      className="jx-rotating-qr__code"
      data-testid={CHECK_IN_QR_TEST_ID}
      role="img"
      aria-label={label}
      style={{ width: `${total}px`, height: `${total}px` }}
    >
      {matrix.runs.map((run) => (
        <View
          key={`${run.row}.${run.col}`}
          className="jx-rotating-qr__run"
          style={{
            left: `${(run.col + QUIET_ZONE) * unit}px`,
            top: `${(run.row + QUIET_ZONE) * unit}px`,
            width: `${run.length * unit}px`,
            height: `${unit}px`,
          }}
        />
      ))}
    </View>
  );
});

export function RotatingQr({ load, size, label = '签到二维码' }: RotatingQrProps) {
  const instant = useNow(500).getTime();
  const [shown, setShown] = useState<Shown | null>(null);
  const [failed, setFailed] = useState(false);
  const [side, setSide] = useState(() => size ?? windowSide());
  const loading = useRef(false);
  const retryAt = useRef(0);
  const alive = useRef(true);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  useEffect(() => {
    if (size !== undefined) {
      setSide(size);
      return undefined;
    }
    return onWindowWidthChange(() => setSide(windowSide()));
  }, [size]);

  const refresh = useCallback(() => {
    if (loading.current) return;
    loading.current = true;
    loadRef
      .current()
      .then((code) => {
        if (!alive.current) return;
        setShown({ token: code.token, refreshAt: refreshTime(code, now().getTime()) });
        setFailed(false);
        retryAt.current = 0;
      })
      .catch(() => {
        if (!alive.current) return;
        setFailed(true);
        retryAt.current = now().getTime() + RETRY_MS;
      })
      .finally(() => {
        loading.current = false;
      });
  }, []);

  // Every tick (and whenever the clock is set): ask for the next code once the shown one is due, or retry.
  const due = (shown === null || instant >= shown.refreshAt) && instant >= retryAt.current;
  useEffect(() => {
    if (due) refresh();
  }, [due, instant, refresh]);

  if (shown === null) {
    return (
      <View className="jx-rotating-qr" aria-busy={!failed}>
        <View role="status">
          <Text className="jx-rotating-qr__note">{failed ? '签到码没能加载，正在重试…' : '正在生成签到码…'}</Text>
        </View>
      </View>
    );
  }
  const seconds = Math.max(0, Math.ceil((shown.refreshAt - instant) / 1000));
  return (
    <View className="jx-rotating-qr">
      <QrModules token={shown.token} side={side} label={label} />
      <Text className="jx-rotating-qr__countdown">{failed ? '正在刷新…' : `${seconds} 秒后更新`}</Text>
      {failed ? (
        <View role="status">
          <Text className="jx-rotating-qr__note">网络不稳，仍显示上一个签到码，正在重试</Text>
        </View>
      ) : null}
    </View>
  );
}
