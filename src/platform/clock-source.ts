// The type checker's and jest's view of the per-platform clock source (Taro picks .h5 or .weapp at build time).
export { syncClock } from './clock-source.h5';
