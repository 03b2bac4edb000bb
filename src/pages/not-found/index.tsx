// The app's own 404: a link to a page that does not exist lands here, in the app's frame, with the way home.
import { View } from '@tarojs/components';
import { PageShell } from '@/components/page-shell/page-shell';
import { usePageParams } from '@/components/navigation/navigation';
import { PageNotFound } from '@/components/states/states';

/** The missing page's path as the link had it (query values arrive still encoded on some platforms). */
function readable(path: string | undefined): string | undefined {
  if (!path) return undefined;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export default function NotFoundPage() {
  const path = readable(usePageParams().path);
  return (
    <PageShell>
      <View className="jx-card">
        <PageNotFound path={path} />
      </View>
    </PageShell>
  );
}
