// 师带徒内容审核 (mentor-admin subpackage): the held application statements staff pass or refuse.
import { PageShell } from '@/components/page-shell/page-shell';
import { HeldTexts } from '@/features/mentoring/staff/held-texts';
// The side navigation of a wide window lists the 工作台's tasks.
import '@/admin/staff-tasks';

export default function MentorAdminHeldPage() {
  return (
    <PageShell>
      <HeldTexts />
    </PageShell>
  );
}
