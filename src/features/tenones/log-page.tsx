// The 记录 page's three ways in: a new log of an item, a sent entry to edit (loaded first: editing needs the
// network), or a log waiting on the phone to correct. A new log needs no network at all: the worker's id comes
// from the last year page that loaded.
import { Text, View } from '@tarojs/components';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { offlineQueue } from '@/cloud/use-offline-queue';
import { PendingCard } from '@/components/states/states';
import { activityContract } from '@/shared/contracts/activity';
import { isLoggedItem } from '@/shared/tenones/forms';
import { LogForm } from './log-form';
import { rememberedMe } from './me-cache';
import type { QueuedEntry } from './send-entry';
import type { QueuedRecord } from '@/cloud/offline-queue';

function EditEntry({ entryId, userId }: { entryId: string; userId: string }) {
  const { state, reload } = useCloudCall(() => callFunction(activityContract, 'entry', { entryId }), [entryId]);
  if (state.status !== 'ready')
    return <PendingCard state={state} label="正在加载记录" shape="form" onRetry={reload} />;
  return <LogForm userId={userId} item={null} editing={state.data} />;
}

export function LogPage({ item, entryId, queuedId }: { item: number | null; entryId?: string; queuedId?: string }) {
  const userId = rememberedMe();
  if (!userId) {
    return (
      <View className="jx-card">
        <Text className="jx-text-body">请先在有网络时打开一次“我的十个一”，之后没有网络也能记录。</Text>
      </View>
    );
  }
  if (entryId) return <EditEntry entryId={entryId} userId={userId} />;
  const queued = queuedId ? (offlineQueue.get(queuedId) as QueuedRecord<QueuedEntry> | null) : null;
  if (queued) return <LogForm userId={userId} item={null} queued={queued} />;
  return <LogForm userId={userId} item={item !== null && isLoggedItem(item) ? item : null} />;
}
