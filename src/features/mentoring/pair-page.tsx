// 师徒协议 (mentor subpackage): one pair as its master, its apprentice and staff over them see it — who, trade,
// since, state and what is due (逾期 n 天 when a check is late); the agreement; the checks; 出师考核 for the master;
// the apprentice's 十个一 for the master. An ended pair stays readable with its result. Staff read only: what they
// may do to a pair is on their own pages.
import { Text, View } from '@tarojs/components';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { formatDate } from '@/components/format/format';
import { openPage, useShownAgain } from '@/components/navigation/navigation';
import { PendingCard } from '@/components/states/states';
import { mentoringContract, type PairDetail } from '@/shared/contracts/mentoring';
import { tradeLabels } from '@/shared/people/trades';
import { AgreementCard } from './agreement-card';
import { ChecksCard } from './checks-card';
import { EndedCard, GraduateCard } from './graduate';
import { Fact } from './master-page';
import { dueLine, pairStateTagClass, pairStateText } from './pair-texts';
import { MENTOR_PAGES } from './routes';
import './mentoring.css';
import './pair.css';

const VIEWER_NOTE: Record<PairDetail['viewer'], string | null> = {
  master: null,
  apprentice: null,
  staff: '你以工会干部身份查看，只能阅读。',
};

/** The link to the apprentice's 十个一 and plan: the apprentice reads their master's comments there. */
const planLinkText = (viewer: PairDetail['viewer']) =>
  viewer === 'apprentice' ? '我的十个一与师傅点评' : '徒弟的十个一与岗位提升计划';

/** The pair's due line, overdue in the alert colour and words (never colour alone). */
export function DueNote({ pair, viewer }: { pair: Parameters<typeof dueLine>[0]; viewer: PairDetail['viewer'] }) {
  const line = dueLine(pair, viewer);
  if (!line) return null;
  return (
    <Text className={`jx-text-body jx-block ${line.overdue ? 'jx-pair-overdue' : 'jx-pair-due'}`}>{line.text}</Text>
  );
}

function Header({ pair }: { pair: PairDetail }) {
  const note = VIEWER_NOTE[pair.viewer];
  return (
    <View className="jx-card" aria-label="师徒信息">
      <View className="jx-mentor-head">
        <Text className="jx-text-hero">
          {pair.viewer === 'apprentice' ? `${pair.masterName}师傅` : pair.apprenticeName}
        </Text>
        <Text className={pairStateTagClass(pair)}>{pairStateText(pair)}</Text>
      </View>
      <View className="jx-mentor-facts">
        <Fact label="师傅" value={pair.masterName} />
        <Fact label="徒弟" value={pair.apprenticeName} />
        <Fact label="工种" value={tradeLabels[pair.trade]} />
        <Fact label="结对" value={`${formatDate(pair.since)}起`} />
      </View>
      <DueNote pair={pair} viewer={pair.viewer} />
      {note ? <Text className="jx-text-secondary jx-block jx-pair-due">{note}</Text> : null}
      <View
        className="jx-mentor-link"
        role="link"
        aria-label={planLinkText(pair.viewer)}
        onClick={() => openPage(MENTOR_PAGES.apprenticePlan(pair.apprenticeshipId))}
      >
        <Text className="jx-text-body jx-mentor-linktext">{planLinkText(pair.viewer)} ›</Text>
      </View>
    </View>
  );
}

export function PairPage({ apprenticeshipId }: { apprenticeshipId: string }) {
  const { state, reload, replace } = useCloudCall(
    () => callFunction(mentoringContract, 'apprenticeship', { apprenticeshipId }),
    [apprenticeshipId],
  );
  useShownAgain(reload);
  if (state.status !== 'ready') {
    return <PendingCard state={state} rows={6} shape="detail" label="正在加载师徒协议" onRetry={reload} />;
  }
  const pair = state.data;
  return (
    <View>
      <Header pair={pair} />
      <EndedCard pair={pair} />
      <AgreementCard pair={pair} onChanged={replace} />
      <ChecksCard pair={pair} onChanged={replace} />
      {pair.viewer === 'master' && pair.state === 'active' ? <GraduateCard pair={pair} onChanged={replace} /> : null}
    </View>
  );
}
