// 劳模认定: find a worker, record their honours (coded, with level, year and, for 技术能手, trade) with the reason for
// the designation. The honours given replace the person's one list (the same any member's 荣誉 edits), so an
// existing list is shown to edit rather than retyped.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError } from '@/cloud/use-cloud-call';
import { TextAreaField } from '@/components/form/fields';
import { fieldMessage } from '@/components/format/format';
import { beijingYear } from '@/shared/time/beijing';
import { unionContract } from '@/shared/contracts/union';
import { honourLevelLabels } from '@/shared/people/vocabulary';
import { checkHonours, honourRow, toHonours, type HonourErrors, type HonourRow } from './honours';
import { HonourRows } from './honour-rows';
import { orgLabel, personLine } from '@/components/staff/labels';
import { ActDone, FindPersonThenAct } from '@/components/staff/person-act';
import type { Member } from '@/components/staff/person-search';
import { ErrorText } from '@/components/form/messages';
import '@/components/staff/admin.css';
import { now as clockNow } from '@/platform/clock';

function Designation({ person, onDone }: { person: Member; onDone: (person: Member) => void }) {
  const [rows, setRows] = useState<HonourRow[]>(() =>
    person.honours.length > 0
      ? person.honours.map((h) => honourRow(h))
      : [honourRow(undefined, beijingYear(clockNow()))],
  );
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<HonourErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    const problems = checkHonours(rows, reason, { atLeastOne: true, reasonLabel: '认定依据' });
    setErrors(problems);
    setFailure(null);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      const designated = await callFunction(unionContract, 'designateModelWorker', {
        userId: person.id,
        honours: toHonours(rows),
        reason: reason.trim(),
      });
      onDone(designated);
    } catch (error) {
      const failed = asCloudError(error);
      if (failed.field && (failed.field === 'reason' || failed.field.startsWith('honours'))) {
        setErrors({ [failed.field]: fieldMessage(failed) });
      } else {
        setFailure(failed.message);
      }
      setBusy(false);
    }
  };

  return (
    <View className="jx-card" aria-label="登记荣誉">
      <Text className="jx-text-title jx-block">认定 {person.realName} 为劳模</Text>
      <Text className="jx-text-secondary jx-block">
        {personLine(person)} · {person.org ? orgLabel(person.org) : '未加入企业'}
      </Text>
      {person.modelWorker ? (
        <Text className="jx-text-body jx-block jx-admin__line">
          已是劳模。下面的荣誉会替换现有记录，请在现有基础上修改。
        </Text>
      ) : null}
      <HonourRows rows={rows} onChange={setRows} errors={errors} personTrade={person.tradeCode} mayEmpty={false} />
      <TextAreaField
        label="认定依据"
        value={reason}
        onChange={setReason}
        error={errors.reason}
        hint="如 文件名称和文号；会记入操作日志"
        maxLength={200}
      />
      {failure ? <ErrorText className="jx-field__message">{failure}</ErrorText> : null}
      <View className="jx-actions">
        <Button block className="jx-button" type="primary" loading={busy} onClick={() => void submit()}>
          {busy ? '正在提交' : '确认认定'}
        </Button>
      </View>
    </View>
  );
}

export function ModelWorkers() {
  return (
    <FindPersonThenAct<Member>
      title="劳模认定"
      intro="找到职工，登记荣誉称号、级别和年份，写明认定依据。"
      form={(person, onDone) => <Designation person={person} onDone={onDone} />}
      done={(person, again) => (
        <ActDone label="认定完成" headline={`已认定 ${person.realName} 为劳模`} onAgain={again}>
          {person.honours.map((honour) => (
            <Text key={`${honour.title}-${honour.year}`} className="jx-text-body jx-block jx-admin__line">
              {honour.title}（{honourLevelLabels[honour.level]} · {honour.year}年）
            </Text>
          ))}
        </ActDone>
      )}
    />
  );
}
