// 出师考核 for the master: a grade (优秀 / 合格 / 不合格) and a comment, confirmed in a dialog because it ends the
// pair; 不合格 says what the apprentice may do next. And how an ended pair shows to everyone: the grade, the comment,
// who ended it and when.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError } from '@/cloud/use-cloud-call';
import { Dialog } from '@/components/dialog/dialog';
import { ChoiceField, TextAreaField } from '@/components/form/fields';
import { ErrorText } from '@/components/form/messages';
import { fieldMessage, formatDateTime } from '@/components/format/format';
import { mentoringContract, type PairDetail } from '@/shared/contracts/mentoring';
import { graduationGradeLabels, graduationGrades, type GraduationGrade } from '@/shared/mentoring/vocabulary';
import { fieldErrors, type FieldErrors } from '@/shared/validation/field-errors';
import { HeldText } from './agreement-card';
import { endingTitle, FAIL_NEXT_STEPS } from './pair-texts';

const GRADES = graduationGrades.map((value) => ({ value, label: graduationGradeLabels[value] }));

export function GraduateCard({ pair, onChanged }: { pair: PairDetail; onChanged: (next: PairDetail) => void }) {
  const [open, setOpen] = useState(false);
  const [grade, setGrade] = useState<GraduationGrade | null>(null);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    const input = { apprenticeshipId: pair.apprenticeshipId, grade, comment: comment.trim() };
    const problems = fieldErrors(mentoringContract.actions.graduate.input, input);
    setErrors(problems);
    setFailure(null);
    if (Object.keys(problems).length > 0 || !grade) return;
    setBusy(true);
    try {
      const next = await callFunction(mentoringContract, 'graduate', { ...input, grade });
      setOpen(false);
      onChanged(next);
    } catch (problem) {
      const failed = asCloudError(problem);
      if (failed.field === 'grade' || failed.field === 'comment') setErrors({ [failed.field]: fieldMessage(failed) });
      else setFailure(failed.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="jx-card" aria-label="出师考核">
      <Text className="jx-text-title jx-block">出师考核</Text>
      <Text className="jx-text-secondary jx-block">
        {pair.agreed
          ? `考核后师徒关系结束，${pair.apprenticeName}会收到结果；记录双方都可以查看。`
          : '协议生效后才能进行出师考核。'}
      </Text>
      {pair.agreed ? (
        <View className="jx-actions">
          <Button className="jx-button" fill="outline" type="primary" onClick={() => setOpen(true)}>
            出师考核
          </Button>
        </View>
      ) : null}
      <Dialog
        open={open}
        title="出师考核"
        onClose={() => setOpen(false)}
        actions={
          <>
            <Button className="jx-button" fill="outline" onClick={() => setOpen(false)}>
              再想想
            </Button>
            <Button className="jx-button" type="primary" loading={busy} onClick={() => void submit()}>
              {busy ? '正在提交' : '确定考核'}
            </Button>
          </>
        }
      >
        <Text className="jx-text-body jx-block">
          为{pair.apprenticeName}评定出师考核结果。提交后师徒关系结束，不能撤回。
        </Text>
        <ChoiceField<GraduationGrade>
          label="考核结果"
          choices={GRADES}
          value={grade}
          onChange={(value) => {
            setGrade(value);
            setErrors((was) => ({ ...was, grade: '' }));
          }}
          error={errors.grade || undefined}
        />
        {grade === 'fail' ? <Text className="jx-text-body jx-block jx-mentor-note">{FAIL_NEXT_STEPS}</Text> : null}
        <TextAreaField
          label="考核评语"
          value={comment}
          onChange={(value) => {
            setComment(value);
            setErrors((was) => ({ ...was, comment: '' }));
          }}
          error={errors.comment || undefined}
          hint="徒弟会看到，2到300字"
          maxLength={300}
        />
        {failure ? <ErrorText className="jx-dialog__failure">{failure}</ErrorText> : null}
      </Dialog>
    </View>
  );
}

/** An ended pair's result, for both sides and staff. */
export function EndedCard({ pair }: { pair: PairDetail }) {
  const ended = pair.ended;
  if (!ended) return null;
  return (
    <View className="jx-card" aria-label="考核结果">
      <Text className="jx-text-title jx-block">{endingTitle(ended)}</Text>
      <View className="jx-block">
        <HeldText text={ended.comment} held={ended.commentHeld} />
      </View>
      <Text className="jx-text-secondary jx-block">
        {ended.byName} · {formatDateTime(ended.at)}
      </Text>
      {ended.grade === 'fail' ? (
        <Text className="jx-text-body jx-block jx-mentor-note">{FAIL_NEXT_STEPS}</Text>
      ) : null}
    </View>
  );
}
