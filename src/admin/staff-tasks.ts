// Every feature's offer to staff, put together once for the staff subpackage: the 工作台 lists the tasks (and the
// to-dos), and every staff page in a wide window shows them as its side navigation. A new feature adds its own
// lists here. Each page of the subpackage imports this module, so the navigation has them whichever page opens first.
import { provideStaffTasks } from '@/components/staff/staff-nav';
import { contestStaffTasks } from '@/features/contest/staff/staff-tasks';
import { mentoringStaffTasks } from '@/features/mentoring/staff/staff-tasks';
import { selectionStaffTasks, selectionStaffTodos } from '@/features/selection/staff/staff-tasks';
import { tenonesStaffTasks } from '@/features/tenones/staff/staff-tasks';
import { unionStaffTasks } from '@/features/union/staff-tasks';

export const staffTasks = [
  ...unionStaffTasks,
  ...selectionStaffTasks,
  ...tenonesStaffTasks,
  ...contestStaffTasks,
  ...mentoringStaffTasks,
];
export const staffTodos = [...selectionStaffTodos];

provideStaffTasks(staffTasks);
