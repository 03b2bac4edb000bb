// 首页: the worker's year at a glance. Each section fills in as its feature lands; until then it says so.
import { Text, View } from '@tarojs/components';
import { PageShell } from '@/components/page-shell/page-shell';
import { NextContest } from '@/features/contest/glance';
import { NextSession } from '@/features/mentoring/session-glance';
import { OpenCampaigns } from '@/features/selection/public/open-campaigns';
import { TenonesGlance } from '@/features/tenones/glance';

export default function HomePage() {
  return (
    <PageShell>
      <View className="jx-card">
        <Text className="jx-text-hero">匠心</Text>
        <Text className="jx-text-secondary" style={{ display: 'block', marginTop: '8px' }}>
          争做技术能手，争当大国工匠
        </Text>
      </View>
      <View className="jx-card" aria-label="我的十个一">
        <Text className="jx-text-title">我的“十个一”</Text>
        <TenonesGlance />
      </View>
      <View className="jx-card" aria-label="正在进行">
        <Text className="jx-text-title">正在进行</Text>
        <OpenCampaigns emptyTitle="目前没有可参加的竞赛或评选。" emptyHint="工会发布后会第一时间出现在这里。" />
      </View>
      <View className="jx-card" aria-label="我的下一场">
        <Text className="jx-text-title">我的下一场</Text>
        <NextSession />
        <NextContest emptyTitle="你还没有报名竞赛。" emptyHint="竞赛、讲座和带徒活动可以到“活动”里看看。" />
      </View>
    </PageShell>
  );
}
