// 队伍 (contest subpackage): one team, as the captain's invitation opens it (`?id=<teamId>`).
import { PageShell } from '@/components/page-shell/page-shell';
import { usePageParams } from '@/components/navigation/navigation';
import { PageNotFound } from '@/components/states/states';
import { TeamPage } from '@/features/contest/team-page';

export default function ContestTeamPage() {
  const { id } = usePageParams();
  return <PageShell>{id ? <TeamPage teamId={id} /> : <PageNotFound path={undefined} />}</PageShell>;
}
