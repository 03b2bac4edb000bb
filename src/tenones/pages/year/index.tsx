// 我的十个一 (tenones subpackage): the worker's year; with `userId`, staff's view of one worker's year.
import { PageShell } from '@/components/page-shell/page-shell';
import { usePageParams } from '@/components/navigation/navigation';
import { YearPage } from '@/features/tenones/year-view';

export default function TenonesYearPage() {
  const { userId, year } = usePageParams();
  return (
    <PageShell>
      <YearPage userId={userId || undefined} year={year ? Number(year) : undefined} />
    </PageShell>
  );
}
