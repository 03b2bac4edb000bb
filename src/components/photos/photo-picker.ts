// Seen by the type checker and by jest only: Taro builds photo-picker.weapp.ts or photo-picker.h5.ts instead.
export { pickPhoto, pickPhotos } from './photo-picker.h5';
