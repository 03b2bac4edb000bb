// The frame of every workbench page, with the page's title and what it is for: on a phone a column; in a wide
// window (PC WeChat) a back office — the 工作台's side navigation beside content as wide as the window allows.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { CloudCallState } from '@/cloud/use-cloud-call';
import { goBack } from '@/components/navigation/navigation';
import { EmptyState, PendingCard, type SkeletonShape } from '@/components/states/states';
import { StaffSideNav } from './side-nav';
import { useWideWindow } from './wide-window';
import './admin.css';
import './back-office.css';

export function AdminFrame({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  const wide = useWideWindow();
  // One tree in both shapes, the navigation's place kept empty on a phone: a window resized across the width
  // re-lays the page out without remounting it, so a form being filled keeps what was typed.
  return (
    <View className={wide ? 'jx-wide' : 'jx-admin'}>
      {wide ? <StaffSideNav /> : null}
      <View className={wide ? 'jx-wide__main' : undefined} role={wide ? 'main' : undefined}>
        <View className="jx-admin__head">
          <Text className="jx-text-hero jx-block">{title}</Text>
          {intro ? <Text className="jx-text-secondary jx-block jx-admin__intro">{intro}</Text> : null}
        </View>
        {children}
      </View>
    </View>
  );
}

/** A workbench page until its data is there: the frame with a skeleton, or what failed and 重试. */
export function AdminPending({
  title,
  state,
  label,
  rows = 5,
  shape = 'detail',
  onRetry,
}: {
  title: string;
  state: CloudCallState<unknown>;
  label: string;
  rows?: number;
  shape?: SkeletonShape;
  onRetry: () => void;
}) {
  return (
    <AdminFrame title={title}>
      <PendingCard state={state} rows={rows} label={label} shape={shape} onRetry={onRetry} />
    </AdminFrame>
  );
}

/** A workbench page that has nothing to offer here (not allowed, or no longer possible): why, and the way back. */
export function AdminDeadEnd({ title, reason, hint }: { title: string; reason: string; hint: string }) {
  return (
    <AdminFrame title={title}>
      <View className="jx-card">
        <EmptyState title={reason} hint={hint} />
        <View className="jx-actions">
          <Button className="jx-button" fill="outline" onClick={() => goBack()}>
            返回评选活动
          </Button>
        </View>
      </View>
    </AdminFrame>
  );
}
