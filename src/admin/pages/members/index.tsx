// 成员: members by organisation, masked numbers revealed with a reason (admin subpackage).
import { PageShell } from '@/components/page-shell/page-shell';
import { Members } from '@/features/union/members';

export default function MembersPage() {
  return (
    <PageShell>
      <Members />
    </PageShell>
  );
}
