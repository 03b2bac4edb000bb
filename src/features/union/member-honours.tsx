// 荣誉 of any member, model worker or not: the person's one list of coded honours, which contest eligibility reads
// (a 市技术能手 in the contest's trade may not enter as a contestant). The list given replaces the stored one; the
// reason goes to the audit log.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError } from '@/cloud/use-cloud-call';
import { TextAreaField } from '@/components/form/fields';
import { ErrorText } from '@/components/form/messages';
import { fieldMessage } from '@/components/format/format';
import type { Member } from '@/components/staff/person-search';
import { unionContract } from '@/shared/contracts/union';
import { checkHonours, honourRow, toHonours, type HonourErrors, type HonourRow } from './honours';
import { HonourRows } from './honour-rows';

export function MemberHonoursEditor({
  member,
  onDone,
  onCancel,
}: {
  member: Member;
  onDone: (member: Member) => void;
  onCancel: () => void;
}) {
  const [rows, setRows] = useState<HonourRow[]>(() => member.honours.map((honour) => honourRow(honour)));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<HonourErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    const problems = checkHonours(rows, reason, { atLeastOne: false, reasonLabel: '修改依据' });
    setErrors(problems);
    setFailure(null);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      onDone(
        await callFunction(unionContract, 'setHonours', {
          userId: member.id,
          honours: toHonours(rows),
          reason: reason.trim(),
        }),
      );
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
    <View className="jx-card" aria-label={`${member.realName}的荣誉`}>
      <Text className="jx-text-title jx-block">{member.realName}的荣誉</Text>
      <Text className="jx-text-secondary jx-block jx-admin__line">
        保存后替换现有记录；技术能手须选获奖工种，竞赛报名资格会读取这里的荣誉。
      </Text>
      {rows.length === 0 ? <Text className="jx-text-body jx-block jx-admin__line">还没有登记荣誉。</Text> : null}
      <HonourRows rows={rows} onChange={setRows} errors={errors} personTrade={member.tradeCode} mayEmpty />
      <TextAreaField
        label="修改依据"
        value={reason}
        onChange={setReason}
        error={errors.reason}
        hint="如 证书名称和编号；会记入操作日志"
        maxLength={200}
      />
      {failure ? <ErrorText className="jx-field__message">{failure}</ErrorText> : null}
      <View className="jx-actions">
        <Button className="jx-button" fill="outline" onClick={onCancel}>
          取消
        </Button>
        <Button className="jx-button" type="primary" loading={busy} onClick={() => void submit()}>
          {busy ? '正在保存' : '保存荣誉'}
        </Button>
      </View>
    </View>
  );
}
