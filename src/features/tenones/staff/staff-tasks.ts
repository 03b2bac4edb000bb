// 十个一's tasks on the 工作台: the completion of the caller's part of the union tree, and its records to review.
import type { StaffTask } from '@/components/staff/staff-task';
import { PAGES } from '@/shared/routes';

export const tenonesStaffTasks: StaffTask[] = [
  {
    order: 25,
    title: '十个一完成情况',
    description: '各项完成率、全部完成人数、每月趋势，逐级查看到企业和职工，导出 Excel',
    url: PAGES['tenones-admin'].progress,
  },
  {
    order: 26,
    title: '十个一审核',
    description: '职工的十个一记录：审核中的文字、认可或不予认可（写明理由，职工可见）',
    url: PAGES['tenones-admin'].review,
  },
];
