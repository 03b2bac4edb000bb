// Seen by the type checker and by jest only: Taro builds pick font-scale.weapp.ts or font-scale.h5.ts instead.
export { readFontScale } from './font-scale.h5';
