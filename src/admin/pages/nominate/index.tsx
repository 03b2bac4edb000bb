// 提名候选人 (admin subpackage).
import { usePageParams } from '@/components/navigation/navigation';
import { PageShell } from '@/components/page-shell/page-shell';
import { Nominate } from '@/features/admin/nominate';

export default function NominatePage() {
  const { campaignId } = usePageParams();
  return (
    <PageShell>
      <Nominate campaignId={campaignId} />
    </PageShell>
  );
}
