// 入会审核: approve or reject join requests (admin subpackage).
import { PageShell } from '@/components/page-shell/page-shell';
import { JoinRequests } from '@/features/union/join-requests';

export default function JoinRequestsPage() {
  return (
    <PageShell>
      <JoinRequests />
    </PageShell>
  );
}
