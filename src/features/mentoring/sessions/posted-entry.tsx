// 我的师带徒's master section: the way to 我发布的活动 (the master's sessions and lectures) and 发布活动.
import { Text, View } from '@tarojs/components';
import { openPage } from '@/components/navigation/navigation';
import { MENTOR_PAGES } from '../routes';

export function PostedSessionsEntry() {
  return (
    <View className="jx-card" aria-label="带徒活动与宣讲">
      <View className="jx-mentor-link" role="link" onClick={() => openPage(MENTOR_PAGES.posted())}>
        <Text className="jx-text-body jx-mentor-linktext">我发布的活动（带徒活动、劳模宣讲、签到码） ›</Text>
      </View>
    </View>
  );
}
