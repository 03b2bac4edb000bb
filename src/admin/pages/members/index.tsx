// 成员: members by organisation, masked numbers revealed with a reason (admin subpackage).
import { PageShell } from '@/components/page-shell/page-shell';
import { Members } from '@/features/union/members';
// The side navigation of a wide window lists the 工作台's tasks.
import '../../staff-tasks';

export default function MembersPage() {
  return (
    <PageShell>
      <Members />
    </PageShell>
  );
}
