// 带徒督导 (mentor-admin subpackage): the pairs of the caller's part of the tree by their next check, overdue first.
import { PageShell } from '@/components/page-shell/page-shell';
import { CadenceTable } from '@/features/mentoring/staff/cadence-table';
// The side navigation of a wide window lists the 工作台's tasks.
import '@/admin/staff-tasks';

export default function MentorAdminCadencePage() {
  return (
    <PageShell>
      <CadenceTable />
    </PageShell>
  );
}
