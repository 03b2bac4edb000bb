// The home tab's 我的“十个一”: this year's n/10 at a glance and the way into the year page. It lives in the main
// package, so it loads only the one action it calls.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { openPage, useShownAgain } from '@/components/navigation/navigation';
import { EmptyState, LoadingBlock } from '@/components/states/states';
import { activityGlanceContract } from '@/shared/contracts/activity/glance';
import { PAGES } from '@/shared/routes';
import './glance.css';

export function YearProgress({ doneCount, year }: { doneCount: number; year: number }) {
  return (
    <View className="jx-year-progress" role="group" aria-label={`${year}年完成${doneCount}项，共10项`}>
      <Text className="jx-year-progress__figure">{doneCount}/10</Text>
      <View className="jx-year-progress__bar" aria-hidden="true">
        <View className="jx-year-progress__fill" style={{ width: `${doneCount * 10}%` }} />
      </View>
    </View>
  );
}

export function TenonesGlance() {
  const { state, reload } = useCloudCall(() => callFunction(activityGlanceContract, 'myProgress', {}), []);
  useShownAgain(reload);
  if (state.status === 'loading') return <LoadingBlock rows={2} label="正在加载十个一" />;
  if (state.status === 'error' || state.data === null) {
    return <EmptyState title="今年的十个一进度会显示在这里。" hint="填写资料后即可开始记录。" />;
  }
  const { year, doneCount } = state.data;
  return (
    <View>
      <YearProgress doneCount={doneCount} year={year} />
      <Text className="jx-text-secondary jx-block">
        {doneCount === 10
          ? `${year}年的“十个一”全部完成了！`
          : `${year}年已完成${doneCount}项，还差${10 - doneCount}项`}
      </Text>
      <View className="jx-actions">
        <Button className="jx-button" type="primary" onClick={() => openPage(PAGES.tenones.year)}>
          {doneCount === 0 ? '开始记录' : '查看和记录'}
        </Button>
      </View>
    </View>
  );
}
