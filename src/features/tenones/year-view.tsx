// 我的十个一 (and staff's view of one worker's year): the year's progress n/10, the ten items done or not with the
// evidence behind each (the worker's own records and credits from elsewhere, each saying where it came from), the
// year's records with their state, and earlier years. The worker also sees what waits on the phone to be sent.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { useOfflineQueue } from '@/cloud/use-offline-queue';
import { formatCalendarDay, formatDay } from '@/components/format/format';
import { openPage, useShownAgain } from '@/components/navigation/navigation';
import { PendingCard } from '@/components/states/states';
import { activityContract, type YearView } from '@/shared/contracts/activity';
import { itemTitle, type TenItem } from '@/shared/tenones/items';
import { beijingYear } from '@/shared/time/beijing';
import { now } from '@/platform/clock';
import { YearProgress } from './glance';
import { rememberMe } from './me-cache';
import { QueuedEntries } from './queued-entries';
import { TENONES_PAGES } from './routes';
import { ENTRY_KIND, sendEntry, type QueuedEntry } from './send-entry';
import { SOURCE_LABELS, STATE_LABELS, stateTagClass } from './texts';
import './tenones.css';

function logPage(item: TenItem, year: number): string {
  if (item === 9) return TENONES_PAGES.diary();
  if (item === 10) return TENONES_PAGES.plan(year);
  return TENONES_PAGES.log(item);
}

function ItemRow({ view, entry, mine }: { view: YearView; entry: YearView['items'][number]; mine: boolean }) {
  const item = entry.item as TenItem;
  return (
    <View
      className="jx-item"
      role="listitem"
      aria-label={`${item}. ${itemTitle(item)}：${entry.done ? '已完成' : '未完成'}`}
    >
      <View className="jx-item__head">
        <View className="jx-item__title">
          <Text className="jx-text-body jx-block">
            {item}. {itemTitle(item)}
          </Text>
          <Text className={entry.done ? 'jx-tag jx-tag--success' : 'jx-tag'}>
            {entry.done ? '✓ 已完成' : '未完成'}
          </Text>
        </View>
        {mine && view.open ? (
          <Button className="jx-button" fill="outline" onClick={() => openPage(logPage(item, view.year))}>
            {item === 9 ? '写日记' : item === 10 ? (view.plan ? '看计划' : '做计划') : entry.done ? '再记' : '记录'}
          </Button>
        ) : null}
      </View>
      {entry.done ? (
        <View className="jx-item__evidence">
          {item === 9 ? (
            <Text className="jx-text-secondary jx-item__line">已写{entry.count}篇生产日记</Text>
          ) : (
            entry.evidence.map((evidence) => (
              <Text key={`${evidence.kind}.${evidence.sourceId}`} className="jx-text-secondary jx-item__line">
                {SOURCE_LABELS[evidence.kind]}：{evidence.title}（{formatDay(evidence.at)}）
              </Text>
            ))
          )}
        </View>
      ) : null}
    </View>
  );
}

function Records({ view }: { view: YearView }) {
  if (view.entries.length === 0) return null;
  return (
    <View className="jx-card" aria-label="记录">
      <Text className="jx-text-title jx-block">
        {view.year}年的记录（{view.entries.length}条）
      </Text>
      {view.entries.map((entry) => (
        <View
          key={entry.entryId}
          className="jx-record jx-tappable"
          role="link"
          aria-label={`${entry.title}：${STATE_LABELS[entry.state]}`}
          onClick={() => openPage(TENONES_PAGES.entry(entry.entryId))}
        >
          <View className="jx-record__head">
            <Text className={stateTagClass(entry.state)}>{STATE_LABELS[entry.state]}</Text>
            {entry.locked ? <Text className="jx-tag jx-tag--success">已认可</Text> : null}
            <Text className="jx-text-body">{entry.title}</Text>
          </View>
          <Text className="jx-text-secondary jx-block">
            {itemTitle(entry.item as TenItem)} · {formatCalendarDay(entry.date)}
            {entry.photos.length > 0 ? ` · ${entry.photos.length}张照片` : ''}
          </Text>
          {entry.state === 'rejected' && entry.review?.reason ? (
            <Text className="jx-text-error jx-block">不予认可：{entry.review.reason}</Text>
          ) : null}
        </View>
      ))}
    </View>
  );
}

/** The year page: the caller's own (`userId` absent) or, for staff, one worker's. */
export function YearPage({ userId, year: asked }: { userId?: string; year?: number }) {
  const [year, setYear] = useState<number | undefined>(asked);
  const mine = !userId;
  const { state, reload } = useCloudCall<YearView>(
    () =>
      userId
        ? callFunction(activityContract, 'personYear', { userId, year: year ?? beijingYear(now()) })
        : callFunction(activityContract, 'myYear', year ? { year } : {}),
    [userId, year],
  );
  const queue = useOfflineQueue<QueuedEntry>(ENTRY_KIND, sendEntry);
  useShownAgain(reload);
  // A log that reached the server shows among the records: load again when the queue shrinks.
  const waiting = queue.records.length;
  const [seenWaiting, setSeenWaiting] = useState(waiting);
  useEffect(() => {
    if (waiting < seenWaiting) reload();
    setSeenWaiting(waiting);
  }, [waiting, seenWaiting, reload]);
  useEffect(() => {
    if (state.status === 'ready' && mine) rememberMe(state.data.person.userId);
  }, [state, mine]);

  return (
    <View>
      {mine ? <QueuedEntries queue={queue} /> : null}
      <PendingCard state={state} label="正在加载十个一" shape="list" onRetry={reload} />
      {state.status === 'ready' ? (
        <>
          <View className="jx-card" aria-label="进度">
            <Text className="jx-text-title jx-block">
              {mine ? `我的${state.data.year}年“十个一”` : `${state.data.person.name}的${state.data.year}年“十个一”`}
            </Text>
            {state.data.person.orgName && !mine ? (
              <Text className="jx-text-secondary jx-block">{state.data.person.orgName}</Text>
            ) : null}
            <YearProgress doneCount={state.data.doneCount} year={state.data.year} />
            {!state.data.open ? (
              <Text className="jx-text-secondary jx-block">这一年已结束登记，记录只能查看。</Text>
            ) : null}
            {state.data.years.length > 1 ? (
              <View className="jx-years" role="group" aria-label="选择年份">
                {state.data.years.map((option) => (
                  <Button
                    key={option}
                    className="jx-button"
                    fill={option === state.data.year ? 'solid' : 'outline'}
                    type={option === state.data.year ? 'primary' : 'default'}
                    onClick={() => setYear(option)}
                  >
                    {option}年
                  </Button>
                ))}
              </View>
            ) : null}
          </View>
          <View className="jx-card" aria-label="十个一">
            <View className="jx-items" role="list">
              {state.data.items.map((entry) => (
                <ItemRow key={entry.item} view={state.data} entry={entry} mine={mine} />
              ))}
            </View>
          </View>
          <Records view={state.data} />
        </>
      ) : null}
    </View>
  );
}
