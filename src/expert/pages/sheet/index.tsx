// 评分表: one campaign's candidates scored on its rubric, one at a time (expert subpackage); `candidate` opens one.
import { usePageParams } from '@/components/navigation/navigation';
import { PageShell } from '@/components/page-shell/page-shell';
import { ScoringSheet } from '@/features/selection/expert/scoring-sheet';

export default function ScoringSheetPage() {
  const { id, candidate } = usePageParams();
  return (
    <PageShell>
      <ScoringSheet campaignId={id} candidateId={candidate} />
    </PageShell>
  );
}
