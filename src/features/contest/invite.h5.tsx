// Browser: no share sheet, so 邀请队友 copies the team page's link (and shows it when the browser will not copy).
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { DoneText } from '@/components/form/messages';
import type { InviteTarget } from './invite-types';

export function useInviteCard(_target: InviteTarget | null): void {}

function linkOf(target: InviteTarget): string {
  if (typeof window === 'undefined') return target.path;
  return `${window.location.origin}${window.location.pathname}#${target.path}`;
}

export function InviteAction({ target }: { target: InviteTarget }) {
  const [done, setDone] = useState<'copied' | 'shown' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(linkOf(target));
      setDone('copied');
    } catch {
      setDone('shown');
    }
  };
  return (
    <>
      <Button className="jx-button" fill="outline" onClick={() => void copy()}>
        邀请队友
      </Button>
      {done === 'copied' ? <DoneText>✓ 邀请链接已复制，发给队友即可加入</DoneText> : null}
      {done === 'shown' ? (
        <View role="status">
          <Text className="jx-text-body jx-deeds">请复制这个链接发给队友：{linkOf(target)}</Text>
        </View>
      ) : null}
    </>
  );
}
