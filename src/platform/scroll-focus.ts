// Seen by the type checker and by jest only: Taro builds pick scroll-focus.weapp.ts or scroll-focus.h5.ts instead.
export { makePageScrollerFocusable } from './scroll-focus.h5';
