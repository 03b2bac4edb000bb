// Seen by the type checker and by jest only: Taro builds pick network.weapp.ts or network.h5.ts instead.
export { isOnline, onNetworkBack } from './network.h5';
