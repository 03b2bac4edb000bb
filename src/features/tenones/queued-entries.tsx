// Logs still on the phone (待发送 / 发送中 / 未能发送 with the reason): sent by themselves when the network
// returns; one the server refused stays here for 修改 or 放弃.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { OfflineQueueView } from '@/cloud/use-offline-queue';
import { openPage } from '@/components/navigation/navigation';
import { formatCalendarDay } from '@/components/format/format';
import { itemTitle, type TenItem } from '@/shared/tenones/items';
import { withQuery, PAGES } from '@/shared/routes';
import type { QueuedEntry } from './send-entry';
import { QUEUED_LABELS } from './texts';

export function QueuedEntries({ queue }: { queue: OfflineQueueView<QueuedEntry> }) {
  if (queue.records.length === 0) return null;
  return (
    <View className="jx-card" aria-label="待发送的记录">
      <Text className="jx-text-title jx-block">手机上待发送（{queue.records.length}条）</Text>
      <Text className="jx-text-secondary jx-block">联网后自动发送，不会重复。</Text>
      {queue.records.map((record) => (
        <View key={record.id} className="jx-record" role="group" aria-label={`待发送：${record.input.title}`}>
          <View className="jx-record__head">
            <Text className={`jx-tag${record.state === 'refused' ? ' jx-tag--alert' : ''}`}>
              {QUEUED_LABELS[record.state]}
            </Text>
            <Text className="jx-text-body">{record.input.title}</Text>
          </View>
          <Text className="jx-text-secondary jx-block">
            {itemTitle(record.input.item as TenItem)} · {formatCalendarDay(record.input.date)}
            {record.photos.length > 0 ? ` · ${record.photos.length}张照片` : ''}
          </Text>
          {record.refusal ? (
            <Text className="jx-text-error jx-block">没有发送成功：{record.refusal.message}</Text>
          ) : null}
          {record.state === 'refused' ? (
            <View className="jx-actions">
              <Button
                className="jx-button"
                fill="outline"
                onClick={() => openPage(withQuery(PAGES.tenones.log, { queued: record.id }))}
              >
                修改
              </Button>
              <Button className="jx-button" fill="outline" onClick={() => void queue.discard(record.id)}>
                放弃
              </Button>
            </View>
          ) : null}
        </View>
      ))}
      {queue.records.some((record) => record.state === 'waiting') ? (
        <View className="jx-actions">
          <Button className="jx-button" fill="outline" loading={queue.flushing} onClick={() => void queue.flush()}>
            现在发送
          </Button>
        </View>
      ) : null}
    </View>
  );
}
