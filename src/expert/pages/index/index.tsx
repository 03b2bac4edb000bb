// 评审任务: the campaigns the caller scores as an expert (expert subpackage).
import { PageShell } from '@/components/page-shell/page-shell';
import { ScoringTasks } from '@/features/selection/expert/scoring-tasks';

export default function ExpertTasksPage() {
  return (
    <PageShell>
      <ScoringTasks />
    </PageShell>
  );
}
