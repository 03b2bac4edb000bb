// 劳模认定: designate model workers with their honours (admin subpackage).
import { PageShell } from '@/components/page-shell/page-shell';
import { ModelWorkers } from '@/features/union/model-workers';
// The side navigation of a wide window lists the 工作台's tasks.
import '../../staff-tasks';

export default function ModelWorkersPage() {
  return (
    <PageShell>
      <ModelWorkers />
    </PageShell>
  );
}
