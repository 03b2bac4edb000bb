// 技能竞赛 (contest-admin subpackage): the contests of the caller's part of the tree, with their counts.
import { PageShell } from '@/components/page-shell/page-shell';
import { ContestsTable } from '@/features/contest/staff/contests-table';
// The side navigation of a wide window lists the 工作台's tasks.
import '@/admin/staff-tasks';

export default function ContestAdminListPage() {
  return (
    <PageShell>
      <ContestsTable />
    </PageShell>
  );
}
