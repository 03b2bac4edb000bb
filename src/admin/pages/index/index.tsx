// 工作台: what waits for union staff, and the way to each task each feature offers (admin subpackage).
import { PageShell } from '@/components/page-shell/page-shell';
import { selectionStaffTasks } from '@/features/selection/staff/staff-tasks';
import { unionStaffTasks } from '@/features/union/staff-tasks';
import { Workbench } from '@/features/union/workbench';

// Each feature's offer to staff; a new feature adds its own list here.
const tasks = [...unionStaffTasks, ...selectionStaffTasks];

export default function WorkbenchPage() {
  return (
    <PageShell>
      <Workbench tasks={tasks} />
    </PageShell>
  );
}
