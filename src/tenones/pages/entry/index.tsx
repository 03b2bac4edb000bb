// 一条记录 (tenones subpackage): one entry, for its author or staff over them.
import { PageShell } from '@/components/page-shell/page-shell';
import { usePageParams } from '@/components/navigation/navigation';
import { PageNotFound } from '@/components/states/states';
import { EntryPage } from '@/features/tenones/entry-view';

export default function TenonesEntryPage() {
  const { id } = usePageParams();
  return <PageShell>{id ? <EntryPage entryId={id} /> : <PageNotFound path={undefined} />}</PageShell>;
}
