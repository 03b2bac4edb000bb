// 生产日记 (tenones subpackage).
import { PageShell } from '@/components/page-shell/page-shell';
import { DiaryPage } from '@/features/tenones/diary';

export default function TenonesDiaryPage() {
  return (
    <PageShell>
      <DiaryPage />
    </PageShell>
  );
}
