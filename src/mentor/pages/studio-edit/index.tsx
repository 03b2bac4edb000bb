// 编辑工作室 (mentor subpackage): the caller's own studio, created on first save.
import { PageShell } from '@/components/page-shell/page-shell';
import { StudioEdit } from '@/features/mentoring/studio-edit';

export default function StudioEditPage() {
  return (
    <PageShell>
      <StudioEdit />
    </PageShell>
  );
}
