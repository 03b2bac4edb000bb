// 创新工作室 (mentor subpackage): a studio's public page (its master may edit it from here).
import { PageShell } from '@/components/page-shell/page-shell';
import { usePageParams } from '@/components/navigation/navigation';
import { PageNotFound } from '@/components/states/states';
import { StudioPage } from '@/features/mentoring/studio-page';

export default function StudioDetailPage() {
  const { id } = usePageParams();
  return <PageShell>{id ? <StudioPage studioId={id} /> : <PageNotFound path={undefined} />}</PageShell>;
}
