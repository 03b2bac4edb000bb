// qrcode 1.5.4's encoder core alone (lib/core/qrcode.js): the module matrix without the package's renderers, PNG
// writer or node parts, so the app bundles only what it draws from. @types/qrcode types the package's entry only.
declare module 'qrcode/lib/core/qrcode' {
  interface BitMatrix {
    size: number;
    /** 1 for a dark module, row by row. */
    data: Uint8Array;
    get(row: number, col: number): number;
  }
  interface Segment {
    data: string | Uint8Array;
    mode: 'byte' | 'numeric' | 'alphanumeric' | 'kanji';
  }
  export function create(
    data: string | Segment[],
    options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H'; version?: number },
  ): { modules: BitMatrix; version: number };
}
