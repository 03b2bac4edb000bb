// What 找师傅 and a master's page show someone without a profile (a shared link, 活动 → 找师傅 before signing up):
// the server refuses them (`profiled`), and the way on is to fill in the profile, not to ask a union for rights.
import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import type { CloudError } from '@/cloud/cloud-error';
import { openPage } from '@/components/navigation/navigation';
import { EmptyState, PendingCard } from '@/components/states/states';
import { PAGES } from '@/shared/routes';

type Pending = { status: 'loading' } | { status: 'error'; error: CloudError } | { status: 'ready' };

/** The loading or error card, except that a refusal for want of a profile leads to the profile. */
export function PendingOrProfile(props: {
  state: Pending;
  label: string;
  rows?: number;
  shape?: 'list' | 'detail';
  onRetry: () => void;
  /** What the profile opens and why it is needed (default: finding a master). */
  opens?: string;
  hint?: string;
}) {
  const { state, opens = '找师傅和申请拜师', hint = '师傅需要知道你的单位和工种。', ...pending } = props;
  if (state.status === 'error' && state.error.code === 'FORBIDDEN') {
    return (
      <View className="jx-card">
        <EmptyState title={`填写个人资料后，才能${opens}。`} hint={hint} />
        <View className="jx-actions">
          <Button className="jx-button" type="primary" onClick={() => openPage(PAGES.account.profile)}>
            填写个人资料
          </Button>
        </View>
      </View>
    );
  }
  return <PendingCard state={state} {...pending} />;
}
