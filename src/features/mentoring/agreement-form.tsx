// 拟定协议 / 修改协议 on a pair's page, for the master: goals with target dates, the term (1 to 3 years) and the
// cadence. Checked before sending with the action's own schema and the shared rules (the message under a field is the
// one the server would give); the apprentice must agree to what is sent, also to a change.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError } from '@/cloud/use-cloud-call';
import { DateField } from '@/components/form/date-fields';
import { ChoiceField, TextField } from '@/components/form/fields';
import { ErrorText } from '@/components/form/messages';
import { fieldMessage, formatCalendarDay } from '@/components/format/format';
import { now } from '@/platform/clock';
import { agreementInputSchema, mentoringContract, type PairDetail } from '@/shared/contracts/mentoring';
import { newId } from '@/shared/ids';
import {
  DEFAULT_CHECK_EVERY_MONTHS,
  DEFAULT_REVIEW_EVERY_MONTHS,
  MAX_AGREEMENT_GOALS,
  MAX_START_AHEAD_DAYS,
  MAX_TERM_YEARS,
  MIN_TERM_YEARS,
  termEndBounds,
  termStartProblem,
} from '@/shared/mentoring/agreement';
import { addDays, beijingDay } from '@/shared/time/beijing';
import { fieldErrors, type FieldErrors } from '@/shared/validation/field-errors';
import { everyText } from './pair-texts';

interface GoalDraft {
  goalId: string;
  text: string;
  targetDate: string;
}

interface Draft {
  goals: GoalDraft[];
  term: { start: string; end: string };
  cadence: { checkEveryMonths: number; reviewEveryMonths: number };
}

const CHECK_CHOICES = [1, 2, 3, 6];
const REVIEW_CHOICES = [1, 2, 3, 6, 12];

/** The offered cadences, with the agreement's own value kept when it is not one of them. */
function choicesOf(options: number[], current: number) {
  const values = options.includes(current) ? options : [...options, current].sort((a, b) => a - b);
  return values.map((months) => ({ value: String(months), label: everyText(months) }));
}

function initialDraft(pair: PairDetail): Draft {
  const base = pair.proposal ?? pair.agreed;
  if (base) {
    return {
      goals: base.goals.map(({ goalId, text, targetDate }) => ({ goalId, text, targetDate })),
      term: { ...base.term },
      cadence: { ...base.cadence },
    };
  }
  // A new agreement starts today (or the day they paired, when that is later) and runs the shortest term.
  const today = beijingDay(now());
  const since = beijingDay(pair.since);
  const start = since > today ? since : today;
  const end = termEndBounds(start).earliest;
  return {
    goals: [{ goalId: newId('goal'), text: '', targetDate: end }],
    term: { start, end },
    cadence: { checkEveryMonths: DEFAULT_CHECK_EVERY_MONTHS, reviewEveryMonths: DEFAULT_REVIEW_EVERY_MONTHS },
  };
}

export function AgreementForm({
  pair,
  onDone,
  onCancel,
}: {
  pair: PairDetail;
  onDone: (next: PairDetail) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<Draft>(() => initialDraft(pair));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const changing = pair.agreed !== null;

  const patch = (next: Partial<Draft>, cleared: string[]) => {
    setDraft((was) => ({ ...was, ...next }));
    setErrors((was) => Object.fromEntries(Object.entries(was).filter(([key]) => !cleared.includes(key))));
  };
  const setGoal = (index: number, goal: Partial<GoalDraft>, field: string) =>
    patch({ goals: draft.goals.map((one, i) => (i === index ? { ...one, ...goal } : one)) }, [
      `goals.${index}.${field}`,
      'goals',
    ]);

  const submit = async () => {
    if (busy) return;
    const input = {
      apprenticeshipId: pair.apprenticeshipId,
      goals: draft.goals.map((goal) => ({ ...goal, text: goal.text.trim() })),
      term: draft.term,
      cadence: draft.cadence,
    };
    const problems = fieldErrors(agreementInputSchema, input);
    const start = termStartProblem(draft.term.start, pair.since, now());
    if (start) problems[start.path.join('.')] ??= start.message;
    setErrors(problems);
    setFailure(null);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      onDone(await callFunction(mentoringContract, 'proposeAgreement', input));
    } catch (problem) {
      const failed = asCloudError(problem);
      if (failed.field && failed.field !== 'apprenticeshipId') setErrors({ [failed.field]: fieldMessage(failed) });
      else setFailure(failed.message);
      setBusy(false);
    }
  };

  const bounds = termEndBounds(draft.term.start);
  const today = beijingDay(now());
  return (
    <View className="jx-card" aria-label={changing ? '修改协议' : '拟定协议'}>
      <Text className="jx-text-title jx-block">{changing ? '修改协议' : '拟定协议'}</Text>
      <Text className="jx-text-secondary jx-block">
        {changing
          ? '修改后需徒弟再次同意；同意前，原协议继续有效。'
          : `写下带徒目标和期限，提交后由${pair.apprenticeName}确认同意。`}
      </Text>
      <DateField
        label="开始日期"
        value={draft.term.start}
        onChange={(start) => patch({ term: { ...draft.term, start } }, ['term.start', 'term.end'])}
        error={errors['term.start']}
        start={beijingDay(pair.since)}
        end={addDays(today, MAX_START_AHEAD_DAYS)}
      />
      <DateField
        label="结束日期"
        value={draft.term.end}
        onChange={(end) => patch({ term: { ...draft.term, end } }, ['term.end'])}
        error={errors['term.end']}
        hint={`带徒期限${MIN_TERM_YEARS}到${MAX_TERM_YEARS}年：${formatCalendarDay(bounds.earliest)}至${formatCalendarDay(bounds.latest)}之间`}
        start={bounds.earliest}
        end={bounds.latest}
      />
      <ChoiceField
        label="日常检查"
        choices={choicesOf(CHECK_CHOICES, draft.cadence.checkEveryMonths)}
        value={String(draft.cadence.checkEveryMonths)}
        onChange={(value) =>
          patch({ cadence: { ...draft.cadence, checkEveryMonths: Number(value) } }, [
            'cadence.checkEveryMonths',
            'cadence.reviewEveryMonths',
          ])
        }
        error={errors['cadence.checkEveryMonths']}
      />
      <ChoiceField
        label="阶段评估"
        choices={choicesOf(REVIEW_CHOICES, draft.cadence.reviewEveryMonths)}
        value={String(draft.cadence.reviewEveryMonths)}
        onChange={(value) =>
          patch({ cadence: { ...draft.cadence, reviewEveryMonths: Number(value) } }, ['cadence.reviewEveryMonths'])
        }
        error={errors['cadence.reviewEveryMonths']}
      />
      {draft.goals.map((goal, i) => (
        <View key={goal.goalId} className="jx-pair-goal" role="group" aria-label={`带徒目标${i + 1}`}>
          <TextField
            label={`带徒目标${i + 1}`}
            value={goal.text}
            onChange={(text) => setGoal(i, { text }, 'text')}
            error={errors[`goals.${i}.text`]}
            maxLength={100}
            placeholder="如：独立完成设备日常保养"
          />
          <DateField
            label={`目标${i + 1}的完成日期`}
            value={goal.targetDate}
            onChange={(targetDate) => setGoal(i, { targetDate }, 'targetDate')}
            error={errors[`goals.${i}.targetDate`]}
          />
          {draft.goals.length > 1 ? (
            <View className="jx-actions">
              <Button
                className="jx-button"
                fill="outline"
                onClick={() =>
                  patch({ goals: draft.goals.filter((one) => one.goalId !== goal.goalId) }, Object.keys(errors))
                }
              >
                删除目标{i + 1}
              </Button>
            </View>
          ) : null}
        </View>
      ))}
      {errors.goals ? <ErrorText className="jx-field__message">{errors.goals}</ErrorText> : null}
      {failure ? <ErrorText className="jx-field__message">{failure}</ErrorText> : null}
      <View className="jx-actions">
        {draft.goals.length < MAX_AGREEMENT_GOALS ? (
          <Button
            className="jx-button"
            fill="outline"
            onClick={() =>
              patch({ goals: [...draft.goals, { goalId: newId('goal'), text: '', targetDate: draft.term.end }] }, [
                'goals',
              ])
            }
          >
            添加目标
          </Button>
        ) : null}
        <Button className="jx-button" fill="outline" onClick={onCancel}>
          取消
        </Button>
        <Button className="jx-button" type="primary" loading={busy} onClick={() => void submit()}>
          {busy ? '正在提交' : '提交给徒弟'}
        </Button>
      </View>
    </View>
  );
}
