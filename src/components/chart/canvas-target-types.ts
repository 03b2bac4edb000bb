/** A canvas ready to draw on: its 2d context, its size in CSS pixels, and how many device pixels each one has. */
export interface CanvasTarget {
  context: CanvasRenderingContext2D;
  width: number;
  height: number;
  pixelRatio: number;
  /** What a platform without a DOM also hands F2: a canvas to measure text on, and how to make images. */
  offscreenCanvas?: unknown;
  createImage?: () => unknown;
}
