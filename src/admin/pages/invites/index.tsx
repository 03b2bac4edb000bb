// 邀请码: invite codes for enterprise unions (admin subpackage).
import { PageShell } from '@/components/page-shell/page-shell';
import { Invites } from '@/features/union/invites';

export default function InvitesPage() {
  return (
    <PageShell>
      <Invites />
    </PageShell>
  );
}
