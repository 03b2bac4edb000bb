// 提名候选人, or correcting one nomination (`candidate`) (admin subpackage).
import Taro from '@tarojs/taro';
import { useEffect } from 'react';
import { usePageParams } from '@/components/navigation/navigation';
import { PageShell } from '@/components/page-shell/page-shell';
import { Nominate } from '@/features/selection/staff/nominate';
// The side navigation of a wide window lists the 工作台's tasks.
import '../../staff-tasks';

export default function NominatePage() {
  const { campaignId, candidate } = usePageParams();
  useEffect(() => {
    if (candidate) void Taro.setNavigationBarTitle({ title: '修改提名' });
  }, [candidate]);
  return (
    <PageShell>
      <Nominate campaignId={campaignId} candidateId={candidate} />
    </PageShell>
  );
}
