// The agreement on a pair's page: the one in force and a proposal waiting beside it, as each side reads them. The
// apprentice agrees to the proposal they read (its version goes with the tap, so a change made meanwhile is not
// agreed unseen); the master proposes or changes it (agreement-form.tsx); staff read.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError } from '@/cloud/use-cloud-call';
import { ErrorText } from '@/components/form/messages';
import { formatCalendarDay, formatDateTime } from '@/components/format/format';
import { EmptyState } from '@/components/states/states';
import { mentoringContract, type AgreementView, type PairDetail } from '@/shared/contracts/mentoring';
import { AgreementForm } from './agreement-form';
import { Fact } from './master-page';
import { cadenceText, termText } from './pair-texts';

/**
 * A text the master wrote (a goal, a check's notes, a comment) as this viewer may read it: while WeChat holds it the
 * apprentice reads 审核中 in its place, and the master and staff read it marked.
 */
export function HeldText({ text, held }: { text: string; held: boolean }) {
  if (held && !text) return <Text className="jx-text-secondary">（内容审核中）</Text>;
  return (
    <Text className="jx-text-body">
      {text}
      {held ? <Text className="jx-text-secondary">（审核中，徒弟暂看不到）</Text> : null}
    </Text>
  );
}

function AgreementBody({ agreement }: { agreement: AgreementView }) {
  return (
    <View>
      <View className="jx-mentor-facts">
        <Fact label="期限" value={termText(agreement.term)} />
        <Fact label="检查" value={cadenceText(agreement.cadence)} />
        <Fact label="版本" value={`第${agreement.version}版 · ${formatDateTime(agreement.proposedAt)} 拟定`} />
        {agreement.confirmedAt ? (
          <Fact label="同意" value={`${formatDateTime(agreement.confirmedAt)} 徒弟同意`} />
        ) : null}
      </View>
      <Text className="jx-text-body jx-pair-subtitle jx-block">带徒目标</Text>
      <View role="list">
        {agreement.goals.map((goal, i) => (
          <View key={goal.goalId} className="jx-pair-line" role="listitem">
            <Text className="jx-text-body jx-block">
              {i + 1}. <HeldText text={goal.text} held={goal.held} />
            </Text>
            <Text className="jx-text-secondary jx-block">目标日期：{formatCalendarDay(goal.targetDate)}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

function Confirm({
  pair,
  proposal,
  onChanged,
}: {
  pair: PairDetail;
  proposal: AgreementView;
  onChanged: (next: PairDetail) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      onChanged(
        await callFunction(mentoringContract, 'confirmAgreement', {
          apprenticeshipId: pair.apprenticeshipId,
          version: proposal.version,
        }),
      );
    } catch (problem) {
      setFailure(asCloudError(problem).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <View>
      <Text className="jx-text-body jx-block jx-mentor-note">
        同意后协议生效，{pair.masterName}师傅按约定的频次检查你的进度。
      </Text>
      {failure ? <ErrorText className="jx-field__message">{failure}</ErrorText> : null}
      <View className="jx-actions">
        <Button className="jx-button" type="primary" loading={busy} onClick={() => void confirm()}>
          {busy ? '正在提交' : `同意协议（第${proposal.version}版）`}
        </Button>
      </View>
    </View>
  );
}

export function AgreementCard({ pair, onChanged }: { pair: PairDetail; onChanged: (next: PairDetail) => void }) {
  const [editing, setEditing] = useState(false);
  const master = pair.viewer === 'master' && pair.state === 'active';
  if (editing) {
    return (
      <AgreementForm
        pair={pair}
        onCancel={() => setEditing(false)}
        onDone={(next) => {
          setEditing(false);
          onChanged(next);
        }}
      />
    );
  }
  const { agreed, proposal } = pair;
  const edit = master ? (
    <View className="jx-actions">
      <Button
        className="jx-button"
        type="primary"
        fill={agreed || proposal ? 'outline' : undefined}
        onClick={() => setEditing(true)}
      >
        {agreed || proposal ? '修改协议' : '拟定协议'}
      </Button>
    </View>
  ) : null;
  return (
    <View>
      {proposal ? (
        <View className="jx-card" aria-label="待同意的协议">
          <View className="jx-mentor-head">
            <Text className="jx-text-title">{agreed ? '协议修改' : '师徒协议'}</Text>
            <Text className="jx-tag">{pair.viewer === 'apprentice' ? '待你同意' : '待徒弟同意'}</Text>
          </View>
          {agreed ? <Text className="jx-text-secondary jx-block">徒弟同意前，原协议继续有效。</Text> : null}
          <AgreementBody agreement={proposal} />
          {pair.viewer === 'apprentice' && pair.state === 'active' ? (
            <Confirm pair={pair} proposal={proposal} onChanged={onChanged} />
          ) : null}
          {agreed ? null : edit}
        </View>
      ) : null}
      {agreed ? (
        <View className="jx-card" aria-label="师徒协议">
          <View className="jx-mentor-head">
            <Text className="jx-text-title">{proposal ? '现行协议' : '师徒协议'}</Text>
            {pair.state === 'active' ? <Text className="jx-tag jx-tag--success">已生效</Text> : null}
          </View>
          <AgreementBody agreement={agreed} />
          {edit}
        </View>
      ) : proposal ? null : (
        <View className="jx-card" aria-label="师徒协议">
          <Text className="jx-text-title jx-block">师徒协议</Text>
          <EmptyState
            title="还没有师徒协议。"
            hint={
              pair.viewer === 'master'
                ? '写下带徒目标、期限和检查频次，徒弟同意后生效。'
                : '师傅拟定协议后，会在这里请你确认。'
            }
          />
          {edit}
        </View>
      )}
    </View>
  );
}
