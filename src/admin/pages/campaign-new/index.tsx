// 新建评选活动 (admin subpackage).
import { PageShell } from '@/components/page-shell/page-shell';
import { CampaignNew } from '@/features/selection/staff/campaign-new';

export default function CampaignNewPage() {
  return (
    <PageShell>
      <CampaignNew />
    </PageShell>
  );
}
