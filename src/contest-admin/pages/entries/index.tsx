// 报名名单 (contest-admin subpackage): one contest's entries and their review.
import { PageShell } from '@/components/page-shell/page-shell';
import { usePageParams } from '@/components/navigation/navigation';
import { PageNotFound } from '@/components/states/states';
import { EntriesTable } from '@/features/contest/staff/entries-table';
// The side navigation of a wide window lists the 工作台's tasks.
import '@/admin/staff-tasks';

export default function ContestEntriesPage() {
  const { id } = usePageParams();
  return <PageShell>{id ? <EntriesTable contestId={id} /> : <PageNotFound path={undefined} />}</PageShell>;
}
