// 评选活动: the campaigns staff run or nominate into (admin subpackage).
import { PageShell } from '@/components/page-shell/page-shell';
import { Campaigns } from '@/features/selection/staff/campaigns';
// The side navigation of a wide window lists the 工作台's tasks.
import '../../staff-tasks';

export default function CampaignsPage() {
  return (
    <PageShell>
      <Campaigns />
    </PageShell>
  );
}
