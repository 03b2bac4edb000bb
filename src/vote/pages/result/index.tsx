// 评选结果: the ranking per category, public from the result stage on (vote subpackage).
import { usePageParams } from '@/components/navigation/navigation';
import { PageShell } from '@/components/page-shell/page-shell';
import { ResultView } from '@/features/selection/public/result-view';

export default function ResultPage() {
  const { id } = usePageParams();
  return (
    <PageShell>
      <ResultView campaignId={id} />
    </PageShell>
  );
}
