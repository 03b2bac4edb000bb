// 工作台: what waits for union staff, and the way to each task each feature offers (admin subpackage).
import { PageShell } from '@/components/page-shell/page-shell';
import { Workbench } from '@/features/union/workbench';
import { staffTasks, staffTodos } from '../../staff-tasks';

export default function WorkbenchPage() {
  return (
    <PageShell>
      <Workbench tasks={staffTasks} todos={staffTodos} />
    </PageShell>
  );
}
