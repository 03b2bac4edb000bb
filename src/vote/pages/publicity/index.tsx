// 公示: the names placed, the period, and named objections (vote subpackage).
import { usePageParams } from '@/components/navigation/navigation';
import { PageShell } from '@/components/page-shell/page-shell';
import { PublicityView } from '@/features/selection/public/publicity-view';

export default function PublicityPage() {
  const { id } = usePageParams();
  return (
    <PageShell>
      <PublicityView campaignId={id} />
    </PageShell>
  );
}
