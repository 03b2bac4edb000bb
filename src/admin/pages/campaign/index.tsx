// 评选活动 for its staff: stage, review and nominations (admin subpackage).
import { usePageParams } from '@/components/navigation/navigation';
import { PageShell } from '@/components/page-shell/page-shell';
import { CampaignDetail } from '@/features/selection/staff/campaign-detail';
// The side navigation of a wide window lists the 工作台's tasks.
import '../../staff-tasks';

export default function CampaignPage() {
  const { id } = usePageParams();
  return (
    <PageShell>
      <CampaignDetail campaignId={id} />
    </PageShell>
  );
}
