// 编辑资料 (account subpackage): consent first, then the profile form.
import { PageShell } from '@/components/page-shell/page-shell';
import { ProfileEditor } from '@/features/account/profile-editor';

export default function ProfilePage() {
  return (
    <PageShell>
      <ProfileEditor />
    </PageShell>
  );
}
