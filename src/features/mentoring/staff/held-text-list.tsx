// A list of texts WeChat held for a person to decide, read in full, each with 通过 / 不通过 (with a reason): the
// frame the 师带徒内容审核 page's sections share (pair texts, session titles and places). A staff member the server
// refuses (e.g. one of the people concerned) reads why in the dialog.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { ReasonDialog } from '@/components/dialog/dialog';
import { DoneText } from '@/components/form/messages';
import { useShownAgain } from '@/components/navigation/navigation';
import { EmptyState, PendingCard } from '@/components/states/states';

export type Decision = 'pass' | 'refuse';

/** One held text as the list shows it. */
export interface HeldItem {
  key: string;
  /** Whose and what, e.g. 黄秀兰—朱红梅 · 带徒目标. */
  who: string;
  tag: string;
  /** When, as a line under it (e.g. 12月2日 10:00 提交). */
  when: string;
  content: string;
}

export function HeldTextList<Row>({
  noun,
  emptyHint,
  readers,
  author,
  load,
  decide,
}: {
  /** What is held, e.g. 师徒内容. */
  noun: string;
  emptyHint: string;
  /** Who reads it once passed, e.g. 徒弟. */
  readers: string;
  /** Who is told a refusal's reason, e.g. 师徒. */
  author: string;
  load: () => Promise<{ items: Array<{ row: Row; item: HeldItem }> }>;
  decide: (row: Row, decision: Decision, reason: string) => Promise<void>;
}) {
  const { state, reload } = useCloudCall(load, []);
  useShownAgain(reload);
  const [deciding, setDeciding] = useState<{ row: Row; item: HeldItem; decision: Decision } | null>(null);
  const [decided, setDecided] = useState<ReadonlyMap<string, Decision>>(new Map());
  const passing = deciding?.decision === 'pass';
  if (state.status !== 'ready') {
    return <PendingCard state={state} rows={2} label={`正在加载待审核的${noun}`} onRetry={reload} />;
  }
  const { items } = state.data;
  return (
    <View aria-label={`待审核的${noun}`}>
      <Text className="jx-text-body jx-block jx-staff-summary">
        {noun} {items.length} 条待审核
      </Text>
      {items.length === 0 ? (
        <View className="jx-card">
          <EmptyState title={`没有待审核的${noun}。`} hint={emptyHint} />
        </View>
      ) : null}
      {items.map(({ row, item }) => {
        const done = decided.get(item.key);
        return (
          <View key={item.key} className="jx-card" aria-label={item.who}>
            <View className="jx-mentor-head">
              <Text className="jx-text-title jx-mentor-name">{item.who}</Text>
              <Text className="jx-tag">{item.tag}</Text>
            </View>
            <Text className="jx-text-secondary jx-block">{item.when}</Text>
            <View className="jx-mentor-note">
              <Text className="jx-text-body jx-block">{item.content}</Text>
            </View>
            {done ? (
              <View role="status">
                <DoneText>{done === 'pass' ? `✓ 已通过，${readers}现在可以看到` : '✓ 未通过，内容不再显示'}</DoneText>
              </View>
            ) : (
              <View className="jx-actions">
                <Button
                  className="jx-button"
                  type="primary"
                  onClick={() => setDeciding({ row, item, decision: 'pass' })}
                >
                  通过
                </Button>
                <Button
                  className="jx-button"
                  fill="outline"
                  onClick={() => setDeciding({ row, item, decision: 'refuse' })}
                >
                  不通过
                </Button>
              </View>
            )}
          </View>
        );
      })}
      <ReasonDialog
        open={deciding !== null}
        title={`${passing ? '通过' : '不通过'}：${deciding ? deciding.item.who : ''}`}
        confirmText={passing ? '确定通过' : '确定不通过'}
        reason={passing ? 'none' : 'required'}
        reasonLabel="不通过的原因"
        reasonHint={`${author}会看到这个原因，并记入操作日志`}
        description={
          <Text>
            {passing
              ? `通过后，${readers}也能看到这段内容。`
              : `不通过的内容不再向${readers}显示，${author}会看到原因。`}
          </Text>
        }
        onCancel={() => setDeciding(null)}
        onConfirm={async (reason) => {
          if (!deciding) return;
          const { row, item, decision } = deciding;
          await decide(row, decision, reason);
          setDecided((now) => new Map(now).set(item.key, decision));
          setDeciding(null);
        }}
      />
    </View>
  );
}
