// 加入企业工会 (account subpackage).
import { PageShell } from '@/components/page-shell/page-shell';
import { JoinEnterprise } from '@/features/account/join-enterprise';

export default function JoinPage() {
  return (
    <PageShell>
      <JoinEnterprise />
    </PageShell>
  );
}
