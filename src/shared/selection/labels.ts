// Words for stored states, shared by the workbench pages and the Excel exports the functions build, so a status
// reads the same on screen and in the file.
import type { CandidateStatus } from '../contracts/selection/candidates';

export const nominationStatusLabels: Record<CandidateStatus, string> = {
  submitted: '待审核',
  returned: '退回修改',
  approved: '已通过',
  rejected: '不通过',
  disqualified: '已取消资格',
};

export const flagKindLabels: Record<'burst' | 'new-account-cluster', string> = {
  burst: '投票突增',
  'new-account-cluster': '新账号集中投票',
};

export const flagStatusLabels: Record<'open' | 'actioned' | 'dismissed', string> = {
  open: '待处理',
  actioned: '已处理',
  dismissed: '已驳回',
};
