// 我的师带徒 (mentor subpackage): my masters and applications; a master's inbox and apprentices.
import { PageShell } from '@/components/page-shell/page-shell';
import { MyMentoring } from '@/features/mentoring/my-mentoring';

export default function MyMentoringPage() {
  return (
    <PageShell>
      <MyMentoring />
    </PageShell>
  );
}
