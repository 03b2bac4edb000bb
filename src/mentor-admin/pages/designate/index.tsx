// 设为师傅 (mentor-admin subpackage): designate a person of the caller's part of the tree as a master.
import { PageShell } from '@/components/page-shell/page-shell';
import { DesignateMaster } from '@/features/mentoring/staff/designate';
// The side navigation of a wide window lists the 工作台's tasks.
import '@/admin/staff-tasks';

export default function MentorAdminDesignatePage() {
  return (
    <PageShell>
      <DesignateMaster />
    </PageShell>
  );
}
