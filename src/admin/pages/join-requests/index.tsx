// 入会审核: approve or reject join requests (admin subpackage).
import { PageShell } from '@/components/page-shell/page-shell';
import { JoinRequests } from '@/features/union/join-requests';
// The side navigation of a wide window lists the 工作台's tasks.
import '../../staff-tasks';

export default function JoinRequestsPage() {
  return (
    <PageShell>
      <JoinRequests />
    </PageShell>
  );
}
