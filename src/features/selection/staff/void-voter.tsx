// 作废某账号的票: the organisers void every still-counted vote of one voter account, named by its per-campaign code
// (from the exported vote log or a flag's evidence), with a reason; the public counts drop at once.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { ReasonDialog } from '@/components/dialog/dialog';
import { TextField } from '@/components/form/fields';
import { DoneText } from '@/components/form/messages';
import { selectionContract } from '@/shared/contracts/selection';
import type { StaffCampaign } from './campaign-texts';
import { voterCode } from './integrity-texts';

export function VoidVoter({ campaign, onVoided }: { campaign: StaffCampaign; onVoided: () => void }) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const start = () => {
    const code = voterCode(typed);
    if (!code) {
      setError(
        typed.trim() === '' ? '请填写账号代码' : '账号代码应为32位，由数字0–9和字母a–f组成，请对照投票记录检查',
      );
      return;
    }
    setError(undefined);
    setDone(null);
    setConfirming(code);
  };

  const voidVotes = async (reason: string) => {
    if (!confirming) return;
    const { voided } = await callFunction(selectionContract, 'voidVoter', {
      campaignId: campaign.id,
      voter: confirming,
      reason,
    });
    if (voided > 0) onVoided();
    setDone(
      voided > 0
        ? `✓ 已作废账号 ${confirming.slice(0, 8)}… 的 ${voided} 票，相关候选人的公开票数已随之减少。`
        : `这个账号在本次评选中没有仍然有效的票（可能已经作废过），票数没有变化。`,
    );
    setConfirming(null);
    setTyped('');
  };

  return (
    <View className="jx-card" aria-label="作废某账号的票">
      <Text className="jx-text-title jx-block">作废某账号的票</Text>
      <Text className="jx-text-secondary jx-block jx-admin__hint">
        每个投票账号在本次评选中有一个专用代码，见导出的投票记录和可疑投票的依据。作废后，这个账号在本次评选中所有有效的票都不再计入。
      </Text>
      <TextField
        label="账号代码"
        value={typed}
        onChange={(value) => {
          setTyped(value);
          if (error) setError(undefined);
        }}
        error={error}
        hint="32位，由数字和字母a–f组成"
        placeholder="例如 3f2a9c…"
        maxLength={40}
        onConfirm={start}
      />
      {done ? <DoneText className="jx-admin__line">{done}</DoneText> : null}
      <View className="jx-actions">
        <Button className="jx-button" fill="outline" onClick={start}>
          作废该账号的票
        </Button>
      </View>
      <ReasonDialog
        open={confirming !== null}
        title="作废该账号的票"
        description={`将作废账号 ${confirming ?? ''} 在“${campaign.title}”中所有仍然有效的票，公开票数随即减少，不能恢复。`}
        reasonLabel="作废原因"
        confirmText="确认作废"
        onCancel={() => setConfirming(null)}
        onConfirm={voidVotes}
      />
    </View>
  );
}
