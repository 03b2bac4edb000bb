// 关于匠心: which back-end version serves this app and the server's clock, read through `health`.
import { Text, View } from '@tarojs/components';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { ErrorState, LoadingBlock } from '@/components/states/states';
import { healthContract } from '@/shared/contracts/health';
import { formatDateTime } from '@/shared/time/beijing';
import './service-status.css';

export function ServiceStatus() {
  const { state, reload } = useCloudCall(() => callFunction(healthContract, 'status', {}), []);

  return (
    <View className="jx-card" aria-label="关于匠心">
      <Text className="jx-text-title">关于匠心</Text>
      {state.status === 'loading' ? <LoadingBlock rows={2} label="正在连接服务" /> : null}
      {state.status === 'error' ? <ErrorState error={state.error} onRetry={reload} /> : null}
      {state.status === 'ready' ? (
        <View className="jx-about__rows">
          <Text className="jx-text-secondary jx-about__row">服务版本 {state.data.version}</Text>
          <Text className="jx-text-secondary jx-about__row">服务器时间 {formatDateTime(state.data.serverTime)}</Text>
        </View>
      ) : null}
    </View>
  );
}
