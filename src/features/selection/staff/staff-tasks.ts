// Selection's tasks on the 工作台: the campaigns, and the holiday calendar their 公示 periods count by.
import type { StaffTask } from '@/components/staff/staff-task';
import { ADMIN_PAGES } from './routes';

export const selectionStaffTasks: StaffTask[] = [
  {
    order: 20,
    title: '评选活动',
    description: '发起工匠评选，提名、审核候选人，推进评选阶段',
    url: ADMIN_PAGES.campaigns,
  },
  {
    order: 80,
    title: '公示日历',
    description: '每年的法定节假日和调休，评选公示按工作日计算',
    url: ADMIN_PAGES.calendar,
  },
];
