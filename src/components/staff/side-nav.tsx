// The side navigation of a staff page in a wide window: the 工作台 and each of its tasks, the current one marked.
// A back office swaps pages beside the navigation rather than stacking them (WeChat keeps at most ten pages).
import { Text, View } from '@tarojs/components';
import { replacePage, useCurrentPath } from '@/components/navigation/navigation';
import { PAGES } from '@/shared/routes';
import { useStaffNavTasks } from './staff-nav';

const withoutQuery = (url: string) => url.split('?')[0]!.replace(/^\//, '');

export function StaffSideNav() {
  const tasks = useStaffNavTasks(true);
  const current = withoutQuery(useCurrentPath() ?? '');
  const items = [{ title: '工作台', url: PAGES.admin.home }, ...tasks];
  return (
    <View className="jx-side-nav" role="navigation" aria-label="工作台导航">
      <Text className="jx-side-nav__brand">匠心 · 工作台</Text>
      {items.map((item) => {
        const here = withoutQuery(item.url) === current;
        return (
          <View
            key={item.url}
            className={`jx-side-nav__item${here ? ' jx-side-nav__item--here' : ''}`}
            role="link"
            aria-current={here ? 'page' : undefined}
            onClick={() => {
              if (!here) replacePage(item.url);
            }}
          >
            <Text>{item.title}</Text>
          </View>
        );
      })}
    </View>
  );
}
