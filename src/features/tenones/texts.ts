// The 十个一 in words: how a record's state and a credit's source read, the same on every page.
import type { RecordState } from '@/shared/contracts/activity';
import type { SourceKind } from '@/shared/tenones/credit-ids';

export const STATE_LABELS: Record<RecordState, string> = {
  held: '审核中',
  refused: '未通过审核',
  counted: '已计入',
  rejected: '不予认可',
};

/** Where a credit came from, as the worker reads it beside the evidence. */
export const SOURCE_LABELS: Record<SourceKind, string> = {
  entry: '我的记录',
  contest: '技能竞赛',
  lecture: '劳模宣讲',
  apprenticeship: '师带徒',
};

export const stateTagClass = (state: RecordState) =>
  state === 'counted' ? 'jx-tag jx-tag--success' : state === 'held' ? 'jx-tag' : 'jx-tag jx-tag--alert';

/** What the phone shows for a log that has not reached the server. */
export const QUEUED_LABELS = { waiting: '待发送', sending: '发送中', refused: '未能发送' } as const;
