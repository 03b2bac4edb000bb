// 十个一完成情况 (tenones-admin subpackage): the caller's own node, or the organisation drilled down to.
import { usePageParams } from '@/components/navigation/navigation';
import { PageShell } from '@/components/page-shell/page-shell';
import { ProgressDashboard } from '@/features/tenones/staff/progress-dashboard';
// The side navigation of a wide window lists the 工作台's tasks.
import '@/admin/staff-tasks';

export default function ProgressPage() {
  const { orgId, year } = usePageParams();
  const picked = year && /^\d{4}$/.test(year) ? Number(year) : undefined;
  return (
    <PageShell>
      <ProgressDashboard orgId={orgId || undefined} initialYear={picked} />
    </PageShell>
  );
}
