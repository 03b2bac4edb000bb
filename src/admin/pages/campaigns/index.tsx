// 评选活动: the campaigns staff run or nominate into (admin subpackage).
import { PageShell } from '@/components/page-shell/page-shell';
import { Campaigns } from '@/features/selection/staff/campaigns';

export default function CampaignsPage() {
  return (
    <PageShell>
      <Campaigns />
    </PageShell>
  );
}
