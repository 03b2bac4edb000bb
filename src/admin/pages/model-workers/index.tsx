// 劳模认定: designate model workers with their honours (admin subpackage).
import { PageShell } from '@/components/page-shell/page-shell';
import { ModelWorkers } from '@/features/union/model-workers';

export default function ModelWorkersPage() {
  return (
    <PageShell>
      <ModelWorkers />
    </PageShell>
  );
}
