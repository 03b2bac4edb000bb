// 徒弟的十个一 (mentor subpackage): for the master (and staff over the pair, reading), the apprentice's 十个一 of the
// year — which of the ten are done — and their 岗位提升计划 (item 10) with the master's comments, newest first, and
// for the master a 写点评 box (checked with the action's own schema). The apprentice opens the same page from the pair
// (我的十个一与师傅点评) to read their master's comments; it is titled for them.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError, useCloudCall } from '@/cloud/use-cloud-call';
import { ChoiceField, TextAreaField } from '@/components/form/fields';
import { DoneText } from '@/components/form/messages';
import { fieldMessage, formatCalendarDay, formatDateTime } from '@/components/format/format';
import { useShownAgain } from '@/components/navigation/navigation';
import { EmptyState, PendingCard } from '@/components/states/states';
import { now } from '@/platform/clock';
import { mentoringContract, type ApprenticePlan } from '@/shared/contracts/mentoring';
import { activeYears } from '@/shared/mentoring/agreement';
import { TEN_ITEMS } from '@/shared/tenones/items';
import { beijingYear } from '@/shared/time/beijing';
import { HeldText } from './agreement-card';
import './mentoring.css';
import './pair.css';

function TenOnes({ plan, own }: { plan: ApprenticePlan; own: boolean }) {
  return (
    <View className="jx-card" aria-label="十个一进度">
      <Text className="jx-text-title jx-block">
        {own ? '我' : plan.apprenticeName}的{plan.year}年十个一：已完成 {plan.done.length}/10
      </Text>
      <View role="list">
        {TEN_ITEMS.map(({ item, title }) => {
          const done = plan.done.includes(item);
          return (
            <View key={item} className="jx-pair-ten" role="listitem">
              <Text className={`jx-pair-ten__mark${done ? ' jx-pair-ten__mark--done' : ''}`} aria-hidden>
                {done ? '✓' : '○'}
              </Text>
              <Text className="jx-text-body jx-pair-ten__title">
                {item}. {title}
              </Text>
              <Text className={done ? 'jx-tag jx-tag--success' : 'jx-text-secondary'}>
                {done ? '已完成' : '未完成'}
              </Text>
            </View>
          );
        })}
      </View>
    </View>
  );
}

function CommentBox({
  apprenticeshipId,
  year,
  onDone,
}: {
  apprenticeshipId: string;
  year: number;
  onDone: (next: ApprenticePlan) => void;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (busy) return;
    const input = { apprenticeshipId, year, text: text.trim() };
    const parsed = mentoringContract.actions.commentPlan.input.safeParse(input);
    setSent(false);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? '点评2到300字');
      return;
    }
    setError(null);
    setBusy(true);
    try {
      onDone(await callFunction(mentoringContract, 'commentPlan', input));
      setText('');
      setSent(true);
    } catch (problem) {
      setError(fieldMessage(asCloudError(problem)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="jx-pair-form" role="group" aria-label="写点评">
      <TextAreaField
        label="写点评"
        value={text}
        onChange={(value) => {
          setText(value);
          setError(null);
        }}
        error={error ?? undefined}
        hint="徒弟会收到通知并看到点评，2到300字"
        maxLength={300}
        placeholder="如：目标具体可行，建议把考证时间提前到9月"
      />
      {sent ? <DoneText>点评已发送</DoneText> : null}
      <View className="jx-actions">
        <Button className="jx-button" type="primary" loading={busy} onClick={() => void submit()}>
          {busy ? '正在发送' : '发送点评'}
        </Button>
      </View>
    </View>
  );
}

function PlanCard({
  plan,
  apprenticeshipId,
  mayComment,
  ownPlan,
  onChanged,
}: {
  plan: ApprenticePlan;
  apprenticeshipId: string;
  mayComment: boolean;
  /** The apprentice reads their own plan: the empty state tells them where to write it. */
  ownPlan: boolean;
  onChanged: (next: ApprenticePlan) => void;
}) {
  return (
    <View className="jx-card" aria-label="岗位提升计划">
      <Text className="jx-text-title jx-block">{plan.year}年岗位提升计划</Text>
      {plan.plan ? (
        <View role="list">
          {plan.plan.goals.map((goal, i) => (
            <View key={goal.goalId} className="jx-pair-line" role="listitem">
              <Text className="jx-text-body jx-block">
                {i + 1}. {goal.text || <Text className="jx-text-secondary">（目标内容审核中）</Text>}
              </Text>
              <Text className="jx-text-secondary jx-block">
                目标日期：{formatCalendarDay(goal.targetDate)}
                {goal.outcome ? ` · ${goal.outcome === 'achieved' ? '已达成' : '未达成'}` : ''}
              </Text>
            </View>
          ))}
        </View>
      ) : (
        <EmptyState
          title={
            ownPlan
              ? `你还没有制定${plan.year}年的岗位提升计划。`
              : `${plan.apprenticeName}还没有制定${plan.year}年的岗位提升计划。`
          }
          hint={ownPlan ? '在“十个一”的第10项中制定计划后，师傅可以点评。' : '徒弟制定计划后可以点评。'}
        />
      )}
      <Text className="jx-text-body jx-pair-subtitle jx-block">师傅点评（{plan.comments.length}）</Text>
      {plan.comments.length === 0 ? (
        <Text className="jx-text-secondary jx-block">还没有点评。</Text>
      ) : (
        <View role="list" aria-label="师傅点评">
          {plan.comments.map((comment) => (
            <View key={comment.commentId} className="jx-mentor-item" role="listitem">
              <Text className="jx-text-body jx-block">
                <HeldText text={comment.text} held={comment.held} />
              </Text>
              <Text className="jx-text-secondary jx-block">
                {comment.masterName}师傅 · {formatDateTime(comment.at)}
              </Text>
            </View>
          ))}
        </View>
      )}
      {mayComment && plan.plan ? (
        <CommentBox apprenticeshipId={apprenticeshipId} year={plan.year} onDone={onChanged} />
      ) : null}
    </View>
  );
}

export function ApprenticePlanPage({ apprenticeshipId }: { apprenticeshipId: string }) {
  const [year, setYear] = useState(() => beijingYear(now()));
  // The pair tells whether the caller is its master (only they comment) and whether it is still active.
  const { state, reload, replace } = useCloudCall(async () => {
    const [pair, plan] = await Promise.all([
      callFunction(mentoringContract, 'apprenticeship', { apprenticeshipId }),
      callFunction(mentoringContract, 'apprenticePlan', { apprenticeshipId, year }),
    ]);
    return { pair, plan };
  }, [apprenticeshipId, year]);
  useShownAgain(reload);
  const viewer = state.status === 'ready' ? state.data.pair.viewer : undefined;
  useEffect(() => {
    if (viewer === 'apprentice') void Taro.setNavigationBarTitle({ title: '我的十个一与师傅点评' });
  }, [viewer]);
  if (state.status !== 'ready') {
    return <PendingCard state={state} rows={6} shape="detail" label="正在加载徒弟的十个一" onRetry={reload} />;
  }
  const { pair, plan } = state.data;
  // The years the pair has counted in (the shared rule item 6 is granted by), up to its end.
  const years = activeYears(pair.since, pair.ended ? new Date(pair.ended.at) : now()).reverse();
  return (
    <View>
      {years.length > 1 ? (
        <View className="jx-card">
          <ChoiceField
            label="年度"
            choices={years.map((one) => ({ value: String(one), label: `${one}年` }))}
            value={String(year)}
            onChange={(value) => setYear(Number(value))}
          />
        </View>
      ) : null}
      <TenOnes plan={plan} own={pair.viewer === 'apprentice'} />
      <PlanCard
        plan={plan}
        apprenticeshipId={apprenticeshipId}
        mayComment={pair.viewer === 'master' && pair.state === 'active'}
        ownPlan={pair.viewer === 'apprentice'}
        onChanged={(next) => replace({ pair, plan: next })}
      />
    </View>
  );
}
