// Browser: no share sheet, so the page's link to copy (and shown, if the browser will not let it be copied).
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { DoneText } from '@/components/form/messages';
import type { ShareTarget } from './share-types';

export function useShareCard(_target: ShareTarget | null): void {}

function linkOf(target: ShareTarget): string {
  if (typeof window === 'undefined') return target.path;
  return `${window.location.origin}${window.location.pathname}#${target.path}`;
}

export function ShareAction({ target }: { target: ShareTarget }) {
  const [done, setDone] = useState<'copied' | 'shown' | null>(null);
  const copy = async () => {
    const link = linkOf(target);
    try {
      await navigator.clipboard.writeText(link);
      setDone('copied');
    } catch {
      setDone('shown');
    }
  };
  return (
    <>
      <Button className="jx-button" fill="outline" onClick={() => void copy()}>
        复制链接
      </Button>
      {done === 'copied' ? <DoneText>✓ 链接已复制，可以发给朋友</DoneText> : null}
      {done === 'shown' ? (
        <View role="status">
          <Text className="jx-text-body jx-deeds">请手动复制这个链接：{linkOf(target)}</Text>
        </View>
      ) : null}
    </>
  );
}
