// The pair texts WeChat held for a person to decide (a goal, a check's notes, the grade's comment, a plan comment),
// of pairs in the caller's part of the tree, read in full: 通过 lets the apprentice read it, 不通过 (with a reason)
// keeps it hidden with the reason. A staff member who is the master or the apprentice is refused by the server, in
// the dialog.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { ReasonDialog } from '@/components/dialog/dialog';
import { DoneText } from '@/components/form/messages';
import { formatDateTime } from '@/components/format/format';
import { useShownAgain } from '@/components/navigation/navigation';
import { EmptyState, PendingCard } from '@/components/states/states';
import { mentoringContract, type HeldPairText, type PairTextKind } from '@/shared/contracts/mentoring';
import { tradeLabels } from '@/shared/people/trades';

type Decision = 'pass' | 'refuse';

const KIND_LABELS: Record<PairTextKind, string> = {
  goal: '带徒目标',
  check: '检查记录',
  ending: '出师考核评语',
  comment: '计划点评',
};

const keyOf = (row: HeldPairText) => `${row.apprenticeshipId}:${row.text}:${row.id ?? ''}`;
const who = (row: HeldPairText) => `${row.masterName}—${row.apprenticeName} · ${KIND_LABELS[row.text]}`;

export function HeldPairTexts() {
  const { state, reload } = useCloudCall(() => callFunction(mentoringContract, 'heldPairTexts', {}), []);
  useShownAgain(reload);
  const [deciding, setDeciding] = useState<{ row: HeldPairText; decision: Decision } | null>(null);
  const [decided, setDecided] = useState<ReadonlyMap<string, Decision>>(new Map());
  const passing = deciding?.decision === 'pass';
  if (state.status !== 'ready') {
    return <PendingCard state={state} rows={2} label="正在加载待审核的师徒内容" onRetry={reload} />;
  }
  return (
    <View aria-label="待审核的师徒内容">
      <Text className="jx-text-body jx-block jx-staff-summary">师徒内容 {state.data.rows.length} 条待审核</Text>
      {state.data.rows.length === 0 ? (
        <View className="jx-card">
          <EmptyState title="没有待审核的师徒内容。" hint="微信暂缓发布的带徒目标、检查记录和评语会出现在这里。" />
        </View>
      ) : null}
      {state.data.rows.map((row) => {
        const done = decided.get(keyOf(row));
        return (
          <View key={keyOf(row)} className="jx-card" aria-label={who(row)}>
            <View className="jx-mentor-head">
              <Text className="jx-text-title jx-mentor-name">{who(row)}</Text>
              <Text className="jx-tag">{tradeLabels[row.trade]}</Text>
            </View>
            <Text className="jx-text-secondary jx-block">{formatDateTime(row.heldAt)} 提交</Text>
            <View className="jx-mentor-note">
              <Text className="jx-text-body jx-block">{row.content}</Text>
            </View>
            {done ? (
              <View role="status">
                <DoneText>{done === 'pass' ? '✓ 已通过，徒弟现在可以看到' : '✓ 未通过，内容不再显示'}</DoneText>
              </View>
            ) : (
              <View className="jx-actions">
                <Button className="jx-button" type="primary" onClick={() => setDeciding({ row, decision: 'pass' })}>
                  通过
                </Button>
                <Button className="jx-button" fill="outline" onClick={() => setDeciding({ row, decision: 'refuse' })}>
                  不通过
                </Button>
              </View>
            )}
          </View>
        );
      })}
      <ReasonDialog
        open={deciding !== null}
        title={`${passing ? '通过' : '不通过'}：${deciding ? who(deciding.row) : ''}`}
        confirmText={passing ? '确定通过' : '确定不通过'}
        reason={passing ? 'none' : 'required'}
        reasonLabel="不通过的原因"
        reasonHint="师徒会看到这个原因，并记入操作日志"
        description={
          <Text>{passing ? '通过后，徒弟也能看到这段内容。' : '不通过的内容不再向徒弟显示，师徒会看到原因。'}</Text>
        }
        onCancel={() => setDeciding(null)}
        onConfirm={async (reason) => {
          if (!deciding) return;
          const { row, decision } = deciding;
          await callFunction(mentoringContract, 'decidePairText', {
            apprenticeshipId: row.apprenticeshipId,
            text: row.text,
            ...(row.id ? { id: row.id } : {}),
            decision,
            ...(decision === 'refuse' ? { reason } : {}),
          });
          setDecided((now) => new Map(now).set(keyOf(row), decision));
          setDeciding(null);
        }}
      />
    </View>
  );
}
