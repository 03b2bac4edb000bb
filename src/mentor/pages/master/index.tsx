// 师傅 (mentor subpackage): one master's profile and 申请拜师.
import { PageShell } from '@/components/page-shell/page-shell';
import { usePageParams } from '@/components/navigation/navigation';
import { PageNotFound } from '@/components/states/states';
import { MasterPage } from '@/features/mentoring/master-page';

export default function MasterDetailPage() {
  const { id } = usePageParams();
  return <PageShell>{id ? <MasterPage masterId={id} /> : <PageNotFound path={undefined} />}</PageShell>;
}
