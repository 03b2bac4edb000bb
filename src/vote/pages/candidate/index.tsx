// 候选人: one candidate, voting and sharing; where a shared card lands (vote subpackage).
import { PageShell } from '@/components/page-shell/page-shell';
import { usePageParams } from '@/components/navigation/navigation';
import { CandidateView } from '@/features/selection/public/candidate-view';

export default function CandidatePage() {
  // A shared card passes `id`; a scanned poster code passes `scene` (k=<short code>).
  const { id, scene } = usePageParams();
  return (
    <PageShell>
      <CandidateView candidateId={id} scene={scene} />
    </PageShell>
  );
}
