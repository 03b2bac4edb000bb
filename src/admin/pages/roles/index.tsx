// 授权: grant and revoke staff and expert roles (admin subpackage).
import { PageShell } from '@/components/page-shell/page-shell';
import { Roles } from '@/features/union/roles';
// The side navigation of a wide window lists the 工作台's tasks.
import '../../staff-tasks';

export default function RolesPage() {
  return (
    <PageShell>
      <Roles />
    </PageShell>
  );
}
