// 新建评选活动 (admin subpackage).
import { PageShell } from '@/components/page-shell/page-shell';
import { CampaignNew } from '@/features/selection/staff/campaign-new';
// The side navigation of a wide window lists the 工作台's tasks.
import '../../staff-tasks';

export default function CampaignNewPage() {
  return (
    <PageShell>
      <CampaignNew />
    </PageShell>
  );
}
