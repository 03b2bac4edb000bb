// Seen by the type checker and by jest only: Taro builds pick picker.weapp.tsx or picker.h5.tsx instead.
export { NativePicker } from './picker.h5';
export type { NativePickerProps } from './picker-types';
