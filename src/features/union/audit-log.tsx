// 操作日志: every staff act in the caller's part of the tree, newest first, page by page — when (Beijing time),
// who, what, on whom, why, and what changed.
import { Text, View } from '@tarojs/components';
import type * as z from 'zod';
import { callFunction } from '@/cloud/call-function';
import { formatDateTime } from '@/components/format/format';
import { EmptyState, PendingCard } from '@/components/states/states';
import { unionContract, type auditEntrySchema } from '@/shared/contracts/union';
import { AdminFrame } from '@/components/staff/admin-frame';
import { actionLabel, changeLines, targetLine } from './audit-format';
import { MoreButton } from '@/components/staff/more-button';
import { usePaged } from '@/cloud/use-paged';
import '@/components/staff/admin.css';

type Entry = z.infer<typeof auditEntrySchema>;

function EntryCard({ entry }: { entry: Entry }) {
  const changes = changeLines(entry.before, entry.after);
  return (
    <View className="jx-card jx-audit" aria-label={`${actionLabel(entry.action)}：${entry.targetLabel}`}>
      <View className="jx-audit__head">
        <Text className="jx-text-body jx-audit__action">{actionLabel(entry.action)}</Text>
        <Text className="jx-text-secondary">{formatDateTime(entry.at)}</Text>
      </View>
      <Text className="jx-text-body jx-block">{targetLine(entry.targetType, entry.targetLabel)}</Text>
      <Text className="jx-text-secondary jx-block">操作人：{entry.actorName}</Text>
      {entry.reason ? <Text className="jx-text-secondary jx-block">原因：{entry.reason}</Text> : null}
      {changes.length > 0 ? (
        <View className="jx-audit__changes">
          {changes.map((line) => (
            <Text key={line} className="jx-text-secondary jx-block">
              {line}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  );
}

export function AuditLog() {
  const { state, reload, more } = usePaged(async (cursor) => {
    const page = await callFunction(unionContract, 'auditLog', { cursor });
    return { items: page.entries, nextCursor: page.nextCursor };
  }, []);

  return (
    <AdminFrame title="操作日志" intro="你负责的组织里的授权、审核、认定、查看号码等操作，时间为北京时间。">
      <PendingCard state={state} rows={5} label="正在加载操作日志" onRetry={reload} />
      {state.status === 'ready' && state.items.length === 0 ? (
        <View className="jx-card">
          <EmptyState title="还没有操作记录。" hint="审核、授权、认定等操作完成后会记在这里。" />
        </View>
      ) : null}
      {state.status === 'ready' ? state.items.map((entry) => <EntryCard key={entry.id} entry={entry} />) : null}
      {state.status === 'ready' ? <MoreButton next={state.next} more={state.more} onMore={more} /> : null}
    </AdminFrame>
  );
}
