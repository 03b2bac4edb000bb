// Seen by the type checker and by jest only: Taro builds pick window-width.weapp.ts or window-width.h5.ts instead.
export { onWindowWidthChange, readWindowWidth } from './window-width.h5';
