// 新建比赛 / 修改比赛 (contest-admin subpackage): without `id` a new contest, with it that contest.
import { PageShell } from '@/components/page-shell/page-shell';
import { usePageParams } from '@/components/navigation/navigation';
import { ContestEdit } from '@/features/contest/staff/contest-edit';
// The side navigation of a wide window lists the 工作台's tasks.
import '@/admin/staff-tasks';

export default function ContestEditPage() {
  const { id } = usePageParams();
  return (
    <PageShell>
      <ContestEdit contestId={id ?? null} />
    </PageShell>
  );
}
