// 讲座与带徒 (mentor subpackage): the sessions and lectures the caller may attend, earliest first.
import { PageShell } from '@/components/page-shell/page-shell';
import { SessionList } from '@/features/mentoring/sessions/session-list';

export default function SessionsPage() {
  return (
    <PageShell>
      <SessionList />
    </PageShell>
  );
}
