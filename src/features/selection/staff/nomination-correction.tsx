// What a nominating union sees on a nomination it may still correct: why it was returned, said first and plainly,
// and the way to the form that corrects it and submits it again.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { formatDateTime } from '@/components/format/format';
import { openPage } from '@/components/navigation/navigation';
import type { Nomination, StaffCampaign } from './campaign-texts';
import { mayCorrect } from './nomination-form';
import { correctNominationPage } from './routes';
import '@/components/staff/admin.css';

/** The reviewer's reason on a returned nomination, as a notice at the top of its card. */
export function ReturnedReason({ nomination }: { nomination: Nomination }) {
  if (nomination.status !== 'returned' || !nomination.review) return null;
  return (
    <View className="jx-returned" role="note" aria-label="退回原因">
      <Text className="jx-text-body jx-block">
        退回修改 · {nomination.review.by} {formatDateTime(nomination.review.at)}
      </Text>
      <Text className="jx-text-body jx-block">需要修改的地方：{nomination.review.reason ?? '未说明'}</Text>
    </View>
  );
}

/** 修改后重新提交 (returned) or 修改提名 (waiting), for the nominator while nominations may still change. */
export function CorrectButton({ nomination, campaign }: { nomination: Nomination; campaign: StaffCampaign }) {
  if (!mayCorrect(nomination, campaign)) return null;
  return (
    <View className="jx-actions">
      <Button
        className="jx-button"
        type={nomination.status === 'returned' ? 'primary' : 'default'}
        fill={nomination.status === 'returned' ? 'solid' : 'outline'}
        onClick={() => openPage(correctNominationPage(campaign.id, nomination.id))}
      >
        {nomination.status === 'returned' ? '修改后重新提交' : '修改提名'}
      </Button>
    </View>
  );
}
