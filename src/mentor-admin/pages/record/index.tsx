// 劳模档案 (mentor-admin subpackage): one master's record by year, for staff (with the export) and for the master.
import { PageShell } from '@/components/page-shell/page-shell';
import { usePageParams } from '@/components/navigation/navigation';
import { PageNotFound } from '@/components/states/states';
import { MasterRecord } from '@/features/mentoring/staff/master-record';
// The side navigation of a wide window lists the 工作台's tasks.
import '@/admin/staff-tasks';

export default function MentorAdminRecordPage() {
  const { id, mine } = usePageParams();
  return (
    <PageShell>
      {id ? <MasterRecord masterId={id} own={mine === '1'} /> : <PageNotFound path={undefined} />}
    </PageShell>
  );
}
