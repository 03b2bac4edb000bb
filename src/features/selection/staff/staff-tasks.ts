// Selection's tasks on the 工作台 (the campaigns, and the holiday calendar their 公示 periods count by), and its
// to-dos: nominations the organisers returned, until the nominating union resubmits them.
import { callFunction } from '@/cloud/call-function';
import type { StaffTask, StaffTodoSource } from '@/components/staff/staff-task';
import { selectionContract } from '@/shared/contracts/selection';
import { ADMIN_PAGES, campaignPage } from './routes';

export const selectionStaffTasks: StaffTask[] = [
  {
    order: 20,
    title: '评选活动',
    description: '发起工匠评选，提名、审核候选人，推进评选阶段',
    url: ADMIN_PAGES.campaigns,
  },
  {
    // Entered by the city; districts and industries read it when they plan a 公示. An enterprise union never needs it.
    order: 80,
    title: '公示日历',
    description: '每年的法定节假日和调休，评选公示按工作日计算',
    url: ADMIN_PAGES.calendar,
    forKinds: ['city', 'district', 'industry'],
  },
];

/** `王建军 · 2026年度示范市工匠：…`, or how many when there are several. */
export const returnedNominationsTodo: StaffTodoSource = async () => {
  const { total, nominations } = await callFunction(selectionContract, 'returnedNominations', {});
  const first = nominations[0];
  if (total === 0 || !first) return [];
  const campaigns = new Set(nominations.map((nomination) => nomination.campaignId));
  return [
    {
      title: '退回修改的提名',
      description:
        total === 1
          ? `${first.name} · ${first.campaignTitle}：${first.reason ?? '请按退回意见修改'}`
          : `${first.name}等${total}人的提名被退回，请按意见修改后重新提交`,
      // One campaign: straight to it (its 退回修改 tab); several: the list of campaigns.
      url: campaigns.size === 1 ? campaignPage(first.campaignId) : ADMIN_PAGES.campaigns,
      count: total,
    },
  ];
};

export const selectionStaffTodos: StaffTodoSource[] = [returnedNominationsTodo];
