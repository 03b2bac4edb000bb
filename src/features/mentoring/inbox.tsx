// A master's side of 我的师带徒: their places and the 接收申请 switch, the applications waiting for them with 接受
// (confirmed first: it takes a place) and 婉拒 (with the reason the worker reads), and their apprentices.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError } from '@/cloud/use-cloud-call';
import { Dialog, ReasonDialog } from '@/components/dialog/dialog';
import { ChoiceField } from '@/components/form/fields';
import { ErrorText } from '@/components/form/messages';
import { formatDate, formatDateTime } from '@/components/format/format';
import { openPage } from '@/components/navigation/navigation';
import { EmptyState } from '@/components/states/states';
import {
  mentoringContract,
  type ApplicationView,
  type ApprenticeshipView,
  type MasterView,
  type PairSummary,
} from '@/shared/contracts/mentoring';
import { tradeLabels } from '@/shared/people/trades';
import { PairRowExtra } from './pair-row';
import { MENTOR_PAGES } from './routes';
import { placesText, studioLine, takingText } from './texts';
import './mentoring.css';

const SWITCH = [
  { value: 'on' as const, label: '接收申请' },
  { value: 'off' as const, label: '暂停接收' },
];

function MasterCardOfMine({ master, onChanged }: { master: MasterView; onChanged: () => void }) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const toggle = async (value: 'on' | 'off') => {
    if (busy || (value === 'on') === master.accepting) return;
    setBusy(true);
    setFailure(null);
    try {
      await callFunction(mentoringContract, 'setAccepting', { accepting: value === 'on' });
      onChanged();
    } catch (problem) {
      setFailure(asCloudError(problem).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="jx-card" aria-label="我是师傅">
      <Text className="jx-text-title jx-block">我是师傅</Text>
      <Text className="jx-text-body jx-block">
        {tradeLabels[master.trade]} · {placesText(master)} · {takingText(master)}
      </Text>
      <ChoiceField
        label="接收拜师申请"
        choices={SWITCH}
        value={master.accepting ? 'on' : 'off'}
        onChange={(value) => void toggle(value)}
        hint="暂停后，职工看不到申请入口；已结对的徒弟不受影响。"
      />
      {failure ? <ErrorText className="jx-field__message">{failure}</ErrorText> : null}
      {master.studio ? (
        <View
          className="jx-mentor-link"
          role="link"
          aria-label={`我的工作室：${master.studio.name}`}
          onClick={() => openPage(MENTOR_PAGES.studio(master.studio!.id))}
        >
          <Text className="jx-text-body jx-mentor-linktext">我的工作室：{studioLine(master.studio)} ›</Text>
        </View>
      ) : null}
      <View className="jx-actions">
        <Button
          className="jx-button"
          fill="outline"
          type="primary"
          onClick={() => openPage(MENTOR_PAGES.studioEdit())}
        >
          {master.studio ? '编辑工作室' : '创建工作室'}
        </Button>
      </View>
    </View>
  );
}

function Received({ apps, onChanged }: { apps: ApplicationView[]; onChanged: () => void }) {
  const [accepting, setAccepting] = useState<ApplicationView | null>(null);
  const [declining, setDeclining] = useState<ApplicationView | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const accept = async () => {
    if (!accepting || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await callFunction(mentoringContract, 'decideApplication', {
        applicationId: accepting.applicationId,
        accept: true,
      });
      setAccepting(null);
      onChanged();
    } catch (problem) {
      setFailure(asCloudError(problem).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="jx-card" aria-label="待处理的拜师申请">
      <Text className="jx-text-title jx-block">待处理的拜师申请（{apps.length}）</Text>
      {apps.length === 0 ? (
        <EmptyState title="没有待处理的拜师申请。" hint="职工向你申请拜师后，会出现在这里，并通知你。" />
      ) : (
        apps.map((app) => (
          <View key={app.applicationId} className="jx-mentor-item" aria-label={`${app.applicantName}的申请`}>
            <Text className="jx-text-body jx-mentor-name jx-block">{app.applicantName}</Text>
            <Text className="jx-text-secondary jx-block">
              {tradeLabels[app.trade]} · {formatDateTime(app.createdAt)} 申请
            </Text>
            <Text className="jx-text-body jx-block">{app.statementHeld ? '（申请内容审核中）' : app.statement}</Text>
            <View className="jx-actions">
              <Button className="jx-button" type="primary" onClick={() => setAccepting(app)}>
                接受
              </Button>
              <Button className="jx-button" fill="outline" onClick={() => setDeclining(app)}>
                婉拒
              </Button>
            </View>
          </View>
        ))
      )}
      <Dialog
        open={accepting !== null}
        title="接受拜师"
        onClose={() => setAccepting(null)}
        actions={
          <>
            <Button className="jx-button" fill="outline" onClick={() => setAccepting(null)}>
              再想想
            </Button>
            <Button className="jx-button" type="primary" loading={busy} onClick={() => void accept()}>
              {busy ? '正在提交' : '确定接受'}
            </Button>
          </>
        }
      >
        <Text className="jx-text-body jx-block">
          接受{accepting?.applicantName}为徒弟？接受后占用一个带徒名额，对方会收到通知。
        </Text>
        {failure ? <ErrorText className="jx-dialog__failure">{failure}</ErrorText> : null}
      </Dialog>
      <ReasonDialog
        open={declining !== null}
        title="婉拒申请"
        description={`婉拒${declining?.applicantName ?? ''}的拜师申请，原因会告诉对方。`}
        confirmText="确定婉拒"
        reasonLabel="婉拒原因"
        reasonHint="对方会看到，请写得具体、客气"
        onCancel={() => setDeclining(null)}
        onConfirm={async (reason) => {
          await callFunction(mentoringContract, 'decideApplication', {
            applicationId: declining!.applicationId,
            accept: false,
            reason,
          });
          setDeclining(null);
          onChanged();
        }}
      />
    </View>
  );
}

export function PairList({
  title,
  pairs,
  other,
  empty,
  summaries,
}: {
  title: string;
  pairs: ApprenticeshipView[];
  other: 'master' | 'apprentice';
  empty: { title: string; hint?: string; action?: { label: string; url: string } };
  /** Each pair's agreement state and due check (myPairs), by apprenticeship id. */
  summaries?: ReadonlyMap<string, PairSummary>;
}) {
  return (
    <View className="jx-card" aria-label={title}>
      <Text className="jx-text-title jx-block">{title}</Text>
      {pairs.length === 0 ? (
        <>
          <EmptyState title={empty.title} hint={empty.hint} />
          {empty.action ? (
            <View className="jx-actions">
              <Button className="jx-button" type="primary" onClick={() => openPage(empty.action!.url)}>
                {empty.action.label}
              </Button>
            </View>
          ) : null}
        </>
      ) : (
        pairs.map((pair) => (
          <View key={pair.apprenticeshipId} className="jx-mentor-item">
            {other === 'master' ? (
              <View
                className="jx-mentor-link"
                role="link"
                aria-label={`${pair.masterName}师傅`}
                onClick={() => openPage(MENTOR_PAGES.master(pair.masterId))}
              >
                <Text className="jx-text-body jx-mentor-linktext">{pair.masterName}师傅 ›</Text>
              </View>
            ) : (
              <Text className="jx-text-body jx-mentor-name jx-block">{pair.apprenticeName}</Text>
            )}
            <Text className="jx-text-secondary jx-block">
              {tradeLabels[pair.trade]} · {formatDate(pair.since)} 起 · {pair.state === 'active' ? '在带' : '已结束'}
              {pair.source === 'assignment' ? ' · 工会指定' : ''}
            </Text>
            <PairRowExtra
              summary={summaries?.get(pair.apprenticeshipId)}
              other={other === 'master' ? `${pair.masterName}师傅` : pair.apprenticeName}
              viewer={other === 'master' ? 'apprentice' : 'master'}
            />
          </View>
        ))
      )}
    </View>
  );
}

export function MasterSide({
  master,
  received,
  apprentices,
  onChanged,
  summaries,
}: {
  master: MasterView;
  received: ApplicationView[];
  apprentices: ApprenticeshipView[];
  onChanged: () => void;
  summaries?: ReadonlyMap<string, PairSummary>;
}) {
  return (
    <>
      <MasterCardOfMine master={master} onChanged={onChanged} />
      <Received apps={received} onChanged={onChanged} />
      <PairList
        title="我的徒弟"
        pairs={apprentices}
        other="apprentice"
        summaries={summaries}
        empty={{ title: '还没有徒弟。', hint: '接受拜师申请，或由工会指定后，徒弟会出现在这里。' }}
      />
    </>
  );
}
