// 现场签到 (contest-admin subpackage): the contest day's full-screen check-in code.
import { PageShell } from '@/components/page-shell/page-shell';
import { usePageParams } from '@/components/navigation/navigation';
import { PageNotFound } from '@/components/states/states';
import { CheckInScreen } from '@/features/contest/staff/check-in-screen';

export default function ContestCheckInPage() {
  const { id } = usePageParams();
  return <PageShell>{id ? <CheckInScreen contestId={id} /> : <PageNotFound path={undefined} />}</PageShell>;
}
