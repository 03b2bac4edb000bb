// 组织: the union tree — create, rename, retire (admin subpackage).
import { PageShell } from '@/components/page-shell/page-shell';
import { Orgs } from '@/features/union/orgs';

export default function OrgsPage() {
  return (
    <PageShell>
      <Orgs />
    </PageShell>
  );
}
