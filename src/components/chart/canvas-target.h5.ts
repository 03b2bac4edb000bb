// In a browser Taro's <Canvas id> is a <taro-canvas-core> element holding a real <canvas>: size its backing store
// to the device's pixels (F2 draws at that ratio) and hand over its 2d context. jsdom has no canvas: null there.
import type { CanvasTarget } from './canvas-target-types';

/** How long Taro gets to render its canvas before the chart is left undrawn (the data list still says it all). */
const RENDER_TIMEOUT_MS = 3000;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Taro canvas elements known to be done sizing themselves: a redraw on them (a resize, new data) need not wait. */
const settled = new WeakSet<Element>();

/**
 * Resolves once Taro's canvas element has rendered its <canvas> and is done sizing it, or with null if it never does.
 * <taro-canvas-core> renders its <canvas> asynchronously, some frames after React has put the element in the page
 * (later on a busy page), and every render of it sets the canvas's width and height to its CSS size, which wipes
 * anything drawn. Its first render stores that size in its own `width`/`height` (reflected as attributes), which
 * renders it once more in the next frame; after that it is left alone. Drawn any earlier, the chart would either find
 * no canvas (and never be drawn) or be wiped.
 */
async function renderedCanvas(host: HTMLElement): Promise<HTMLCanvasElement | null> {
  if (host instanceof HTMLCanvasElement) return host;
  if (!settled.has(host)) {
    const sized = () =>
      host.querySelector('canvas') !== null && host.hasAttribute('width') && host.hasAttribute('height');
    const started = performance.now();
    while (!sized()) {
      if (performance.now() - started > RENDER_TIMEOUT_MS || !host.isConnected) return null;
      await nextFrame();
    }
    // Sized, but maybe only just: the render that sizing asks for runs in the next frame.
    await nextFrame();
    await nextFrame();
    if (!host.isConnected) return null;
    settled.add(host);
  }
  return host.querySelector('canvas');
}

export async function canvasTarget(id: string): Promise<CanvasTarget | null> {
  const host = document.getElementById(id);
  if (!host) return null;
  const canvas = await renderedCanvas(host);
  if (!canvas) return null;
  // Measured on its box, not on the canvas: F2 fixes the canvas's own CSS size to what it drew at, which would
  // keep a chart at its first size after the window grows.
  const box = host instanceof HTMLCanvasElement ? canvas.parentElement : host;
  const { width, height } = (box ?? canvas).getBoundingClientRect();
  const context = width > 0 && height > 0 ? canvas.getContext('2d') : null;
  if (!context) return null;
  const pixelRatio = window.devicePixelRatio || 1;
  // Setting the size clears the canvas: only when it changes (a chart already drawn at this size stays).
  const backing = { width: Math.round(width * pixelRatio), height: Math.round(height * pixelRatio) };
  if (canvas.width !== backing.width) canvas.width = backing.width;
  if (canvas.height !== backing.height) canvas.height = backing.height;
  return { context, width, height, pixelRatio };
}

/** Calls `listener` when the window changes size; returns how to stop. */
export function onWindowResized(listener: () => void): () => void {
  window.addEventListener('resize', listener);
  return () => window.removeEventListener('resize', listener);
}
