// 岗位提升计划 (item 10): goals with target dates in the year; each is marked 达成 or 未达成 at review time (from
// its target date, or at the December review).
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError, useCloudCall } from '@/cloud/use-cloud-call';
import { DateField } from '@/components/form/date-fields';
import { TextField } from '@/components/form/fields';
import { DoneText, ErrorText } from '@/components/form/messages';
import { fieldMessage, formatCalendarDay } from '@/components/format/format';
import { PendingCard } from '@/components/states/states';
import { now } from '@/platform/clock';
import { activityContract, MAX_GOALS, planInputSchema, type PlanView } from '@/shared/contracts/activity';
import { newId } from '@/shared/ids';
import { beijingDay } from '@/shared/time/beijing';
import { fieldErrors, type FieldErrors } from '@/shared/validation/field-errors';
import { STATE_LABELS, stateTagClass } from './texts';
import './tenones.css';

interface GoalDraft {
  goalId: string;
  text: string;
  targetDate: string;
}

const blankGoal = (year: number): GoalDraft => ({ goalId: newId('g'), text: '', targetDate: `${year}-12-31` });

export function PlanPage({ year }: { year: number }) {
  // The plan comes with the year; a missing plan is an empty form.
  const { state, reload, replace } = useCloudCall(
    () => callFunction(activityContract, 'myYear', { year }).then((view) => view.plan),
    [year],
  );
  const [goals, setGoals] = useState<GoalDraft[] | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (state.status === 'ready' && goals === null) {
      setGoals(
        state.data?.goals.map(({ goalId, text, targetDate }) => ({ goalId, text, targetDate })) ?? [blankGoal(year)],
      );
    }
  }, [state, goals, year]);

  const change = (index: number, patch: Partial<GoalDraft>) => {
    setGoals((now) => now!.map((goal, i) => (i === index ? { ...goal, ...patch } : goal)));
    setSaved(false);
  };

  const save = async () => {
    if (busy || !goals) return;
    const input = { year, goals: goals.map((goal) => ({ ...goal, text: goal.text.trim() })) };
    const problems = fieldErrors(planInputSchema, input);
    setErrors(problems);
    setFailure(null);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      replace(await callFunction(activityContract, 'savePlan', input));
      setSaved(true);
    } catch (error) {
      const failed = asCloudError(error);
      if (failed.field) setErrors({ [failed.field]: fieldMessage(failed) });
      else setFailure(failed.message);
    } finally {
      setBusy(false);
    }
  };

  const mark = async (goalId: string, outcome: 'achieved' | 'missed') => {
    try {
      replace(await callFunction(activityContract, 'markGoal', { year, goalId, outcome }));
    } catch (error) {
      setFailure(asCloudError(error).message);
    }
  };

  if (state.status !== 'ready' || !goals) {
    return (
      <PendingCard
        state={state.status === 'ready' ? { status: 'loading' } : state}
        label="正在加载计划"
        shape="form"
        onRetry={reload}
      />
    );
  }
  const stored: PlanView | null = state.data;
  const today = beijingDay(now());
  return (
    <View>
      <View className="jx-card" aria-label="岗位提升计划">
        <Text className="jx-text-title jx-block">{year}年岗位提升计划</Text>
        <Text className="jx-text-secondary jx-block">写下今年要达到的目标和日期，到期后标记是否达成。</Text>
        {stored ? <Text className={stateTagClass(stored.state)}>{STATE_LABELS[stored.state]}</Text> : null}
        {goals.map((goal, i) => {
          const kept = stored?.goals.find((one) => one.goalId === goal.goalId);
          return (
            <View key={goal.goalId} className="jx-goal" role="group" aria-label={`目标${i + 1}`}>
              <TextField
                label={`目标${i + 1}`}
                value={goal.text}
                onChange={(text) => change(i, { text })}
                error={errors[`goals.${i}.text`]}
                maxLength={100}
                placeholder="如：考取数控车工高级技师"
              />
              <DateField
                label={`目标${i + 1}的日期`}
                value={goal.targetDate}
                onChange={(targetDate) => change(i, { targetDate })}
                error={errors[`goals.${i}.targetDate`]}
                start={`${year}-01-01`}
                end={`${year}-12-31`}
              />
              {kept?.outcome ? (
                <Text className={kept.outcome === 'achieved' ? 'jx-tag jx-tag--success' : 'jx-tag jx-tag--alert'}>
                  {kept.outcome === 'achieved' ? '已达成' : '未达成'}
                </Text>
              ) : null}
              <View className="jx-actions">
                {kept?.reviewable ? (
                  <>
                    <Button className="jx-button" fill="outline" onClick={() => void mark(goal.goalId, 'achieved')}>
                      达成
                    </Button>
                    <Button className="jx-button" fill="outline" onClick={() => void mark(goal.goalId, 'missed')}>
                      未达成
                    </Button>
                  </>
                ) : kept ? (
                  <Text className="jx-text-secondary">
                    {formatCalendarDay(kept.targetDate) > formatCalendarDay(today)
                      ? '到目标日期后可以标记是否达成'
                      : ''}
                  </Text>
                ) : null}
                {goals.length > 1 ? (
                  <Button
                    className="jx-button"
                    fill="outline"
                    onClick={() => setGoals((now) => now!.filter((one) => one.goalId !== goal.goalId))}
                  >
                    删除目标
                  </Button>
                ) : null}
              </View>
            </View>
          );
        })}
        {errors.goals ? <ErrorText>{errors.goals}</ErrorText> : null}
        {failure ? <ErrorText>{failure}</ErrorText> : null}
        {saved ? <DoneText>计划已保存</DoneText> : null}
        <View className="jx-actions">
          {goals.length < MAX_GOALS ? (
            <Button className="jx-button" fill="outline" onClick={() => setGoals([...goals, blankGoal(year)])}>
              添加目标
            </Button>
          ) : null}
          <Button className="jx-button" type="primary" loading={busy} onClick={() => void save()}>
            保存计划
          </Button>
        </View>
      </View>
    </View>
  );
}
