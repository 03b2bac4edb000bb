// 我发布的活动 (mentor subpackage): a master's own sessions, latest first, and 发布活动.
import { PageShell } from '@/components/page-shell/page-shell';
import { PostedSessions } from '@/features/mentoring/sessions/posted-sessions';

export default function PostedSessionsPage() {
  return (
    <PageShell>
      <PostedSessions />
    </PageShell>
  );
}
