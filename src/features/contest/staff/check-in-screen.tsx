// The contest day's check-in screen for the organisers: the contest's code, large, changing every 10 seconds (each
// code is signed by the server and accepted for one period more, so a photo of it is useless by the time it is
// forwarded), and how many of the confirmed contestants have checked in. Before or after the day the function
// refuses the code and the page says why.
import { Text, View } from '@tarojs/components';
import { useCallback, useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { RotatingQr } from '@/components/check-in/rotating-qr';
import { PendingCard } from '@/components/states/states';
import { contestContract } from '@/shared/contracts/contest';
import '../contest.css';

export function CheckInScreen({ contestId }: { contestId: string }) {
  const { state, reload } = useCloudCall(
    () => callFunction(contestContract, 'staffContest', { contestId }),
    [contestId],
  );
  const [count, setCount] = useState<{ checkedIn: number; expected: number } | null>(null);
  const load = useCallback(async () => {
    const code = await callFunction(contestContract, 'checkInCode', { contestId });
    setCount({ checkedIn: code.checkedIn, expected: code.expected });
    return code;
  }, [contestId]);
  if (state.status !== 'ready') return <PendingCard state={state} rows={2} label="正在加载比赛" onRetry={reload} />;
  const { contest } = state.data;
  if (contest.phase !== 'day') {
    return (
      <View className="jx-card" role="status">
        <Text className="jx-text-title jx-block">{contest.title}</Text>
        <Text className="jx-text-body jx-block">签到只在比赛当天（{contest.schedule.day}）开放。</Text>
      </View>
    );
  }
  return (
    <View className="jx-contest-check-in">
      <Text className="jx-text-title jx-block">{contest.title}</Text>
      <Text className="jx-text-body jx-block">请选手打开“匠心”，在比赛页面点“扫码签到”扫描下方二维码</Text>
      <RotatingQr load={load} label={`${contest.title}签到二维码`} />
      {count ? (
        <View role="status">
          <Text className="jx-text-title jx-block">
            已签到 {count.checkedIn} / {count.expected} 人
          </Text>
        </View>
      ) : null}
    </View>
  );
}
