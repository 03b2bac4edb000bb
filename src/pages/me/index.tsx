// 我的: profile and membership (from the people issue), the user's entries, and 关于匠心.
import { Text, View } from '@tarojs/components';
import { PageShell } from '@/components/page-shell/page-shell';
import { EmptyState } from '@/components/states/states';
import { ServiceStatus } from '@/features/about/service-status';

export default function MePage() {
  return (
    <PageShell>
      <View className="jx-card" aria-label="我的资料">
        <Text className="jx-text-title">我的资料</Text>
        <EmptyState title="你还没有填写资料。" hint="填写资料、加入企业工会后，即可报名竞赛和拜师。" />
      </View>
      <ServiceStatus />
    </PageShell>
  );
}
