// 岗位提升计划 (tenones subpackage): the plan of `year` (default: this year).
import { PageShell } from '@/components/page-shell/page-shell';
import { usePageParams } from '@/components/navigation/navigation';
import { PlanPage } from '@/features/tenones/plan';
import { now } from '@/platform/clock';
import { beijingYear } from '@/shared/time/beijing';

export default function TenonesPlanPage() {
  const { year } = usePageParams();
  return (
    <PageShell>
      <PlanPage year={year ? Number(year) : beijingYear(now())} />
    </PageShell>
  );
}
