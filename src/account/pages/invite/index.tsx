// 接受邀请 (account subpackage): the page a staff member's invite code opens (`scene` = `i=<token>`), or in H5
// a link with `?token=`.
import { PageShell } from '@/components/page-shell/page-shell';
import { usePageParams } from '@/components/navigation/navigation';
import { InviteAccept } from '@/features/account/invite-accept';

export default function InvitePage() {
  const params = usePageParams();
  return (
    <PageShell>
      <InviteAccept params={params} />
    </PageShell>
  );
}
