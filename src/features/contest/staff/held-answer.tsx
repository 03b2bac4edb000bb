// One registration answer as the organisers read it, with what content security holds of it: a text WeChat held for
// a person shows 待审核 with 通过 / 不通过 (a reason the worker reads; audited), a refused one its reason, a photo
// under check or removed says so.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError } from '@/cloud/use-cloud-call';
import { ReasonDialog } from '@/components/dialog/dialog';
import { ErrorText } from '@/components/form/messages';
import { answerText, type CustomField } from '@/shared/contest/custom-fields';
import { contestContract, type EntryView } from '@/shared/contracts/contest';

export function HeldAnswer({
  field,
  entry,
  onChanged,
}: {
  field: CustomField;
  entry: EntryView;
  onChanged: () => void;
}) {
  const [refusing, setRefusing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const value = entry.answers[field.key];
  const text = answerText(field, value) || '—';
  const name = entry.person?.name ?? '';
  const decide = (decision: 'pass' | 'refuse', reason?: string) =>
    callFunction(contestContract, 'decideAnswerText', {
      entryId: entry.entryId,
      field: field.key,
      decision,
      ...(reason ? { reason } : {}),
    });

  if (field.type === 'photo') {
    const hold = entry.holds.images.find((image) => image.fileId === value || (!value && image.state === 'refused'));
    if (hold?.state === 'checking') return <Text>{`${text}（检测中）`}</Text>;
    if (hold?.state === 'refused') return <Text className="jx-text-error">照片未通过检测，已移除</Text>;
    return <Text>{text}</Text>;
  }
  const hold = entry.holds.texts.find((one) => one.field === field.key);
  if (hold?.state === 'refused') {
    return <Text className="jx-text-error">{`未通过审核：${hold.reason ?? '未说明'}`}</Text>;
  }
  if (hold?.state !== 'review') return <Text>{text}</Text>;
  return (
    <View>
      <Text className="jx-block">{text}</Text>
      <Text className="jx-tag jx-tag--alert">待审核</Text>
      <View className="jx-contest-builder__tools" role="group" aria-label={`${name}的${field.label}`}>
        <Button
          className="jx-button"
          fill="outline"
          onClick={() => {
            setFailure(null);
            decide('pass').then(onChanged, (problem: unknown) => setFailure(asCloudError(problem).message));
          }}
        >
          通过
        </Button>
        <Button className="jx-button" fill="outline" onClick={() => setRefusing(true)}>
          不通过
        </Button>
      </View>
      {failure ? <ErrorText>{failure}</ErrorText> : null}
      <ReasonDialog
        open={refusing}
        title={`${field.label}不通过`}
        description={`${name}会收到通知并看到原因。`}
        confirmText="确定不通过"
        onCancel={() => setRefusing(false)}
        onConfirm={async (reason) => {
          await decide('refuse', reason);
          setRefusing(false);
          onChanged();
        }}
      />
    </View>
  );
}
