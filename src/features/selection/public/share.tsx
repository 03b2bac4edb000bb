// Seen by the type checker and by jest only: Taro builds pick share.weapp.tsx or share.h5.tsx instead.
export { ShareAction, useShareCard } from './share.h5';
