// A pair's row in 我的师带徒, below its names: the state with the grade once ended, what is due next or how long a
// check is overdue, and the way to its 师徒协议 page (myPairs gives each of these; the row shows nothing without it).
import { Text, View } from '@tarojs/components';
import { openPage } from '@/components/navigation/navigation';
import type { PairSummary } from '@/shared/contracts/mentoring';
import { DueNote } from './pair-page';
import { changeWaitingText, pairStateTagClass, pairStateText } from './pair-texts';
import { MENTOR_PAGES } from './routes';
import './pair.css';

export function PairRowExtra({
  summary,
  other,
  viewer,
}: {
  summary: PairSummary | undefined;
  other: string;
  viewer: 'master' | 'apprentice';
}) {
  if (!summary) return null;
  return (
    <View>
      {summary.state === 'ended' ? (
        // The line above says 已结束; the tag adds how it ended (the grade).
        <View className="jx-mentor-head jx-pair-row">
          <Text className={pairStateTagClass(summary)}>{pairStateText(summary)}</Text>
        </View>
      ) : null}
      <DueNote pair={summary} viewer={viewer} />
      {changeWaitingText(summary, viewer) ? (
        <Text className="jx-text-body jx-block jx-pair-due">{changeWaitingText(summary, viewer)}</Text>
      ) : null}
      <View
        className="jx-mentor-link"
        role="link"
        aria-label={`与${other}的师徒协议`}
        onClick={() => openPage(MENTOR_PAGES.pair(summary.apprenticeshipId))}
      >
        <Text className="jx-text-body jx-mentor-linktext">与{other}的师徒协议 ›</Text>
      </View>
    </View>
  );
}
