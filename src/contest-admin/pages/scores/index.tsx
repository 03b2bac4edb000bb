// 成绩录入 (contest-admin subpackage): one contest's score sheet from its day on, publishing and corrections.
import { PageShell } from '@/components/page-shell/page-shell';
import { usePageParams } from '@/components/navigation/navigation';
import { PageNotFound } from '@/components/states/states';
import { ScoreSheet } from '@/features/contest/staff/score-sheet';
// The side navigation of a wide window lists the 工作台's tasks.
import '@/admin/staff-tasks';

export default function ContestScoresPage() {
  const { id } = usePageParams();
  return <PageShell>{id ? <ScoreSheet contestId={id} /> : <PageNotFound path={undefined} />}</PageShell>;
}
