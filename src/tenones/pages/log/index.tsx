// 记录 (tenones subpackage): a new log of an item (`item`), a sent entry to edit (`entryId`), or a log waiting on
// the phone to correct (`queued`).
import { PageShell } from '@/components/page-shell/page-shell';
import { usePageParams } from '@/components/navigation/navigation';
import { LogPage } from '@/features/tenones/log-page';

export default function TenonesLogPage() {
  const { item, entryId, queued } = usePageParams();
  return (
    <PageShell>
      <LogPage item={item ? Number(item) : null} entryId={entryId} queuedId={queued} />
    </PageShell>
  );
}
