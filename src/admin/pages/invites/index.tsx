// 邀请码: invite codes for enterprise unions (admin subpackage).
import { PageShell } from '@/components/page-shell/page-shell';
import { Invites } from '@/features/admin/invites';

export default function InvitesPage() {
  return (
    <PageShell>
      <Invites />
    </PageShell>
  );
}
