// 消息: everything the app told this person (a nomination reviewed, an objection answered, a join decision, a
// scoring reminder), newest first, a page at a time. Unread ones say 未读 in words and in bold, not by colour
// alone; tapping one marks it read and opens the page it is about.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { usePaged } from '@/cloud/use-paged';
import { ErrorText } from '@/components/form/messages';
import { formatDateTime } from '@/components/format/format';
import { openPage, useShownAgain } from '@/components/navigation/navigation';
import { MoreButton } from '@/components/staff/more-button';
import { EmptyState, PendingCard } from '@/components/states/states';
import { accountContract } from '@/shared/contracts/account';
import type { MessageView } from '@/shared/contracts/messages';
import './messages.css';

function MessageItem({ message, onOpen }: { message: MessageView; onOpen: (message: MessageView) => void }) {
  const unread = !message.read;
  return (
    <View className={`jx-message${unread ? ' jx-message--unread' : ''}`} role="link" onClick={() => onOpen(message)}>
      <View className="jx-message__text">
        <Text className="jx-text-body jx-message__title">
          {unread ? <Text className="jx-tag jx-tag--alert jx-message__unread">未读</Text> : null}
          {message.title}
        </Text>
        <Text className="jx-text-secondary jx-block jx-message__body">{message.body}</Text>
        <Text className="jx-text-secondary jx-block">{formatDateTime(message.createdAt)}</Text>
      </View>
      {message.page ? (
        <Text className="jx-message__chevron" aria-hidden="true">
          ›
        </Text>
      ) : null}
    </View>
  );
}

export function MessageList() {
  const { state, reload, more, update } = usePaged(async (cursor) => {
    const page = await callFunction(accountContract, 'myMessages', { cursor });
    return { items: page.messages, nextCursor: page.nextCursor };
  }, []);
  const [failure, setFailure] = useState<string | null>(null);
  useShownAgain(reload);

  const open = async (message: MessageView) => {
    setFailure(null);
    if (!message.read) {
      try {
        await callFunction(accountContract, 'readMessage', { messageId: message.id });
        update((items) => items.map((item) => (item.id === message.id ? { ...item, read: true } : item)));
      } catch (error) {
        // Still open it: being marked read is a convenience, the page is what they came for.
        setFailure((error as Error).message);
      }
    }
    if (message.page) openPage(message.page);
  };

  if (state.status !== 'ready') return <PendingCard state={state} rows={4} label="正在加载消息" onRetry={reload} />;
  if (state.items.length === 0) {
    return (
      <View className="jx-card">
        <EmptyState
          title="还没有消息。"
          hint="提名审核、异议答复、入会审批和评审提醒会出现在这里；在提交时允许订阅，微信也会通知你。"
        />
      </View>
    );
  }
  return (
    <View className="jx-card jx-messages" aria-label="消息列表">
      {failure ? <ErrorText>{failure}</ErrorText> : null}
      {state.items.map((message) => (
        <MessageItem key={message.id} message={message} onOpen={(item) => void open(item)} />
      ))}
      <MoreButton next={state.next} more={state.more} onMore={more} />
    </View>
  );
}
