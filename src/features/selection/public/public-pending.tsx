// The public pages (campaign, candidate, result, 公示) until their data is there. They are often opened from a
// shared card or poster, so a broken link says so plainly, and every state offers the way home.
import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import type { CloudCallState } from '@/cloud/use-cloud-call';
import { openTab, TAB_PAGES } from '@/components/navigation/navigation';
import { EmptyState, PendingCard } from '@/components/states/states';

export function HomeLink() {
  return (
    <View className="jx-home-link">
      <Button block className="jx-button" fill="outline" onClick={() => openTab(TAB_PAGES.home)}>
        回到首页
      </Button>
    </View>
  );
}

export function PublicPending({
  page,
  linked,
  missing,
  state,
  label,
  rows = 5,
  onRetry,
}: {
  /** The page's frame class. */
  page: string;
  /** Whether the link named what to show. */
  linked: boolean;
  /** What a link without it failed to find: 评选活动, 这位候选人. */
  missing: string;
  state: CloudCallState<unknown>;
  label: string;
  rows?: number;
  onRetry: () => void;
}) {
  return (
    <View className={page}>
      {linked ? (
        <PendingCard state={state} rows={rows} label={label} shape="detail" onRetry={onRetry} />
      ) : (
        <View className="jx-card">
          <EmptyState title={`链接不完整，没有找到${missing}。`} hint="回到首页看看正在进行的评选。" />
        </View>
      )}
      {/* What is not there already leads home from its error (ErrorState): one way home, not two. */}
      {state.status === 'error' && state.error.code === 'NOT_FOUND' ? null : <HomeLink />}
    </View>
  );
}
