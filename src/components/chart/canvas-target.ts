// Seen by the type checker and by jest only: Taro builds pick canvas-target.weapp.ts or canvas-target.h5.ts instead.
export { canvasTarget, onWindowResized } from './canvas-target.h5';
export type { CanvasTarget } from './canvas-target-types';
