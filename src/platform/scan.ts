// Seen by the type checker and by jest only: Taro builds pick scan.weapp.ts or scan.h5.ts instead.
export { scanCheckInCode } from './scan.h5';
