// Seen by the type checker and by jest only: Taro builds pick poster-canvas.weapp.ts or poster-canvas.h5.ts instead.
export { createPictureCanvas, pictureOutlet } from './poster-canvas.h5';
export type { PictureCanvas, PictureOutlet } from './poster-canvas-types';
