// 申请拜师 on a master's page: a short statement checked with the action's own schema (the message under the field
// is the one the server would give), the subscribe message asked first in the tap, and the server's refusal shown
// in its words. The caller's own application, once there is one, is shown instead (application-card.tsx).
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { askToSubscribe } from '@/cloud/subscribe';
import { asCloudError } from '@/cloud/use-cloud-call';
import { TextAreaField } from '@/components/form/fields';
import { ErrorText } from '@/components/form/messages';
import { fieldMessage } from '@/components/format/format';
import { mentoringContract, type MasterView } from '@/shared/contracts/mentoring';
import { fieldErrors } from '@/shared/validation/field-errors';

export function ApplyForm({ master, onDone }: { master: MasterView; onDone: () => void }) {
  const [statement, setStatement] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = () => {
    if (busy) return;
    const input = { masterId: master.masterId, statement };
    const problem = fieldErrors(mentoringContract.actions.applyToMaster.input, input).statement;
    setError(problem ?? null);
    setFailure(null);
    if (problem) return;
    // WeChat's dialog must open inside the tap, before anything waits: the master's answer comes as a message.
    void askToSubscribe(['mentoring']);
    setBusy(true);
    callFunction(mentoringContract, 'applyToMaster', input)
      .then(onDone, (problem: unknown) => {
        const failed = asCloudError(problem);
        if (failed.field === 'statement') setError(fieldMessage(failed));
        else setFailure(failed.message);
      })
      .finally(() => setBusy(false));
  };

  return (
    <View className="jx-card" aria-label="申请拜师">
      <Text className="jx-text-title jx-block">申请拜师</Text>
      <Text className="jx-text-secondary jx-block">
        向{master.name}师傅介绍自己：岗位、想学什么。师傅接受后你们结为师徒，结果会通知你。
      </Text>
      <TextAreaField
        label="拜师申请"
        value={statement}
        onChange={(next) => {
          setStatement(next);
          setError(null);
        }}
        error={error ?? undefined}
        hint="5到200字"
        maxLength={200}
        placeholder="如：我在装配车间工作两年，想跟师傅学习精密装配"
      />
      {failure ? <ErrorText className="jx-field__message">{failure}</ErrorText> : null}
      <Button block className="jx-button" type="primary" loading={busy} onClick={submit}>
        {busy ? '正在提交' : '提交申请'}
      </Button>
    </View>
  );
}
