// 师带徒内容审核 (mentor-admin subpackage): application statements (and below them the pairs' texts,
// held-pair-texts.tsx) WeChat held for a person to decide, of masters in
// the caller's part of the tree, read in full; 通过 lets the master read it, 不通过 (with a reason) declines the
// application and tells the worker. The server refuses a staff member who is the master or the applicant, and a
// statement someone else decided meanwhile: the dialog shows its words.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { ReasonDialog } from '@/components/dialog/dialog';
import { DoneText } from '@/components/form/messages';
import { formatDateTime } from '@/components/format/format';
import { useShownAgain } from '@/components/navigation/navigation';
import { AdminFrame } from '@/components/staff/admin-frame';
import { EmptyState, PendingCard } from '@/components/states/states';
import { mentoringContract, type HeldStatement } from '@/shared/contracts/mentoring';
import { tradeLabels } from '@/shared/people/trades';
import { HeldPairTexts } from './held-pair-texts';
import { HeldSessionTexts } from './held-session-texts';
import '../mentoring.css';
import './staff-pages.css';
import './staff-wide.css';

type Decision = 'pass' | 'refuse';

const who = (row: HeldStatement) => `${row.applicantName} 拜 ${row.masterName} 师傅`;

function StatementCard({
  row,
  decided,
  onDecide,
}: {
  row: HeldStatement;
  decided: Decision | undefined;
  onDecide: (row: HeldStatement, decision: Decision) => void;
}) {
  return (
    <View className="jx-card" aria-label={who(row)}>
      <View className="jx-mentor-head">
        <Text className="jx-text-title jx-mentor-name">{who(row)}</Text>
        <Text className="jx-tag">{tradeLabels[row.trade]}</Text>
      </View>
      <Text className="jx-text-secondary jx-block">{formatDateTime(row.createdAt)} 提交 · 拜师申请</Text>
      <View className="jx-mentor-note">
        <Text className="jx-text-body jx-block">{row.statement}</Text>
      </View>
      {decided ? (
        <View role="status">
          <DoneText>
            {decided === 'pass' ? '✓ 已通过，师傅现在可以看到这段话' : '✓ 未通过，申请已退回并通知职工'}
          </DoneText>
        </View>
      ) : (
        <View className="jx-actions">
          <Button className="jx-button" type="primary" onClick={() => onDecide(row, 'pass')}>
            通过
          </Button>
          <Button className="jx-button" fill="outline" onClick={() => onDecide(row, 'refuse')}>
            不通过
          </Button>
        </View>
      )}
    </View>
  );
}

export function HeldTexts() {
  const { state, reload } = useCloudCall(() => callFunction(mentoringContract, 'heldStatements', {}), []);
  useShownAgain(reload);
  const [deciding, setDeciding] = useState<{ row: HeldStatement; decision: Decision } | null>(null);
  // Decided here: the card says so until the list is read again (it then no longer lists the statement).
  const [decided, setDecided] = useState<ReadonlyMap<string, Decision>>(new Map());
  const passing = deciding?.decision === 'pass';

  return (
    <AdminFrame
      title="师带徒内容审核"
      intro="微信内容安全检查暂缓发布、需要人工确认的拜师申请和师徒内容（带徒目标、检查记录、评语）。不通过须写明原因。"
    >
      {state.status !== 'ready' ? (
        <PendingCard state={state} rows={3} label="正在加载待审核内容" onRetry={reload} />
      ) : state.data.rows.length === 0 ? (
        <View className="jx-card">
          <EmptyState title="没有待审核的拜师申请。" hint="微信暂缓发布的申请会出现在这里。" />
        </View>
      ) : (
        <View aria-label="待审核的拜师申请">
          <Text className="jx-text-body jx-block jx-staff-summary">拜师申请 {state.data.rows.length} 条待审核</Text>
          {state.data.rows.map((row) => (
            <StatementCard
              key={row.applicationId}
              row={row}
              decided={decided.get(row.applicationId)}
              onDecide={(picked, decision) => setDeciding({ row: picked, decision })}
            />
          ))}
        </View>
      )}
      <HeldPairTexts />
      <HeldSessionTexts />
      <ReasonDialog
        open={deciding !== null}
        title={`${passing ? '通过' : '不通过'}：${deciding ? who(deciding.row) : ''}`}
        confirmText={passing ? '确定通过' : '确定不通过'}
        reason={passing ? 'none' : 'required'}
        reasonLabel="不通过的原因"
        reasonHint="会告知职工，并记入操作日志"
        description={
          <Text>
            {passing
              ? '通过后，师傅可以看到这段申请内容并决定是否收徒。'
              : '不通过后这份申请即被退回，职工可以修改内容后重新申请。'}
          </Text>
        }
        onCancel={() => setDeciding(null)}
        onConfirm={async (reason) => {
          if (!deciding) return;
          const { row, decision } = deciding;
          await callFunction(mentoringContract, 'decideStatementText', {
            applicationId: row.applicationId,
            decision,
            ...(decision === 'refuse' ? { reason } : {}),
          });
          setDecided((now) => new Map(now).set(row.applicationId, decision));
          setDeciding(null);
        }}
      />
    </AdminFrame>
  );
}
