// 邀请码: invite codes for enterprise unions (admin subpackage).
import { PageShell } from '@/components/page-shell/page-shell';
import { Invites } from '@/features/union/invites';
// The side navigation of a wide window lists the 工作台's tasks.
import '../../staff-tasks';

export default function InvitesPage() {
  return (
    <PageShell>
      <Invites />
    </PageShell>
  );
}
