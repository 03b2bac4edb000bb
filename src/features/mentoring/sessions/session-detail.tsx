// One session (mentor subpackage): everything about it, and the caller's way in — 报名 (a place, or the waitlist
// when full), 取消报名 with a confirmation until the start, the waitlist position, on the day 扫码签到 or, for 进网络,
// the stream's code, and the check-in with its time and how. A cancelled session says why. Its master gets their
// own tools and the roster instead (session-roster.tsx).
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { askToSubscribe, useSubscribeTemplates } from '@/cloud/subscribe';
import { asCloudError, useCloudCall } from '@/cloud/use-cloud-call';
import { Dialog } from '@/components/dialog/dialog';
import { ErrorText } from '@/components/form/messages';
import { useShownAgain } from '@/components/navigation/navigation';
import { useNow } from '@/platform/clock';
import { mentoringContract, type SessionCard, type SessionView } from '@/shared/contracts/mentoring';
import { checkInPhase, signUpOpen } from '@/shared/mentoring/sessions';
import { formatDateTime } from '@/shared/time/beijing';
import { Fact } from '../master-page';
import { PendingOrProfile } from '../profile-first';
import { CodeCheckIn, ScanCheckIn } from './check-in';
import { MasterTools } from './session-roster';
import {
  audienceText,
  checkedInText,
  kindText,
  liveSignup,
  mineTagClass,
  mineText,
  placesText,
  placeText,
  timeText,
} from './texts';
import '../mentoring.css';
import './sessions.css';

function About({ session }: { session: SessionView }) {
  return (
    <View className="jx-card" aria-label="活动信息">
      <View className="jx-session-head">
        <Text className={session.kind === 'lecture' ? 'jx-tag jx-tag--brand' : 'jx-tag'}>{kindText(session)}</Text>
        {session.state === 'cancelled' ? <Text className="jx-tag jx-tag--alert">已取消</Text> : null}
      </View>
      <Text className="jx-text-hero jx-block">{session.title}</Text>
      <View className="jx-mentor-facts jx-session-facts">
        <Fact label="师傅" value={session.masterName} />
        <Fact label="时间" value={timeText(session)} />
        <Fact label="地点" value={placeText(session)} />
        {session.link ? <Fact label="直播" value={session.link} /> : null}
        <Fact label="对象" value={audienceText(session)} />
        <Fact label="名额" value={placesText(session)} />
      </View>
      {session.state === 'cancelled' ? (
        <View className="jx-session-note" role="note">
          <Text className="jx-text-body jx-block">活动已取消：{session.cancelReason ?? '师傅未说明原因'}</Text>
        </View>
      ) : null}
    </View>
  );
}

/** 签到 on the day: scan at the venue, the stream's code online; before and after, when it opens or that it closed. */
function CheckIn({ card, onDone }: { card: SessionCard; onDone: () => void }) {
  const now = useNow();
  const { session, mine } = card;
  if (!mine || mine.state !== 'confirmed' || session.state !== 'open') return null;
  if (mine.checkedIn) return <Text className="jx-text-body jx-block">{checkedInText(mine.checkedIn)}</Text>;
  const phase = checkInPhase(session, now);
  if (phase === 'early') {
    return <Text className="jx-text-secondary jx-block">签到在活动开始前半小时开放。</Text>;
  }
  if (phase === 'over') return <Text className="jx-text-secondary jx-block">活动已结束，签到已关闭。</Text>;
  return session.lectureKind === 'online' ? (
    <CodeCheckIn sessionId={session.sessionId} onDone={onDone} />
  ) : (
    <ScanCheckIn sessionId={session.sessionId} onDone={onDone} />
  );
}

function MySignup({ card, onChanged }: { card: SessionCard; onChanged: () => void }) {
  const now = useNow();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { session, mine } = card;
  const open = session.state === 'open' && signUpOpen(session, now);
  const act = async (action: 'signUpSession' | 'withdrawSession') => {
    setBusy(true);
    setFailure(null);
    try {
      await callFunction(mentoringContract, action, { sessionId: session.sessionId });
      setAsking(false);
      onChanged();
    } catch (problem) {
      setFailure(asCloudError(problem).message);
    } finally {
      setBusy(false);
    }
  };
  const signUp = () => {
    // WeChat's dialog must open inside the tap, before anything waits.
    void askToSubscribe(['mentoring']);
    void act('signUpSession');
  };
  const full = session.taken >= session.capacity;
  const state = mineText(mine);
  return (
    <View className="jx-card" aria-label="我的报名">
      <Text className="jx-text-title jx-block">我的报名</Text>
      {state ? (
        <View className="jx-session-head">
          <Text className={mineTagClass(mine)}>{state}</Text>
        </View>
      ) : null}
      {mine?.state === 'waitlisted' ? (
        <Text className="jx-text-body jx-block">
          名额已满，你在候补第{mine.position}位。有人取消时按顺序递补，递补后会通知你。
        </Text>
      ) : null}
      <CheckIn card={card} onDone={onChanged} />
      {failure ? <ErrorText>{failure}</ErrorText> : null}
      {liveSignup(mine) && open && !mine?.checkedIn ? (
        <View className="jx-actions">
          <Button className="jx-button" fill="outline" onClick={() => setAsking(true)}>
            取消报名
          </Button>
        </View>
      ) : null}
      {!liveSignup(mine) && open ? (
        <View className="jx-actions">
          {full ? (
            <Text className="jx-text-body jx-block">名额已满，现在报名将进入候补，有人取消时按顺序递补。</Text>
          ) : null}
          <Button block className="jx-button" type="primary" loading={busy} onClick={signUp}>
            {busy ? '正在报名' : full ? '报名候补' : '报名'}
          </Button>
        </View>
      ) : null}
      {!liveSignup(mine) && !open && session.state === 'open' ? (
        <Text className="jx-text-secondary jx-block">
          活动已于{formatDateTime(session.startsAt)}开始，报名已截止。
        </Text>
      ) : null}
      <Dialog
        open={asking}
        title="取消报名"
        onClose={() => setAsking(false)}
        actions={
          <>
            <Button className="jx-button" fill="outline" onClick={() => setAsking(false)}>
              不取消
            </Button>
            <Button className="jx-button" type="primary" loading={busy} onClick={() => void act('withdrawSession')}>
              {busy ? '正在取消' : '确定取消'}
            </Button>
          </>
        }
      >
        <Text className="jx-text-body jx-block">取消后名额会让给候补的人。确定取消“{session.title}”的报名吗？</Text>
      </Dialog>
    </View>
  );
}

export function SessionDetail({ sessionId }: { sessionId: string }) {
  useSubscribeTemplates();
  const { state, reload } = useCloudCall(
    () => callFunction(mentoringContract, 'session', { sessionId }),
    [sessionId],
  );
  useShownAgain(reload);
  if (state.status !== 'ready') {
    return (
      <PendingOrProfile
        state={state}
        rows={6}
        shape="detail"
        label="正在加载活动"
        onRetry={reload}
        opens="报名讲座与带徒活动"
        hint="活动按单位和师徒关系确定谁可以报名。"
      />
    );
  }
  const { roster, ...card } = state.data;
  return (
    <View>
      <About session={card.session} />
      {roster ? (
        <MasterTools session={card.session} roster={roster} onChanged={reload} />
      ) : (
        <MySignup card={card} onChanged={reload} />
      )}
    </View>
  );
}
