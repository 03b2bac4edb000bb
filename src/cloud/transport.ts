// Seen by the type checker and by jest only: Taro builds pick transport.weapp.ts or transport.h5.ts instead.
export { transport } from './transport.h5';
