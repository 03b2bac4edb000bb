// 活动: skills contests, lectures and mentoring sessions open to join.
import { Text, View } from '@tarojs/components';
import { PageShell } from '@/components/page-shell/page-shell';
import { OpenContests } from '@/features/contest/glance';
import { OpenCampaigns } from '@/features/selection/public/open-campaigns';
import { FindMasterEntry } from '@/features/mentoring/find-master-entry';
import { OpenSessions } from '@/features/mentoring/session-glance';

export default function ActivitiesPage() {
  return (
    <PageShell>
      <View className="jx-card" aria-label="技能竞赛">
        <Text className="jx-text-title">技能竞赛</Text>
        <OpenContests />
      </View>
      <View className="jx-card" aria-label="工匠评选">
        <Text className="jx-text-title">工匠评选</Text>
        <OpenCampaigns
          emptyTitle="暂时没有进行中的工匠评选。"
          emptyHint="工会发布评选后，可在这里查看候选人并投票。"
        />
      </View>
      <View className="jx-card" aria-label="讲座与带徒">
        <Text className="jx-text-title">讲座与带徒</Text>
        <OpenSessions />
        <FindMasterEntry />
      </View>
    </PageShell>
  );
}
