// 修改活动: what may still change in one campaign, with a reason (admin subpackage).
import { usePageParams } from '@/components/navigation/navigation';
import { PageShell } from '@/components/page-shell/page-shell';
import { CampaignEdit } from '@/features/selection/staff/campaign-edit';
// The side navigation of a wide window lists the 工作台's tasks.
import '../../staff-tasks';

export default function CampaignEditPage() {
  const { id } = usePageParams();
  return (
    <PageShell>
      <CampaignEdit campaignId={id} />
    </PageShell>
  );
}
