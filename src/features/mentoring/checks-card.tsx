// The checks of a pair, newest first (date, kind, notes, each goal's progress), and for the master 记录检查: the
// day (not after today, not before the term), notes, and each agreed goal's percent, prefilled from the last check.
// Checked with the action's own schema and the shared date rule before sending.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError } from '@/cloud/use-cloud-call';
import { DateField } from '@/components/form/date-fields';
import { TextAreaField, TextField } from '@/components/form/fields';
import { ErrorText } from '@/components/form/messages';
import { fieldMessage, formatCalendarDay } from '@/components/format/format';
import { EmptyState } from '@/components/states/states';
import { now } from '@/platform/clock';
import { mentoringContract, type AgreementView, type PairDetail } from '@/shared/contracts/mentoring';
import { checkDateProblem } from '@/shared/mentoring/agreement';
import { beijingDay } from '@/shared/time/beijing';
import { fieldErrors, type FieldErrors } from '@/shared/validation/field-errors';
import { HeldText } from './agreement-card';
import { checkKindLabels, progressText } from './pair-texts';

function CheckForm({
  pair,
  agreed,
  onDone,
  onCancel,
}: {
  pair: PairDetail;
  agreed: AgreementView;
  onDone: (next: PairDetail) => void;
  onCancel: () => void;
}) {
  const today = beijingDay(now());
  const last = pair.checks[0];
  const [date, setDate] = useState(today);
  const [notes, setNotes] = useState('');
  const [percents, setPercents] = useState<string[]>(() =>
    agreed.goals.map((goal) => String(last?.progress.find((one) => one.goalId === goal.goalId)?.percent ?? 0)),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    const input = {
      apprenticeshipId: pair.apprenticeshipId,
      date,
      notes: notes.trim(),
      // An empty or non-numeric box is not a number: the schema names it rather than sending 0.
      progress: agreed.goals.map((goal, i) => ({
        goalId: goal.goalId,
        percent: percents[i]!.trim() === '' ? Number.NaN : Number(percents[i]),
      })),
    };
    const problems = fieldErrors(mentoringContract.actions.recordCheck.input, input);
    const dateProblem = checkDateProblem(date, agreed.term, now());
    if (dateProblem) problems.date ??= dateProblem.message;
    setErrors(problems);
    setFailure(null);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      onDone(await callFunction(mentoringContract, 'recordCheck', input));
    } catch (problem) {
      const failed = asCloudError(problem);
      if (failed.field && failed.field !== 'apprenticeshipId') setErrors({ [failed.field]: fieldMessage(failed) });
      else setFailure(failed.message);
      setBusy(false);
    }
  };

  return (
    <View className="jx-pair-form" aria-label="记录检查" role="group">
      <Text className="jx-text-title jx-block">记录检查</Text>
      {pair.nextDue ? (
        <Text className="jx-text-secondary jx-block">
          本次为{checkKindLabels[pair.nextDue.kind]}（应于{formatCalendarDay(pair.nextDue.day)}）
        </Text>
      ) : null}
      <DateField
        label="检查日期"
        value={date}
        onChange={(value) => {
          setDate(value);
          setErrors((was) => ({ ...was, date: '' }));
        }}
        error={errors.date || undefined}
        start={agreed.term.start}
        end={today}
      />
      <TextAreaField
        label="检查记录"
        value={notes}
        onChange={(value) => {
          setNotes(value);
          setErrors((was) => ({ ...was, notes: '' }));
        }}
        error={errors.notes || undefined}
        hint="徒弟的表现、存在的问题和下一步安排，2到500字"
        maxLength={500}
      />
      {agreed.goals.map((goal, i) => (
        <TextField
          key={goal.goalId}
          label={`目标${i + 1}进度（%）`}
          type="number"
          value={percents[i]!}
          onChange={(value) => {
            setPercents((was) => was.map((one, j) => (j === i ? value : one)));
            setErrors((was) => ({ ...was, [`progress.${i}.percent`]: '' }));
          }}
          error={errors[`progress.${i}.percent`] || undefined}
          hint={goal.text || '（目标内容审核中）'}
          maxLength={3}
        />
      ))}
      {errors.progress ? <ErrorText className="jx-field__message">{errors.progress}</ErrorText> : null}
      {failure ? <ErrorText className="jx-field__message">{failure}</ErrorText> : null}
      <View className="jx-actions">
        <Button className="jx-button" fill="outline" onClick={onCancel}>
          取消
        </Button>
        <Button className="jx-button" type="primary" loading={busy} onClick={() => void submit()}>
          {busy ? '正在保存' : '保存检查记录'}
        </Button>
      </View>
    </View>
  );
}

export function ChecksCard({ pair, onChanged }: { pair: PairDetail; onChanged: (next: PairDetail) => void }) {
  const [recording, setRecording] = useState(false);
  const agreed = pair.agreed;
  const goalIds = agreed?.goals.map((goal) => goal.goalId) ?? [];
  const mayRecord = pair.viewer === 'master' && pair.state === 'active' && agreed !== null;
  return (
    <View className="jx-card" aria-label="检查记录">
      <Text className="jx-text-title jx-block">检查记录（{pair.checks.length}）</Text>
      {recording && agreed ? (
        <CheckForm
          pair={pair}
          agreed={agreed}
          onCancel={() => setRecording(false)}
          onDone={(next) => {
            setRecording(false);
            onChanged(next);
          }}
        />
      ) : mayRecord ? (
        <View className="jx-actions">
          <Button className="jx-button" type="primary" onClick={() => setRecording(true)}>
            记录检查
          </Button>
        </View>
      ) : null}
      {pair.checks.length === 0 ? (
        <EmptyState
          title="还没有检查记录。"
          hint={agreed ? '师傅每次检查后在这里记录进度。' : '协议生效后，师傅按约定的频次检查并记录。'}
        />
      ) : (
        <View role="list">
          {pair.checks.map((check) => (
            <View key={check.checkId} className="jx-mentor-item" role="listitem">
              <View className="jx-mentor-head">
                <Text className="jx-text-body jx-mentor-name">{formatCalendarDay(check.date)}</Text>
                <Text className={check.kind === 'review' ? 'jx-tag jx-tag--brand' : 'jx-tag'}>
                  {checkKindLabels[check.kind]}
                </Text>
              </View>
              <Text className="jx-text-body jx-block">
                <HeldText text={check.notes} held={check.notesHeld} />
              </Text>
              <Text className="jx-text-secondary jx-block">{progressText(check, goalIds).join('　')}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
