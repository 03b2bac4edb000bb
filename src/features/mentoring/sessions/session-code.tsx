// 活动签到码 (mentor subpackage): the master's full-screen check-in code — large, changing every period (each code is
// signed by the server and accepted one period more, so a photo of it is useless by the time it is forwarded) — and
// how many of those with a place have checked in. An online lecture (进网络) also shows the 6-digit code in type big
// enough to read in a stream. Outside the check-in window the function refuses and the page says why.
import { Text, View } from '@tarojs/components';
import { useCallback, useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { RotatingQr } from '@/components/check-in/rotating-qr';
import { PendingCard } from '@/components/states/states';
import { useNow } from '@/platform/clock';
import { mentoringContract } from '@/shared/contracts/mentoring';
import { checkInPhase } from '@/shared/mentoring/sessions';
import { formatDateTime } from '@/shared/time/beijing';
import { timeText } from './texts';
import './session-code.css';

interface Shown {
  checkedIn: number;
  expected: number;
  shortCode: string | null;
}

export function SessionCodeScreen({ sessionId }: { sessionId: string }) {
  const instant = useNow();
  const { state, reload } = useCloudCall(
    () => callFunction(mentoringContract, 'session', { sessionId }),
    [sessionId],
  );
  const [shown, setShown] = useState<Shown | null>(null);
  const load = useCallback(async () => {
    const code = await callFunction(mentoringContract, 'sessionCheckInCode', { sessionId });
    setShown({ checkedIn: code.checkedIn, expected: code.expected, shortCode: code.shortCode });
    return code;
  }, [sessionId]);
  if (state.status !== 'ready') return <PendingCard state={state} rows={2} label="正在加载活动" onRetry={reload} />;
  const { session } = state.data;
  const phase = checkInPhase(session, instant);
  if (session.state !== 'open' || phase !== 'open') {
    return (
      <View className="jx-card" role="status">
        <Text className="jx-text-title jx-block">{session.title}</Text>
        <Text className="jx-text-body jx-block">
          {session.state !== 'open'
            ? '这场活动已取消。'
            : phase === 'early'
              ? `签到在活动开始前半小时开放（${formatDateTime(session.startsAt)}开始）。`
              : '活动已结束，签到已关闭。'}
        </Text>
      </View>
    );
  }
  const online = session.lectureKind === 'online';
  return (
    <View className="jx-session-code">
      <Text className="jx-session-code__title">{session.title}</Text>
      <Text className="jx-session-code__line">{timeText(session)}</Text>
      <Text className="jx-session-code__line">
        {online
          ? '观看直播的职工：在“匠心”活动页面输入下方6位签到码'
          : '请参加的职工打开“匠心”，在活动页面点“扫码签到”扫描下方二维码'}
      </Text>
      {online && shown?.shortCode ? (
        <View className="jx-session-code__short" role="status" aria-label={`签到码 ${shown.shortCode}`}>
          <Text className="jx-session-code__digits">{shown.shortCode}</Text>
        </View>
      ) : null}
      {online ? <Text className="jx-session-code__line">签到码每分钟更换一次，请在直播中一直展示本页</Text> : null}
      <RotatingQr load={load} label={`${session.title}签到二维码`} />
      {shown ? (
        <View role="status">
          <Text className="jx-session-code__count">
            已签到 {shown.checkedIn} / {shown.expected} 人
          </Text>
        </View>
      ) : null}
    </View>
  );
}
