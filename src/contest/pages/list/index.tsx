// 技能竞赛 (contest subpackage): the contests of the worker's unions, filtered and paged.
import { PageShell } from '@/components/page-shell/page-shell';
import { ContestList } from '@/features/contest/contest-list';

export default function ContestListPage() {
  return (
    <PageShell>
      <ContestList />
    </PageShell>
  );
}
