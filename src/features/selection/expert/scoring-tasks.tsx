// 评审任务: the campaigns the caller scores as an expert, how far they have got, and the way to the sheet — at once
// while scoring is open; before it, when it opens; after it, that it is closed.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type * as z from 'zod';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { formatDateTime } from '@/components/format/format';
import { openPage, openTab, TAB_PAGES, useShownAgain } from '@/components/navigation/navigation';
import { EmptyState, PendingCard } from '@/components/states/states';
import { selectionContract } from '@/shared/contracts/selection';
import { resultIsOut, scoringHasOpened, stageLabels } from '@/shared/selection/stages';
import { sheetUrl } from './routes';
import { progressLine } from './score-form';
import { ScoringReminder } from './scoring-reminder';
import './expert.css';
import { useNow } from '@/platform/clock';

type Task = z.infer<(typeof selectionContract)['actions']['myScoring']['output']>['campaigns'][number];

/** Where the task stands for the expert, in a sentence, and what the button does. */
export function taskState(task: Task, now: Date): { note: string; action: string; primary: boolean } {
  if (!scoringHasOpened(task.stage)) {
    return {
      // When it opens is the progress line's; the note says what can be done until then.
      note: '评分开始前，可以先看候选人材料和评分细则',
      action: '先看候选人材料',
      primary: false,
    };
  }
  if (resultIsOut(task.stage)) {
    return { note: '专家评审已结束，评分已锁定', action: '查看我的评分', primary: false };
  }
  const done = task.scored >= task.candidates;
  const due = Date.parse(task.scoringEndsAt);
  const note = done
    ? '你已完成全部评分，等待其他专家完成'
    : due < now.getTime()
      ? `评分原定${formatDateTime(task.scoringEndsAt)}截止，已经过期，请尽快完成`
      : `专家评审进行中，请在${formatDateTime(task.scoringEndsAt)}前完成评分`;
  return { note, action: done ? '查看我的评分' : task.scored > 0 ? '继续评分' : '开始评分', primary: !done };
}

/** What needs scoring now first, then what opens later, then what is closed. */
export function orderTasks(tasks: readonly Task[]): Task[] {
  const rank = (task: Task) => {
    if (task.stage === 'scoring') return task.scored < task.candidates ? 0 : 1;
    return scoringHasOpened(task.stage) ? 3 : 2;
  };
  return [...tasks].sort((a, b) => rank(a) - rank(b));
}

function TaskCard({ task }: { task: Task }) {
  const now = useNow();
  const state = taskState(task, now);
  return (
    <View className="jx-card" aria-label={task.title}>
      <Text className="jx-text-title jx-block">{task.title}</Text>
      <Text className="jx-text-secondary jx-block">主办：{task.orgName}</Text>
      <View className="jx-expert__tags">
        <Text className="jx-tag jx-tag--brand">当前阶段：{stageLabels[task.stage]}</Text>
      </View>
      <Text className="jx-text-body jx-block jx-expert__line jx-expert__progress">
        {progressLine(
          task.scored,
          task.candidates,
          scoringHasOpened(task.stage) ? undefined : formatDateTime(task.scoringStartsAt),
        )}
      </Text>
      <Text className="jx-text-secondary jx-block">评分截止：{formatDateTime(task.scoringEndsAt)}</Text>
      <Text className="jx-text-body jx-block jx-expert__line">{state.note}</Text>
      {/* A reminder is for what is still to score, before scoring closes (also before it opens). */}
      {!resultIsOut(task.stage) && task.scored < task.candidates && Date.parse(task.scoringEndsAt) > now.getTime() ? (
        <ScoringReminder campaignId={task.id} scoringEndsAt={task.scoringEndsAt} set={task.reminderSet} />
      ) : null}
      <View className="jx-actions">
        <Button
          className="jx-button"
          type="primary"
          fill={state.primary ? 'solid' : 'outline'}
          onClick={() => openPage(sheetUrl(task.id))}
        >
          {state.action}
        </Button>
      </View>
    </View>
  );
}

export function ScoringTasks() {
  const { state, reload } = useCloudCall(() => callFunction(selectionContract, 'myScoring', {}), []);
  useShownAgain(reload);
  return (
    <View className="jx-expert">
      <View className="jx-expert__head">
        <Text className="jx-text-hero jx-block">评审任务</Text>
        <Text className="jx-text-secondary jx-block jx-expert__intro">
          你受邀评审的评选。按评分细则逐项打分，提交后不能修改；评审时看不到公众票数。
        </Text>
      </View>
      <PendingCard state={state} rows={4} label="正在加载评审任务" onRetry={reload} />
      {state.status === 'ready' && state.data.campaigns.length === 0 ? (
        <View className="jx-card">
          <EmptyState title="你目前没有评审任务。" hint="主办工会把你列入评审专家后，评选会出现在这里。" />
          <View className="jx-actions">
            <Button className="jx-button" fill="outline" onClick={() => openTab(TAB_PAGES.me)}>
              回到我的
            </Button>
          </View>
        </View>
      ) : null}
      {state.status === 'ready'
        ? orderTasks(state.data.campaigns).map((task) => <TaskCard key={task.id} task={task} />)
        : null}
    </View>
  );
}
