// 一线职工 in the members table: the worker states it on their profile, staff of their enterprise union (or above)
// confirm or withdraw it with a reason (audited), one row at a time or in bulk. Only a confirmed statement counts
// for a contest limited to front-line workers.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { callFunction } from '@/cloud/call-function';
import type { BulkAction } from '@/components/data-table/data-table';
import { ReasonDialog } from '@/components/dialog/dialog';
import type { Member } from '@/components/staff/person-search';
import { unionContract } from '@/shared/contracts/union';
import { frontlineStatusLabels } from '@/shared/people/vocabulary';
import './frontline.css';

export type FrontlineFilter = 'all' | 'pending' | 'confirmed';
export const FRONTLINE_TABS: readonly { value: FrontlineFilter; label: string }[] = [
  // Short enough for one line on a phone; the tab row is named 一线职工筛选.
  { value: 'all', label: '全部成员' },
  { value: 'pending', label: '一线待确认' },
  { value: 'confirmed', label: '一线已确认' },
];

/** What an empty filtered list means, and where its members come from. */
export const FRONTLINE_EMPTY: Record<Exclude<FrontlineFilter, 'all'>, { title: string; hint: string }> = {
  pending: {
    title: '没有待确认的一线职工。',
    hint: '职工在「我的」→ 编辑资料中填写“是一线职工”后，会出现在这里等待确认。',
  },
  confirmed: { title: '还没有已确认的一线职工。', hint: '在“一线待确认”中确认职工的填写。' },
};

/** A statement staff may confirm: stated and not yet confirmed (a withdrawn one may be confirmed after all). */
export const confirmable = (member: Member) => member.frontline === 'pending' || member.frontline === 'withdrawn';
const withdrawable = (member: Member) => member.frontline === 'pending' || member.frontline === 'confirmed';

export function decideFrontline(member: Member, confirm: boolean, reason: string): Promise<Member> {
  return callFunction(unionContract, 'decideFrontline', { userId: member.id, confirm, reason });
}

export const confirmInBulk: BulkAction<Member> = {
  label: '批量认定一线职工',
  done: '已认定为一线职工',
  reason: 'required',
  reasonLabel: '确认依据',
  description: (rows) => `认定这 ${rows.length} 人为一线职工。只有已确认的一线职工能报名限一线职工的竞赛。`,
  run: async (member, reason) => {
    await decideFrontline(member, true, reason);
  },
};

/** The table cell and card line: the status in words, and the act it allows. */
export function FrontlineCell({ member, onDecide }: { member: Member; onDecide: (confirm: boolean) => void }) {
  if (member.frontline === 'none') return <Text className="jx-text-body">—</Text>;
  return (
    <View className="jx-frontline-cell">
      <Text className="jx-text-body">{frontlineStatusLabels[member.frontline]}</Text>
      {confirmable(member) ? (
        <Button className="jx-button" fill="outline" onClick={() => onDecide(true)}>
          确认
        </Button>
      ) : withdrawable(member) ? (
        <Button className="jx-button" fill="outline" onClick={() => onDecide(false)}>
          撤销
        </Button>
      ) : null}
    </View>
  );
}

export function FrontlineDialog({
  deciding,
  onCancel,
  onDone,
}: {
  deciding: { member: Member; confirm: boolean } | null;
  onCancel: () => void;
  onDone: (member: Member) => void;
}) {
  const confirm = deciding?.confirm ?? true;
  return (
    <ReasonDialog
      open={deciding !== null}
      title={confirm ? '确认一线职工' : '撤销一线职工'}
      description={
        deciding
          ? confirm
            ? `确认 ${deciding.member.realName} 在生产、服务一线岗位工作。`
            : `撤销 ${deciding.member.realName} 的一线职工确认，TA 将不能报名限一线职工的竞赛。`
          : null
      }
      confirmText={confirm ? '确认' : '撤销'}
      reasonLabel={confirm ? '确认依据' : '撤销原因'}
      onCancel={onCancel}
      onConfirm={async (reason) => {
        if (!deciding) return;
        onDone(await decideFrontline(deciding.member, confirm, reason));
      }}
    />
  );
}
