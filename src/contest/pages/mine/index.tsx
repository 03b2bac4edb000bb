// 我的比赛 (contest subpackage): the worker's entries with their state.
import { PageShell } from '@/components/page-shell/page-shell';
import { MyEntries } from '@/features/contest/my-entries';

export default function MyContestsPage() {
  return (
    <PageShell>
      <MyEntries />
    </PageShell>
  );
}
