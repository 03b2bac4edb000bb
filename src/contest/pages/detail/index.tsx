// 比赛详情 (contest subpackage): one contest, the caller's verdict, registration and their entry.
import { PageShell } from '@/components/page-shell/page-shell';
import { usePageParams } from '@/components/navigation/navigation';
import { PageNotFound } from '@/components/states/states';
import { ContestDetail } from '@/features/contest/contest-detail';

export default function ContestDetailPage() {
  const { id } = usePageParams();
  return <PageShell>{id ? <ContestDetail contestId={id} /> : <PageNotFound path={undefined} />}</PageShell>;
}
