// One pair as staff read it from the cadence table, in place of the list (read-only: the pair's own pages are where
// they work on it):
// the agreement's goals, term and cadence, what is due, and the latest checks; 解除师徒关系 asks for the reason that
// goes into the audit log and to both people. A text WeChat still holds is shown to staff, marked 审核中.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { ReasonDialog } from '@/components/dialog/dialog';
import { formatCalendarDay, formatDate } from '@/components/format/format';
import { PendingCard } from '@/components/states/states';
import { mentoringContract, type PairDetail } from '@/shared/contracts/mentoring';
import { tradeLabels } from '@/shared/people/trades';
import { checkKindText } from './staff-texts';

const CHECKS_SHOWN = 5;

function Fact({ label, children }: { label: string; children: string }) {
  return (
    <View className="jx-mentor-fact">
      <Text className="jx-text-secondary jx-mentor-fact__label">{label}</Text>
      <Text className="jx-text-body jx-mentor-fact__value">{children}</Text>
    </View>
  );
}

function PairFacts({ pair }: { pair: PairDetail }) {
  const terms = pair.agreed ?? pair.proposal;
  return (
    <View>
      <Fact label="工种">{tradeLabels[pair.trade]}</Fact>
      <Fact label="结对">{formatDate(pair.since)}</Fact>
      <Fact label="协议">
        {pair.agreement === 'none' ? '尚未拟定' : pair.agreement === 'proposed' ? '待徒弟确认' : '已生效'}
      </Fact>
      {terms ? (
        <Fact label="期限">
          {`${formatCalendarDay(terms.term.start)} 至 ${formatCalendarDay(terms.term.end)}，每${terms.cadence.checkEveryMonths}个月检查一次`}
        </Fact>
      ) : null}
      <Fact label="上次检查">{pair.lastCheck ? formatCalendarDay(pair.lastCheck) : '还没有检查'}</Fact>
      <Fact label="下次到期">
        {pair.nextDue ? `${formatCalendarDay(pair.nextDue.day)} ${checkKindText(pair.nextDue.kind)}` : '—'}
      </Fact>
      {terms && terms.goals.length > 0 ? (
        <View className="jx-mentor-note" aria-label="带徒目标">
          <Text className="jx-text-body jx-mentor-name jx-block">带徒目标</Text>
          {terms.goals.map((goal) => (
            <Text key={goal.goalId} className="jx-text-body jx-block">
              · {goal.text}（{formatCalendarDay(goal.targetDate)}）{goal.held ? ' 审核中' : ''}
            </Text>
          ))}
        </View>
      ) : null}
      {pair.checks.length > 0 ? (
        <View aria-label="最近的检查">
          {pair.checks.slice(0, CHECKS_SHOWN).map((check) => (
            <View key={check.checkId} className="jx-mentor-item">
              <Text className="jx-text-body jx-block">
                {formatCalendarDay(check.date)} · {checkKindText(check.kind)}
                {check.notesHeld ? ' · 审核中' : ''}
              </Text>
              <Text className="jx-text-secondary jx-block">{check.notes}</Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}

/** The pair in place of the list (a panel, not a dialog: long histories scroll with the page). */
export function PairPanel({
  apprenticeshipId,
  title,
  onClose,
  onDissolve,
}: {
  apprenticeshipId: string;
  title: string;
  onClose: () => void;
  onDissolve: () => void;
}) {
  const { state, reload } = useCloudCall(
    () => callFunction(mentoringContract, 'apprenticeship', { apprenticeshipId }),
    [apprenticeshipId],
  );
  return (
    <View className="jx-card" aria-label={title}>
      <Text className="jx-text-title jx-block">{title}</Text>
      {state.status === 'ready' ? (
        <PairFacts pair={state.data} />
      ) : (
        <PendingCard state={state} rows={4} label="正在加载师徒详情" onRetry={reload} />
      )}
      <View className="jx-actions">
        <Button className="jx-button" fill="outline" onClick={onClose}>
          返回列表
        </Button>
        {state.status === 'ready' && state.data.state === 'active' ? (
          <Button className="jx-button" type="primary" onClick={onDissolve}>
            解除师徒关系
          </Button>
        ) : null}
      </View>
    </View>
  );
}

/** 解除师徒关系 with its reason: the place is freed, the apprentice's credit of the pair revoked, both told. */
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
