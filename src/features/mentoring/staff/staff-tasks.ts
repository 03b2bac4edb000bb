// 师带徒's task on the 工作台, beside 劳模认定: the masters of the caller's part of the union tree, designating one,
// their limits, assigned pairs and studio stars.
import type { StaffTask } from '@/components/staff/staff-task';
import { PAGES } from '@/shared/routes';

export const mentoringStaffTasks: StaffTask[] = [
  {
    order: 55,
    title: '师傅管理',
    description: '认定师傅，调整带徒名额，指派徒弟，为创新工作室评星',
    url: PAGES['mentor-admin'].masters,
  },
];
