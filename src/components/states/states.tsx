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

type Pending = { status: 'loading' } | { status: 'error'; error: CloudError } | { status: 'ready' };

/**
 * The card a page or list shows until its data is ready: a skeleton while loading, what went wrong (with 重试)
 * after a failure, nothing once ready.
 */
export function PendingCard({
  state,
  label,
  rows = 4,
  onRetry,
}: {
  state: Pending;
  label: string;
  rows?: number;
  onRetry: () => void;
}) {
  if (state.status === 'ready') return null;
  return (
    <View className="jx-card">
      {state.status === 'loading' ? (
        <LoadingBlock rows={rows} label={label} />
      ) : (
        <ErrorState error={state.error} onRetry={onRetry} />
      )}
    </View>
  );
}
