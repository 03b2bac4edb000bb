// 我的: profile and membership, honours and roles, the staff workbench entry, and 关于匠心.
import { PageShell } from '@/components/page-shell/page-shell';
import { ServiceStatus } from '@/features/about/service-status';
import { MeOverview } from '@/features/account/me-overview';

export default function MePage() {
  return (
    <PageShell>
      <MeOverview />
      <ServiceStatus />
    </PageShell>
  );
}
