// 徒弟的十个一 (mentor subpackage): the apprentice's year of 十个一 and their 岗位提升计划 with the master's comments.
import { PageShell } from '@/components/page-shell/page-shell';
import { usePageParams } from '@/components/navigation/navigation';
import { PageNotFound } from '@/components/states/states';
import { ApprenticePlanPage } from '@/features/mentoring/apprentice-plan';

export default function ApprenticePlanDetailPage() {
  const { id } = usePageParams();
  return (
    <PageShell>{id ? <ApprenticePlanPage apprenticeshipId={id} /> : <PageNotFound path={undefined} />}</PageShell>
  );
}
