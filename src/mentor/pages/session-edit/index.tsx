// 发布活动 / 修改活动 (mentor subpackage): a master's new session, or their own one with its id.
import { PageShell } from '@/components/page-shell/page-shell';
import { usePageParams } from '@/components/navigation/navigation';
import { SessionEdit } from '@/features/mentoring/sessions/session-edit';

export default function SessionEditPage() {
  const { id } = usePageParams();
  return (
    <PageShell>
      <SessionEdit sessionId={id ?? null} />
    </PageShell>
  );
}
