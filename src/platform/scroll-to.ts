// Seen by the type checker and by jest only: Taro builds pick scroll-to.weapp.ts or scroll-to.h5.ts.
export { scrollToFirst } from './scroll-to.h5';
