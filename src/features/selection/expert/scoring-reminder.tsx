// 提醒我 on a scoring task: the expert asks to be told, a day before scoring closes, how many candidates they have
// not scored. The subscribe dialog opens first in the tap (WeChat allows it only there); the reminder comes under
// 我的 → 消息 either way, and as a WeChat message where they allowed it.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { askToSubscribe, useSubscribeTemplates } from '@/cloud/subscribe';
import { asCloudError } from '@/cloud/use-cloud-call';
import { DoneText, ErrorText } from '@/components/form/messages';
import { formatDateTime } from '@/components/format/format';
import { selectionContract } from '@/shared/contracts/selection';
import { scoringReminderAt } from '@/shared/selection/reminders';

export function ScoringReminder({
  campaignId,
  scoringEndsAt,
  set,
}: {
  campaignId: string;
  scoringEndsAt: string;
  /** Whether the expert already asked. */
  set: boolean;
}) {
  const [asked, setAsked] = useState(set);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  useSubscribeTemplates();
  const when = formatDateTime(scoringReminderAt(new Date(scoringEndsAt)));

  const ask = async () => {
    if (busy) return;
    // Before any await: WeChat opens its subscribe dialog only inside the tap.
    void askToSubscribe(['scoringReminder']);
    setBusy(true);
    setFailure(null);
    try {
      await callFunction(selectionContract, 'remindMeToScore', { campaignId });
      setAsked(true);
    } catch (error) {
      setFailure(asCloudError(error).message);
    } finally {
      setBusy(false);
    }
  };

  if (asked) {
    return (
      <DoneText className="jx-expert__line">
        ✓ 已设置提醒：{when}（评分截止前一天）如还有没评的候选人，会在“我的 → 消息”提醒你
      </DoneText>
    );
  }
  return (
    <View className="jx-expert__line">
      <Text className="jx-text-secondary jx-block">
        评分截止前一天（{when}），如你还有没评的候选人，会提醒你一次。
      </Text>
      {failure ? <ErrorText>{failure}</ErrorText> : null}
      <View className="jx-actions">
        <Button className="jx-button" fill="outline" loading={busy} onClick={() => void ask()}>
          {busy ? '正在设置' : '提醒我'}
        </Button>
      </View>
    </View>
  );
}
