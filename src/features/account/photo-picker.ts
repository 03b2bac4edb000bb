// Seen by the type checker and by jest only: Taro builds pick photo-picker.weapp.ts or photo-picker.h5.ts instead.
export { pickPhoto } from './photo-picker.h5';
