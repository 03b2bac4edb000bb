// The three designed states every list and page has besides the happy one: loading, empty and error.
import { Button, Skeleton } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { CloudError } from '@/cloud/cloud-error';
import './states.css';

export function LoadingBlock({ rows = 3, label = '正在加载' }: { rows?: number; label?: string }) {
  return (
    <View className="jx-state" aria-busy="true" aria-label={label}>
      <Skeleton rows={rows} animated />
    </View>
  );
}

export interface EmptyStateProps {
  /** What the emptiness means, in a sentence. */
  title: string;
  /** The next step the user can take. */
  hint?: string;
}

export function EmptyState({ title, hint }: EmptyStateProps) {
  return (
    <View className="jx-state jx-state--empty">
      <Text className="jx-text-body jx-state__title">{title}</Text>
      {hint ? <Text className="jx-text-secondary jx-state__hint">{hint}</Text> : null}
    </View>
  );
}

export function ErrorState({ error, onRetry }: { error: CloudError; onRetry?: () => void }) {
  return (
    <View className="jx-state jx-state--error" role="alert">
      <Text className="jx-text-body jx-state__title">{error.message}</Text>
      {onRetry && error.retryable ? (
        <Button className="jx-state__retry" type="primary" fill="outline" onClick={onRetry}>
          重试
        </Button>
      ) : null}
    </View>
  );
}
