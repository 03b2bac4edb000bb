// 投票监督 for a campaign's organisers: brushing flags, voiding, recount and the vote log (admin subpackage).
import { usePageParams } from '@/components/navigation/navigation';
import { PageShell } from '@/components/page-shell/page-shell';
import { Integrity } from '@/features/selection/staff/integrity';
// The side navigation of a wide window lists the 工作台's tasks.
import '../../staff-tasks';

export default function IntegrityPage() {
  const { id } = usePageParams();
  return (
    <PageShell>
      <Integrity campaignId={id} />
    </PageShell>
  );
}
