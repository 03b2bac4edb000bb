// 评分表: one campaign's candidates scored on its rubric (expert subpackage).
import { usePageParams } from '@/components/navigation/navigation';
import { PageShell } from '@/components/page-shell/page-shell';
import { ScoringSheet } from '@/features/selection/expert/scoring-sheet';

export default function ScoringSheetPage() {
  const { id } = usePageParams();
  return (
    <PageShell>
      <ScoringSheet campaignId={id} />
    </PageShell>
  );
}
