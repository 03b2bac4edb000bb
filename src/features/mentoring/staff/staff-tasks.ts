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
  {
    order: 56,
    title: '带徒督导',
    description: '在带师徒的检查进度，逾期的排在最前，可解除师徒关系',
    url: PAGES['mentor-admin'].cadence,
  },
  {
    order: 57,
    title: '宣讲团',
    description: '宣讲团成员每月宣讲场次，落后的排在最前，加入或移出宣讲团',
    url: PAGES['mentor-admin'].lectureTeam,
  },
  {
    order: 58,
    title: '师带徒内容审核',
    description: '微信暂缓发布的拜师申请和师徒内容，通过或不通过',
    url: PAGES['mentor-admin'].held,
  },
];
