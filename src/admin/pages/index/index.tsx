// 工作台: what waits for union staff, and the way to each task (admin subpackage).
import { PageShell } from '@/components/page-shell/page-shell';
import { Workbench } from '@/features/admin/workbench';

export default function WorkbenchPage() {
  return (
    <PageShell>
      <Workbench />
    </PageShell>
  );
}
