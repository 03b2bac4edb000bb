// 活动签到码 (mentor subpackage): the master's full-screen rotating check-in code, and 进网络's stream code.
import { PageShell } from '@/components/page-shell/page-shell';
import { usePageParams } from '@/components/navigation/navigation';
import { PageNotFound } from '@/components/states/states';
import { SessionCodeScreen } from '@/features/mentoring/sessions/session-code';

export default function SessionCodePage() {
  const { id } = usePageParams();
  return <PageShell>{id ? <SessionCodeScreen sessionId={id} /> : <PageNotFound path={undefined} />}</PageShell>;
}
