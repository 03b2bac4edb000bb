// In a browser Taro's <Canvas id> is a <taro-canvas-core> element holding a real <canvas>: size its backing store
// to the device's pixels (F2 draws at that ratio) and hand over its 2d context. jsdom has no canvas: null there.
import type { CanvasTarget } from './canvas-target-types';

export function canvasTarget(id: string): Promise<CanvasTarget | null> {
  const host = document.getElementById(id);
  const canvas = host instanceof HTMLCanvasElement ? host : host?.querySelector('canvas');
  if (!canvas) return Promise.resolve(null);
  // Measured on its box, not on the canvas: F2 fixes the canvas's own CSS size to what it drew at, which would
  // keep a chart at its first size after the window grows.
  const box = host instanceof HTMLCanvasElement ? canvas.parentElement : host;
  const { width, height } = (box ?? canvas).getBoundingClientRect();
  const context = width > 0 && height > 0 ? canvas.getContext('2d') : null;
  if (!context) return Promise.resolve(null);
  const pixelRatio = window.devicePixelRatio || 1;
  // Setting the size clears the canvas: only when it changes (a chart already drawn at this size stays).
  const backing = { width: Math.round(width * pixelRatio), height: Math.round(height * pixelRatio) };
  if (canvas.width !== backing.width) canvas.width = backing.width;
  if (canvas.height !== backing.height) canvas.height = backing.height;
  return Promise.resolve({ context, width, height, pixelRatio });
}

/** Calls `listener` when the window changes size; returns how to stop. */
export function onWindowResized(listener: () => void): () => void {
  window.addEventListener('resize', listener);
  return () => window.removeEventListener('resize', listener);
}
