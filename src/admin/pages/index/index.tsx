// 工作台: what waits for union staff, and the way to each task each feature offers (admin subpackage).
import { PageShell } from '@/components/page-shell/page-shell';
import { selectionStaffTasks, selectionStaffTodos } from '@/features/selection/staff/staff-tasks';
import { unionStaffTasks } from '@/features/union/staff-tasks';
import { Workbench } from '@/features/union/workbench';

// Each feature's offer to staff, and what it has waiting for them; a new feature adds its own lists here.
const tasks = [...unionStaffTasks, ...selectionStaffTasks];
const todos = [...selectionStaffTodos];

export default function WorkbenchPage() {
  return (
    <PageShell>
      <Workbench tasks={tasks} todos={todos} />
    </PageShell>
  );
}
