// 活动详情 (mentor subpackage): one session — sign-up and check-in, or its master's tools and roster.
import { PageShell } from '@/components/page-shell/page-shell';
import { usePageParams } from '@/components/navigation/navigation';
import { PageNotFound } from '@/components/states/states';
import { SessionDetail } from '@/features/mentoring/sessions/session-detail';

export default function SessionPage() {
  const { id } = usePageParams();
  return <PageShell>{id ? <SessionDetail sessionId={id} /> : <PageNotFound path={undefined} />}</PageShell>;
}
