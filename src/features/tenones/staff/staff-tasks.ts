// 十个一's task on the 工作台: the completion of the caller's part of the union tree.
import type { StaffTask } from '@/components/staff/staff-task';
import { PAGES } from '@/shared/routes';

export const tenonesStaffTasks: StaffTask[] = [
  {
    order: 25,
    title: '十个一完成情况',
    description: '各项完成率、全部完成人数、每月趋势，逐级查看到企业和职工，导出 Excel',
    url: PAGES['tenones-admin'].progress,
  },
];
