// The union's tasks on the 工作台: members and their requests, roles, model workers, organisations, the audit log.
import type { StaffTask } from '@/components/staff/staff-task';
import { PAGES } from '@/shared/routes';

export const unionStaffTasks: StaffTask[] = [
  { order: 10, title: '入会审核', description: '通过或驳回职工的入会申请', url: PAGES.admin.joinRequests },
  { order: 30, title: '成员', description: '按组织查看会员，必要时查看完整号码', url: PAGES.admin.members },
  { order: 40, title: '授权', description: '任命工会干部、评审专家，或撤销授权', url: PAGES.admin.roles },
  { order: 50, title: '劳模认定', description: '认定劳模、工匠并登记荣誉', url: PAGES.admin.modelWorkers },
  // An enterprise union has no unions below it.
  {
    order: 60,
    title: '组织',
    description: '新建、改名或撤销下级工会',
    url: PAGES.admin.orgs,
    forKinds: ['city', 'district', 'industry'],
  },
  { order: 70, title: '邀请码', description: '生成企业工会的入会邀请码', url: PAGES.admin.invites },
  { order: 90, title: '操作日志', description: '谁在什么时候做了什么、为什么', url: PAGES.admin.audit },
];
