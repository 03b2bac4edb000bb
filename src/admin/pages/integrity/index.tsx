// 投票监督 for a campaign's organisers: brushing flags, voiding, recount and the vote log (admin subpackage).
import { usePageParams } from '@/components/navigation/navigation';
import { PageShell } from '@/components/page-shell/page-shell';
import { Integrity } from '@/features/selection/staff/integrity';

export default function IntegrityPage() {
  const { id } = usePageParams();
  return (
    <PageShell>
      <Integrity campaignId={id} />
    </PageShell>
  );
}
