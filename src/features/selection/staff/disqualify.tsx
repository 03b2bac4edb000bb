// 取消资格: the organisers take an approved candidate out of the selection, with a reason kept in the audit log.
// It cannot be undone; the candidate leaves the public list and takes no further part.
import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { ReasonDialog } from '@/components/dialog/dialog';
import { selectionContract } from '@/shared/contracts/selection';
import { isPublic } from '@/shared/selection/stages';
import type { Nomination, StaffCampaign } from './campaign-texts';

/** The button and its confirmation, for an approved candidate shown to the organisers; nothing otherwise. */
export function DisqualifyAction({
  nomination,
  campaign,
  onDone,
}: {
  nomination: Nomination;
  campaign: StaffCampaign;
  onDone: (changed: Nomination) => void;
}) {
  const [open, setOpen] = useState(false);
  // Once final the result stands (the server refuses too).
  if (!campaign.organiser || nomination.status !== 'approved' || campaign.stage === 'final') return null;

  const disqualify = async (reason: string) => {
    const changed = await callFunction(selectionContract, 'disqualify', { candidateId: nomination.id, reason });
    setOpen(false);
    onDone(changed);
  };

  return (
    <View className="jx-actions">
      <Button className="jx-button" fill="outline" onClick={() => setOpen(true)}>
        取消资格
      </Button>
      <ReasonDialog
        open={open}
        title={`取消资格：${nomination.name}`}
        description={
          `⚠ 取消资格后不能恢复。${nomination.name}将` +
          (isPublic(campaign.stage) ? '从公开的候选人名单中移除，' : '不会出现在公布的候选人名单中，') +
          (campaign.stage === 'result' || campaign.stage === 'publicity'
            ? '退出评选结果，名次和入选名额由后面的候选人依次递补；'
            : '不再接受投票，也不参加专家评审和结果排名；') +
          '已投的票保留在投票记录里。'
        }
        reasonLabel="取消资格的原因"
        confirmText="确认取消资格"
        onCancel={() => setOpen(false)}
        onConfirm={disqualify}
      />
    </View>
  );
}
