// 消息 (account subpackage): the person's in-app messages, newest first.
import { PageShell } from '@/components/page-shell/page-shell';
import { MessageList } from '@/features/account/messages';

export default function MessagesPage() {
  return (
    <PageShell>
      <MessageList />
    </PageShell>
  );
}
