// 评选活动: a campaign, its candidates and voting (vote subpackage).
import { PageShell } from '@/components/page-shell/page-shell';
import { usePageParams } from '@/components/navigation/navigation';
import { CampaignView } from '@/features/selection/public/campaign-view';

export default function CampaignPage() {
  const { id } = usePageParams();
  return (
    <PageShell>
      <CampaignView campaignId={id} />
    </PageShell>
  );
}
