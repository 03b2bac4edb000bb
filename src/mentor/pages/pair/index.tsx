// 师徒协议 (mentor subpackage): one pair — its agreement, checks and 出师考核 — for the master, the apprentice and
// staff over them (read-only).
import { PageShell } from '@/components/page-shell/page-shell';
import { usePageParams } from '@/components/navigation/navigation';
import { PageNotFound } from '@/components/states/states';
import { PairPage } from '@/features/mentoring/pair-page';

export default function PairDetailPage() {
  const { id } = usePageParams();
  return <PageShell>{id ? <PairPage apprenticeshipId={id} /> : <PageNotFound path={undefined} />}</PageShell>;
}
