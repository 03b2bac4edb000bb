// 找师傅 (mentor subpackage): masters by trade, organisation and free place.
import { PageShell } from '@/components/page-shell/page-shell';
import { MastersList } from '@/features/mentoring/masters-list';

export default function MastersPage() {
  return (
    <PageShell>
      <MastersList />
    </PageShell>
  );
}
