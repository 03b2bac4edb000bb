// 我的师带徒 (mentor subpackage): the caller's master(s) and the applications they sent, with each one's state and
// a decline's reason; for a master, also their side (inbox.tsx). Empty: the way to 找师傅.
import { Text, View } from '@tarojs/components';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { openPage, useShownAgain } from '@/components/navigation/navigation';
import { PendingCard } from '@/components/states/states';
import { mentoringContract } from '@/shared/contracts/mentoring';
import { MasterSide, PairList } from './inbox';
import { PostedSessionsEntry } from './sessions/posted-entry';
import { MENTOR_PAGES } from './routes';
import { applicationStateText, applicationTagClass } from './texts';
import { formatDateTime } from '@/components/format/format';
import './mentoring.css';

export function MyMentoring() {
  // myPairs adds each pair's agreement state and due check to the rows (and the way to its 师徒协议 page).
  const { state, reload } = useCloudCall(
    () =>
      Promise.all([
        callFunction(mentoringContract, 'myMentoring', {}),
        callFunction(mentoringContract, 'myPairs', {}),
      ]).then(([mine, { rows }]) => ({
        ...mine,
        summaries: new Map(rows.map((row) => [row.apprenticeshipId, row])),
      })),
    [],
  );
  useShownAgain(reload);
  if (state.status !== 'ready') {
    return <PendingCard state={state} rows={4} label="正在加载我的师带徒" onRetry={reload} />;
  }
  const { master, received, sent, apprentices, masters, summaries } = state.data;
  // An accepted application is the pair above: the list keeps what is still open or was declined.
  const open = sent.filter((app) => app.state !== 'accepted');
  return (
    <View>
      {master ? (
        <MasterSide
          master={master}
          received={received}
          apprentices={apprentices}
          onChanged={reload}
          summaries={summaries}
        />
      ) : null}
      {master ? <PostedSessionsEntry /> : null}
      {master ? (
        <View
          className="jx-card jx-mentor-link"
          role="link"
          onClick={() => openPage(MENTOR_PAGES.myRecord(master.masterId))}
        >
          <Text className="jx-text-body jx-mentor-linktext">我的劳模档案：带徒、宣讲和荣誉，按年统计 ›</Text>
        </View>
      ) : null}
      <PairList
        title="我的师傅"
        pairs={masters}
        other="master"
        summaries={summaries}
        empty={{
          title: '你还没有师傅。',
          hint: '按工种和单位找一位有空位的师傅，提交拜师申请。',
          action: { label: '找师傅', url: MENTOR_PAGES.masters() },
        }}
      />
      {open.length > 0 ? (
        <View className="jx-card" aria-label="我的拜师申请">
          <Text className="jx-text-title jx-block">我的拜师申请</Text>
          {open.map((app) => (
            <View
              key={app.applicationId}
              className="jx-mentor-item"
              role="link"
              onClick={() => openPage(MENTOR_PAGES.master(app.masterId))}
            >
              <View className="jx-mentor-head">
                <Text className="jx-text-body jx-mentor-name">{app.masterName}师傅</Text>
                <Text className={applicationTagClass(app)}>{applicationStateText(app)}</Text>
              </View>
              <Text className="jx-text-secondary jx-block">{formatDateTime(app.createdAt)} 提交</Text>
              {app.state === 'declined' && app.reason ? (
                <Text className="jx-text-body jx-block">原因：{app.reason}</Text>
              ) : null}
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}
