// 修改活动: what may still change in one campaign, with a reason (admin subpackage).
import { usePageParams } from '@/components/navigation/navigation';
import { PageShell } from '@/components/page-shell/page-shell';
import { CampaignEdit } from '@/features/selection/staff/campaign-edit';

export default function CampaignEditPage() {
  const { id } = usePageParams();
  return (
    <PageShell>
      <CampaignEdit campaignId={id} />
    </PageShell>
  );
}
