// WeChat: the team page's share card (opening this team page with its id), and 邀请队友 opening WeChat's share sheet.
import { Button } from '@nutui/nutui-react-taro';
import { useShareAppMessage } from '@tarojs/taro';
import type { InviteTarget } from './invite-types';

export function useInviteCard(target: InviteTarget | null): void {
  useShareAppMessage(() => (target ? { title: target.title, path: target.path } : {}));
}

export function InviteAction(_props: { target: InviteTarget }) {
  return (
    <Button className="jx-button" fill="outline" openType="share">
      邀请队友
    </Button>
  );
}
