// 活动 → 讲座与带徒's way to 找师傅 (main package: kept to one button, the pages themselves are in `mentor/`).
import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { openPage } from '@/components/navigation/navigation';
import { MENTOR_PAGES } from './routes';

export function FindMasterEntry() {
  return (
    <View className="jx-actions">
      <Button className="jx-button" fill="outline" type="primary" onClick={() => openPage(MENTOR_PAGES.masters())}>
        找师傅
      </Button>
    </View>
  );
}
