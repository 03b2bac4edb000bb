// WeChat: the page's share card (title and path), and a button that opens WeChat's own share sheet.
import { Button } from '@nutui/nutui-react-taro';
import { useShareAppMessage } from '@tarojs/taro';
import type { ShareTarget } from './share-types';

export function useShareCard(target: ShareTarget | null): void {
  useShareAppMessage(() => (target ? { title: target.title, path: target.path } : {}));
}

export function ShareAction(_props: { target: ShareTarget }) {
  return (
    <Button className="jx-button" fill="outline" openType="share">
      分享给朋友
    </Button>
  );
}
