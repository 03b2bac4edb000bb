// In the mini-program a <Canvas type="2d" id> is reached through a selector query for its node and size; its backing
// store is sized to the device's pixels by hand (F2 draws at that ratio).
import Taro from '@tarojs/taro';
import type { CanvasTarget } from './canvas-target-types';

interface CanvasNode {
  width: number;
  height: number;
  getContext(kind: '2d'): CanvasRenderingContext2D;
  createImage(): unknown;
}

export function canvasTarget(id: string): Promise<CanvasTarget | null> {
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .fields({ node: true, size: true })
      .exec((result: Array<{ node?: CanvasNode; width?: number; height?: number } | null>) => {
        const found = result[0];
        const node = found?.node;
        const width = found?.width ?? 0;
        const height = found?.height ?? 0;
        if (!node || width <= 0 || height <= 0) {
          resolve(null);
          return;
        }
        const pixelRatio = Taro.getWindowInfo().pixelRatio || 1;
        node.width = Math.round(width * pixelRatio);
        node.height = Math.round(height * pixelRatio);
        resolve({
          context: node.getContext('2d'),
          width,
          height,
          pixelRatio,
          // No document to make a canvas in: F2 measures its labels on an offscreen one.
          offscreenCanvas: Taro.createOffscreenCanvas({ type: '2d' }),
          createImage: () => node.createImage(),
        });
      });
  });
}

/** Calls `listener` when the window changes size (PC WeChat's resizable window, a rotated phone); returns how to stop. */
export function onWindowResized(listener: () => void): () => void {
  const handler = () => listener();
  Taro.onWindowResize(handler);
  return () => Taro.offWindowResize(handler);
}
