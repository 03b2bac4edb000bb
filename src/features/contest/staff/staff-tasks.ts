// Contests' task on the 工作台: the contests of the caller's part of the union tree, new ones, and their entries.
import type { StaffTask } from '@/components/staff/staff-task';
import { PAGES } from '@/shared/routes';

export const contestStaffTasks: StaffTask[] = [
  {
    order: 35,
    title: '技能竞赛',
    description: '发布和修改竞赛（报名条件、报名字段、名额），查看报名，审核通过或不通过',
    url: PAGES['contest-admin'].list,
  },
];
