// Seen by the type checker and by jest only: Taro builds pick subscribe-message.weapp.ts or subscribe-message.h5.ts.
export { requestSubscribe } from './subscribe-message.h5';
