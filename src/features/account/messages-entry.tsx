// 我的 → 消息, with how many are unread: one count call, so the main package and the tab stay light.
import { Text, View } from '@tarojs/components';
import { callFunction } from '@/cloud/call-function';
import { useSubscribeTemplates } from '@/cloud/subscribe';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { openPage, useShownAgain } from '@/components/navigation/navigation';
import { accountContract } from '@/shared/contracts/account';
import { ACCOUNT_PAGES } from './routes';
import './account.css';

export function MessagesEntry() {
  const { state, reload } = useCloudCall(() => callFunction(accountContract, 'unreadMessages', {}), []);
  useShownAgain(reload);
  // 我的 is where people start: the template ids are at hand before any form that asks for a subscription.
  useSubscribeTemplates();
  const count = state.status === 'ready' ? state.data.count : 0;
  return (
    <View className="jx-card jx-messages-entry" role="link" onClick={() => openPage(ACCOUNT_PAGES.messages)}>
      <Text className="jx-text-title jx-messages-entry__label">消息</Text>
      {count > 0 ? <Text className="jx-tag jx-tag--alert jx-messages-entry__count">{count}条未读</Text> : null}
      <Text className="jx-text-title jx-text-secondary" aria-hidden="true">
        ›
      </Text>
    </View>
  );
}
