// Reads a QR code out of an RGBA bitmap: the H5 scan seam (a picked image drawn on a canvas) and the journeys (a
// screenshot of the check-in page's code) both end here. qrcode-reader is a pure-JS port of ZXing's decoder, so it
// runs the same in a browser and in node; the browser loads this module lazily (scan.h5.ts), keeping the decoder
// out of the main package, and the mini-program never loads it (WeChat scans with Taro.scanCode).
import QrCodeReader from 'qrcode-reader';

export interface RgbaBitmap {
  width: number;
  height: number;
  /** 4 bytes a pixel (red, green, blue, alpha), row by row. */
  data: ArrayLike<number>;
}

/**
 * The decoder's time grows fast with the image (a second for 330 px square in node), while a code needs only a few
 * pixels a module: anything larger is averaged down to at most this many pixels a side first.
 */
export const MAX_DECODE_SIDE = 360;

/** `bitmap` averaged down by a whole factor so neither side exceeds MAX_DECODE_SIDE. */
export function shrinkForDecoding(bitmap: RgbaBitmap): RgbaBitmap {
  const factor = Math.ceil(Math.max(bitmap.width, bitmap.height) / MAX_DECODE_SIDE);
  if (factor <= 1) return bitmap;
  const width = Math.floor(bitmap.width / factor);
  const height = Math.floor(bitmap.height / factor);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 4; c++) {
        let sum = 0;
        for (let dy = 0; dy < factor; dy++) {
          for (let dx = 0; dx < factor; dx++) {
            sum += bitmap.data[((y * factor + dy) * bitmap.width + x * factor + dx) * 4 + c]!;
          }
        }
        data[(y * width + x) * 4 + c] = sum / (factor * factor);
      }
    }
  }
  return { width, height, data };
}

/**
 * Sizes a bitmap is decoded at, in turn, until one reads: qrcode-reader finds no code in about one clean, perfectly
 * drawn code in thirty at a given size (measured on 150 check-in tokens: 5 missed at one size, none at these six),
 * and a phone's screen shows each rotating code at one size for its whole period.
 */
export const DECODE_SCALES = [1, 0.6, 0.5, 0.75, 0.4, 0.85] as const;

/** `bitmap` resized by `scale`, nearest pixel (a code's edges stay sharp). */
function resized(bitmap: RgbaBitmap, scale: number): RgbaBitmap {
  if (scale === 1) return bitmap;
  const width = Math.round(bitmap.width * scale);
  const height = Math.round(bitmap.height * scale);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    const from = Math.min(bitmap.height - 1, Math.floor(y / scale));
    for (let x = 0; x < width; x++) {
      const at = (from * bitmap.width + Math.min(bitmap.width - 1, Math.floor(x / scale))) * 4;
      for (let c = 0; c < 4; c++) data[(y * width + x) * 4 + c] = bitmap.data[at + c]!;
    }
  }
  return { width, height, data };
}

/** One attempt of the decoder at `bitmap`'s own size. */
function decodeOnce(bitmap: RgbaBitmap): Promise<string | null> {
  return new Promise((resolve) => {
    const reader = new QrCodeReader();
    reader.callback = (error, value) => resolve(error || !value ? null : value.result);
    try {
      reader.decode({ width: bitmap.width, height: bitmap.height, data: bitmap.data });
    } catch {
      // The decoder throws (strings) from deep inside when it finds no finder patterns.
      resolve(null);
    }
  });
}

/** The text of the QR code in `bitmap`, or null when none is found at any of DECODE_SCALES. */
export async function decodeQrBitmap(source: RgbaBitmap): Promise<string | null> {
  const bitmap = shrinkForDecoding(source);
  for (const scale of DECODE_SCALES) {
    const text = await decodeOnce(resized(bitmap, scale));
    if (text !== null) return text;
  }
  return null;
}
