// The end of a paged list: 加载更多 while there is more, its failure with 重试, or nothing.
import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import type { CloudError } from '@/cloud/cloud-error';
import { ErrorText } from '@/components/form/messages';
import './admin.css';

export function MoreButton({
  next,
  more,
  onMore,
}: {
  next: string | null;
  more: 'idle' | 'loading' | CloudError;
  onMore: () => void;
}) {
  if (!next) return null;
  const failed = typeof more === 'object';
  return (
    <View className="jx-more">
      {failed ? <ErrorText className="jx-more__error">{more.message}</ErrorText> : null}
      <Button block className="jx-button" fill="outline" loading={more === 'loading'} onClick={onMore}>
        {more === 'loading' ? '正在加载' : failed ? '重试' : '加载更多'}
      </Button>
    </View>
  );
}
