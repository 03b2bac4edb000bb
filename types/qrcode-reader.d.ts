// qrcode-reader 1.0.4 (a port of ZXing's QR decoder, pure JS, no dependencies) ships no types: the part we use.
declare module 'qrcode-reader' {
  interface QrBitmap {
    width: number;
    height: number;
    /** RGBA, 4 bytes a pixel, row by row. */
    data: ArrayLike<number>;
  }
  interface QrResult {
    result: string;
  }
  export default class QrCodeReader {
    /** Called once per `decode`, with an error (anything: the library throws strings) or the result. */
    callback: ((error: unknown, value?: QrResult) => void) | null;
    decode(bitmap: QrBitmap): void;
  }
}
