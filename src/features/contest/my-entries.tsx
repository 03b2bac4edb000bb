// 我的比赛 (contest subpackage): the worker's entries, latest contest day first, each with its state (候补第n位, the
// reason of a 未通过) and the way back to its contest.
import { Text, View } from '@tarojs/components';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { formatCalendarDay } from '@/components/format/format';
import { openPage, useShownAgain } from '@/components/navigation/navigation';
import { EmptyState, PendingCard } from '@/components/states/states';
import { contestContract, type EntryView } from '@/shared/contracts/contest';
import { Button } from '@nutui/nutui-react-taro';
import { CONTEST_PAGES } from './routes';
import { entryStateText, entryTagClass } from './texts';
import './contest.css';

function EntryCard({ entry }: { entry: EntryView }) {
  return (
    <View className="jx-card" role="link" onClick={() => openPage(CONTEST_PAGES.detail(entry.contestId))}>
      <View className="jx-contest-card__head">
        <Text className={entryTagClass(entry)}>{entryStateText(entry)}</Text>
        {entry.checkedIn ? <Text className="jx-tag jx-tag--success">已签到</Text> : null}
      </View>
      <Text className="jx-text-title jx-block jx-contest-card__title">{entry.contestTitle}</Text>
      <Text className="jx-text-secondary jx-block">比赛日 {formatCalendarDay(entry.contestDay)}</Text>
      {entry.reason ? <Text className="jx-text-error jx-block">原因：{entry.reason}</Text> : null}
      {entry.result?.total !== undefined && entry.result?.total !== null ? (
        <Text className="jx-text-body jx-block">
          成绩 {entry.result.total}分{entry.result.rank ? ` · 第${entry.result.rank}名` : ''}
          {entry.result.awarded ? ' · 获奖' : ''}
        </Text>
      ) : null}
    </View>
  );
}

export function MyEntries() {
  const { state, reload } = useCloudCall(() => callFunction(contestContract, 'myEntries', {}), []);
  useShownAgain(reload);
  if (state.status !== 'ready')
    return <PendingCard state={state} rows={3} label="正在加载我的比赛" onRetry={reload} />;
  if (state.data.items.length === 0) {
    return (
      <View className="jx-card">
        <EmptyState title="你还没有报名比赛。" hint="到“活动”的技能竞赛里看看正在报名的比赛。" />
        <Button block className="jx-button" type="primary" onClick={() => openPage(CONTEST_PAGES.list())}>
          查看技能竞赛
        </Button>
      </View>
    );
  }
  return (
    <View aria-label="我的报名">
      {state.data.items.map((entry) => (
        <EntryCard key={entry.entryId} entry={entry} />
      ))}
    </View>
  );
}
