// Seen by the type checker and by jest only: Taro builds pick invite.weapp.tsx or invite.h5.tsx instead.
export { InviteAction, useInviteCard } from './invite.h5';
