// For the organisers, from 公示 on: the objections lodged — who (named, contact masked), about whom, why and when —
// and 答复 for each; an answer shows with who gave it and when. The campaign moves to 结果确定 only once the 公示 is
// over and every objection has its answer.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type * as z from 'zod';
import { callFunction } from '@/cloud/call-function';
import { asCloudError, useCloudCall } from '@/cloud/use-cloud-call';
import { Dialog } from '@/components/dialog/dialog';
import { TextAreaField } from '@/components/form/fields';
import { ErrorText } from '@/components/form/messages';
import { fieldMessage, formatDateTime, formatEnd } from '@/components/format/format';
import { useShownAgain } from '@/components/navigation/navigation';
import { EmptyState, PendingCard } from '@/components/states/states';
import { selectionContract, type objectionSchema } from '@/shared/contracts/selection';
import { publicityHasBegun } from '@/shared/selection/stages';
import type { StaffCampaign } from './campaign-texts';
import { HeldTag, HeldTextNote, textHoldOf } from '@/components/content/held-content';
import { HeldTextActions } from './held-text-decision';
import '@/components/staff/admin.css';

type Objection = z.infer<typeof objectionSchema>;

const ANSWER_MIN = 5;
const ANSWER_MAX = 1000;

/** What 答复 asks of the text, as the server does. */
export function answerProblem(text: string): string | undefined {
  const length = text.trim().length;
  if (length < ANSWER_MIN) return `答复至少${ANSWER_MIN}个字，请写明核实的情况和处理结果`;
  if (length > ANSWER_MAX) return `答复最多${ANSWER_MAX}个字`;
  return undefined;
}

function AnswerDialog({
  objection,
  onCancel,
  onAnswered,
}: {
  objection: Objection | null;
  onCancel: () => void;
  onAnswered: (answered: Objection) => void;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setText('');
    setError(undefined);
    setFailure(null);
    setBusy(false);
  }, [objection?.id]);

  const confirm = async () => {
    if (!objection || busy) return;
    const problem = answerProblem(text);
    setError(problem);
    setFailure(null);
    if (problem) return;
    setBusy(true);
    try {
      onAnswered(
        await callFunction(selectionContract, 'answerObjection', { objectionId: objection.id, answer: text.trim() }),
      );
    } catch (caught) {
      const failed = asCloudError(caught);
      if (failed.field === 'answer') setError(fieldMessage(failed));
      else setFailure(failed.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={objection !== null}
      title={objection ? `答复${objection.name}的异议` : ''}
      onClose={onCancel}
      actions={
        <>
          <Button className="jx-button" fill="outline" onClick={onCancel}>
            取消
          </Button>
          <Button className="jx-button" type="primary" loading={busy} onClick={() => void confirm()}>
            {busy ? '正在提交' : '提交答复'}
          </Button>
        </>
      }
    >
      {objection ? (
        <Text className="jx-text-secondary jx-block">
          异议：{objection.reason.length > 60 ? `${objection.reason.slice(0, 60)}…` : objection.reason}
        </Text>
      ) : null}
      <TextAreaField
        label="答复内容"
        value={text}
        onChange={(value) => {
          setText(value);
          setError(undefined);
        }}
        error={error}
        hint={`提出人会在公示页看到答复；答复后不能修改。已输入 ${text.trim().length}/${ANSWER_MAX} 字`}
        maxLength={ANSWER_MAX}
      />
      {failure ? <ErrorText>{failure}</ErrorText> : null}
    </Dialog>
  );
}

function ObjectionCard({
  objection,
  onAnswer,
  onChanged,
}: {
  objection: Objection;
  onAnswer: () => void;
  onChanged: (changed: Objection) => void;
}) {
  const hold = textHoldOf(objection.content, 'reason');
  return (
    <View className="jx-card" aria-label={`${objection.name}的异议`}>
      <Text className="jx-text-title jx-block">
        {objection.name}
        <Text className={`jx-tag jx-title-tag${objection.answer ? ' jx-tag--success' : ' jx-tag--brand'}`}>
          {objection.answer ? '✓ 已答复' : '待答复'}
        </Text>
      </Text>
      <Text className="jx-text-secondary jx-block">
        联系方式：{objection.contactMasked} · {formatDateTime(objection.createdAt)} 提出
      </Text>
      <Text className="jx-text-secondary jx-block">针对：{objection.candidateName ?? '不针对具体候选人'}</Text>
      <Text className="jx-text-body jx-block jx-admin__line">
        <HeldTag hold={hold} />
        {objection.reason}
      </Text>
      <HeldTextNote hold={hold} label="异议理由" />
      {hold?.state === 'review' ? (
        <HeldTextActions
          owner="objection"
          id={objection.id}
          content={objection.content}
          onDecided={() => onChanged(objection)}
        />
      ) : objection.answer ? (
        <View className="jx-outcome" role="note" aria-label="答复">
          <Text className="jx-text-body jx-block">答复：{objection.answer.text}</Text>
          <Text className="jx-text-secondary jx-block">
            {objection.answer.by} 于 {formatDateTime(objection.answer.at)} 答复
          </Text>
        </View>
      ) : (
        <View className="jx-actions">
          <Button className="jx-button" type="primary" onClick={onAnswer}>
            答复
          </Button>
        </View>
      )}
    </View>
  );
}

function ObjectionList({ campaign }: { campaign: StaffCampaign }) {
  const { state, reload, replace } = useCloudCall(
    () => callFunction(selectionContract, 'listObjections', { campaignId: campaign.id }),
    [campaign.id],
  );
  const [answering, setAnswering] = useState<Objection | null>(null);
  useShownAgain(reload);
  const open = state.status === 'ready' ? state.data.objections.filter((item) => !item.answer).length : 0;
  return (
    <>
      <View className="jx-admin__head">
        <Text className="jx-text-title jx-block">异议</Text>
        {state.status === 'ready' ? (
          <Text className="jx-text-secondary jx-block jx-admin__hint">
            共 {state.data.objections.length} 条，{open} 条待答复。
            {campaign.stage === 'publicity'
              ? `公示期满${campaign.publicityEndsAt ? `（${formatEnd(campaign.publicityEndsAt)}）` : ''}且全部异议答复后，才能进入“结果确定”。`
              : ''}
          </Text>
        ) : null}
      </View>
      <PendingCard state={state} rows={3} label="正在加载异议" onRetry={reload} />
      {state.status === 'ready' && state.data.objections.length === 0 ? (
        <View className="jx-card">
          <EmptyState
            title="公示期间还没有人提出异议。"
            hint="公众在公示页实名提出的异议会出现在这里，请逐条核实答复。"
          />
        </View>
      ) : null}
      {state.status === 'ready'
        ? state.data.objections.map((objection) => (
            <ObjectionCard
              key={objection.id}
              objection={objection}
              onAnswer={() => setAnswering(objection)}
              onChanged={reload}
            />
          ))
        : null}
      <AnswerDialog
        objection={answering}
        onCancel={() => setAnswering(null)}
        onAnswered={(answered) => {
          if (state.status === 'ready') {
            replace({
              objections: state.data.objections.map((item) => (item.id === answered.id ? answered : item)),
            });
          }
          setAnswering(null);
        }}
      />
    </>
  );
}

export function CampaignObjections({ campaign }: { campaign: StaffCampaign }) {
  if (!campaign.organiser || !publicityHasBegun(campaign.stage)) return null;
  return <ObjectionList campaign={campaign} />;
}
