// 解除师徒关系 with its reason (带徒督导): staff over the pair end it; the place is freed, the apprentice's credit of the
// pair revoked, both told (server/mentoring/ending.ts).
import { Text } from '@tarojs/components';
import { callFunction } from '@/cloud/call-function';
import { ReasonDialog } from '@/components/dialog/dialog';
import { mentoringContract } from '@/shared/contracts/mentoring';

export function DissolveDialog({
  pair,
  onCancel,
  onDone,
}: {
  pair: { apprenticeshipId: string; masterName: string; apprenticeName: string } | null;
  onCancel: () => void;
  onDone: () => void;
}) {
  return (
    <ReasonDialog
      open={pair !== null}
      title={`解除师徒关系：${pair?.masterName ?? ''}—${pair?.apprenticeName ?? ''}`}
      confirmText="确定解除"
      reasonLabel="解除原因"
      reasonHint="会告知师徒双方，并记入操作日志"
      description={<Text>解除后师傅空出一个带徒名额，徒弟因这对师徒获得的十个一积分将被撤销。此操作不能撤回。</Text>}
      onCancel={onCancel}
      onConfirm={async (reason) => {
        if (!pair) return;
        await callFunction(mentoringContract, 'dissolvePair', { apprenticeshipId: pair.apprenticeshipId, reason });
        onDone();
      }}
    />
  );
}
