// 师傅管理 (mentor-admin subpackage): the masters of the caller's part of the tree, their limits, pairs and stars.
import { PageShell } from '@/components/page-shell/page-shell';
import { MastersTable } from '@/features/mentoring/staff/masters-table';
// The side navigation of a wide window lists the 工作台's tasks.
import '@/admin/staff-tasks';

export default function MentorAdminMastersPage() {
  return (
    <PageShell>
      <MastersTable />
    </PageShell>
  );
}
