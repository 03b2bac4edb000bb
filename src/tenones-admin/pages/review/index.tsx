// 十个一审核 (tenones-admin subpackage): the records of the caller's part of the tree, to decide.
import { PageShell } from '@/components/page-shell/page-shell';
import { ReviewQueue } from '@/features/tenones/staff/review-queue';
// The side navigation of a wide window lists the 工作台's tasks.
import '@/admin/staff-tasks';

export default function ReviewPage() {
  return (
    <PageShell>
      <ReviewQueue />
    </PageShell>
  );
}
