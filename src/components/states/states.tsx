// The three designed states every list and page has besides the happy one: loading, empty and error.
import { Button, Skeleton } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { CloudError } from '@/cloud/cloud-error';
import { goBack, openTab, TAB_PAGES } from '@/components/navigation/navigation';
import './states.css';

/**
 * What is coming, drawn in grey before it is there: `list` as the cards of a list (a title, a line, an action),
 * `detail` as a page's heading, tag and paragraphs, `form` as labelled fields, `lines` as plain text lines.
 */
export type SkeletonShape = 'lines' | 'list' | 'detail' | 'form';

function Bar({ width, kind = 'line' }: { width: string; kind?: 'line' | 'title' | 'hero' | 'tag' | 'field' }) {
  return <View className={`jx-skeleton__bar jx-skeleton__bar--${kind}`} style={{ width }} />;
}

function SkeletonShapes({ shape, rows }: { shape: Exclude<SkeletonShape, 'lines'>; rows: number }) {
  const items = Array.from({ length: rows }, (_, i) => i);
  if (shape === 'detail') {
    return (
      <>
        <Bar kind="hero" width="70%" />
        <Bar kind="tag" width="30%" />
        {items.map((i) => (
          <Bar key={i} width={i === rows - 1 ? '55%' : '100%'} />
        ))}
      </>
    );
  }
  if (shape === 'form') {
    return (
      <>
        {items.map((i) => (
          <View key={i} className="jx-skeleton__field">
            <Bar kind="title" width={`${25 + ((i * 7) % 15)}%`} />
            <Bar kind="field" width="100%" />
          </View>
        ))}
      </>
    );
  }
  return (
    <>
      {items.map((i) => (
        <View key={i} className="jx-skeleton__item">
          <View className="jx-skeleton__text">
            <Bar kind="title" width={`${50 + ((i * 13) % 30)}%`} />
            <Bar width={`${35 + ((i * 11) % 25)}%`} />
          </View>
          <View className="jx-skeleton__action" />
        </View>
      ))}
    </>
  );
}

export function LoadingBlock({
  rows = 3,
  label = '正在加载',
  shape = 'lines',
}: {
  rows?: number;
  label?: string;
  shape?: SkeletonShape;
}) {
  return (
    <View className="jx-state" aria-busy="true" aria-label={label}>
      {shape === 'lines' ? (
        <Skeleton rows={rows} animated />
      ) : (
        <View className={`jx-skeleton jx-skeleton--${shape}`}>
          <SkeletonShapes shape={shape} rows={rows} />
        </View>
      )}
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

/**
 * What went wrong, and always a way on: 重试 where trying again can help; where it cannot (a link to something
 * that is not there, a page this person may not open) the way out instead of a dead end.
 */
export function ErrorState({ error, onRetry }: { error: CloudError; onRetry?: () => void }) {
  return (
    <View className="jx-state jx-state--error" role="alert">
      <Text className="jx-text-body jx-state__title">{error.message}</Text>
      {error.code === 'FORBIDDEN' ? (
        <Text className="jx-text-secondary jx-state__hint">如需办理，请联系所在工会的工作人员开通权限。</Text>
      ) : null}
      {onRetry && error.retryable ? (
        <Button className="jx-state__retry" type="primary" fill="outline" onClick={onRetry}>
          重试
        </Button>
      ) : null}
      {error.code === 'NOT_FOUND' ? <WayHome /> : null}
      {error.code === 'FORBIDDEN' ? (
        <Button className="jx-state__retry" type="primary" fill="outline" onClick={() => goBack(TAB_PAGES.home)}>
          返回
        </Button>
      ) : null}
    </View>
  );
}

function WayHome() {
  return (
    <Button className="jx-state__retry" type="primary" fill="outline" onClick={() => openTab(TAB_PAGES.home)}>
      返回首页
    </Button>
  );
}

/** A page that is not there (an old or mistyped link, a code for a page since removed): what, and the way home. */
export function PageNotFound({ path }: { path: string | undefined }) {
  return (
    <View className="jx-state jx-state--error" role="alert">
      <Text className="jx-text-title jx-state__title">没有找到这个页面</Text>
      <Text className="jx-text-secondary jx-state__hint">
        链接可能已过期或有误{path ? `（${path}）` : ''}。可以回到首页，从那里找到要办的事。
      </Text>
      <WayHome />
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
  shape = 'list',
  onRetry,
}: {
  state: Pending;
  label: string;
  rows?: number;
  shape?: SkeletonShape;
  onRetry: () => void;
}) {
  if (state.status === 'ready') return null;
  return (
    <View className="jx-card">
      {state.status === 'loading' ? (
        <LoadingBlock rows={rows} label={label} shape={shape} />
      ) : (
        <ErrorState error={state.error} onRetry={onRetry} />
      )}
    </View>
  );
}
