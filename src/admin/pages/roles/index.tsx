// 授权: grant and revoke staff and expert roles (admin subpackage).
import { PageShell } from '@/components/page-shell/page-shell';
import { Roles } from '@/features/union/roles';

export default function RolesPage() {
  return (
    <PageShell>
      <Roles />
    </PageShell>
  );
}
