// 组织: the union tree — create, rename, retire (admin subpackage).
import { PageShell } from '@/components/page-shell/page-shell';
import { Orgs } from '@/features/union/orgs';
// The side navigation of a wide window lists the 工作台's tasks.
import '../../staff-tasks';

export default function OrgsPage() {
  return (
    <PageShell>
      <Orgs />
    </PageShell>
  );
}
