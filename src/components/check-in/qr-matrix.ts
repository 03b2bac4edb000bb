// The QR code's modules for a token, as rectangles to draw: one per run of dark modules in a row.
//
// Drawn as plain Views (absolutely placed boxes) rather than an image or a canvas, because that is what surely
// renders the same in the mini-program and in a browser:
// - WeChat's <image> lists SVG among its formats, but with caveats (no percentage units, centred under
//   scaleToFill) and nothing about data URLs; its sibling <cover-image> states SVG and BASE64 unsupported
//   (developers.weixin.qq.com/miniprogram/dev/component/image.html and cover-image.html). A check-in screen that
//   shows nothing on some phone is not a risk worth an image.
// - Canvas 2D works in both, but needs the node from a selector query after layout and a redraw per refresh; the
//   chart does that (components/chart) because it must, a black-and-white grid need not.
// A version-4 code (33×33, what a ~60-character token takes) is about 250 runs: a light page for setData every 10 s.
// Sizes are whole CSS px per module, so every edge falls on a pixel and no grey seams appear between rows.
import { create } from 'qrcode/lib/core/qrcode';

/** Light modules around the code: the QR standard's quiet zone is 4 modules. */
export const QUIET_ZONE = 4;

export interface QrRun {
  row: number;
  col: number;
  length: number;
}

export interface QrMatrix {
  /** Modules a side, without the quiet zone. */
  size: number;
  runs: QrRun[];
}

/** The dark runs of `text`'s QR code at error correction M (a screen seen at an angle, glare, a dirty lens). */
export function qrMatrix(text: string): QrMatrix {
  // Encoded as bytes given here: the package's own string path needs TextEncoder, which the mini-program's JS
  // engine does not promise. Tokens are ASCII (src/shared/check-in/codes.ts).
  const bytes = Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);
  const { modules } = create([{ data: bytes, mode: 'byte' }], { errorCorrectionLevel: 'M' });
  const runs: QrRun[] = [];
  for (let row = 0; row < modules.size; row++) {
    let start = -1;
    for (let col = 0; col <= modules.size; col++) {
      const dark = col < modules.size && modules.get(row, col) === 1;
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        runs.push({ row, col: start, length: col - start });
        start = -1;
      }
    }
  }
  return { size: modules.size, runs };
}

/** Whole CSS px per module so the code with its quiet zone fits in `side` px (at least 2 px, still scannable). */
export function modulePx(size: number, side: number): number {
  return Math.max(2, Math.floor(side / (size + 2 * QUIET_ZONE)));
}
