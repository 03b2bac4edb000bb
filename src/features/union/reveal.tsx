// A masked phone or ID number with 查看: the full value only after the staff member states why, through
// union.revealPersonal, which records the look in the audit log.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { ReasonDialog } from '@/components/dialog/dialog';
import { unionContract } from '@/shared/contracts/union';
import '@/components/staff/admin.css';

export type PersonalField = 'phone' | 'idNumber';
const FIELD_LABELS: Record<PersonalField, string> = { phone: '手机号', idNumber: '身份证号' };

export function RevealableValue({
  userId,
  personName,
  field,
  masked,
}: {
  userId: string;
  personName: string;
  field: PersonalField;
  masked: string | null;
}) {
  const [revealed, setRevealed] = useState<string | null | undefined>(undefined);
  const [asking, setAsking] = useState(false);
  const label = FIELD_LABELS[field];

  if (masked === null) {
    return (
      <View className="jx-reveal">
        <Text className="jx-text-secondary jx-reveal__label">{label}</Text>
        <Text className="jx-text-body">未填写</Text>
      </View>
    );
  }
  const shown = revealed !== undefined;
  return (
    <View className="jx-reveal">
      <Text className="jx-text-secondary jx-reveal__label">{label}</Text>
      <Text className="jx-text-body jx-reveal__value">{shown ? (revealed ?? '未填写') : masked}</Text>
      {shown ? (
        <Text className="jx-text-secondary jx-reveal__note">已查看，已记录</Text>
      ) : (
        <Button
          className="jx-button"
          fill="outline"
          onClick={() => setAsking(true)}
          aria-label={`查看${personName}的${label}`}
        >
          查看
        </Button>
      )}
      <ReasonDialog
        open={asking}
        title={`查看${personName}的${label}`}
        description="完整号码只能用于工作需要。查看会记入操作日志，包括你填写的原因。"
        reasonLabel="查看原因"
        reasonHint="如 核实竞赛报名信息"
        confirmText="查看"
        onCancel={() => setAsking(false)}
        onConfirm={async (reason) => {
          const { value } = await callFunction(unionContract, 'revealPersonal', { userId, field, reason });
          setRevealed(value);
          setAsking(false);
        }}
      />
    </View>
  );
}
