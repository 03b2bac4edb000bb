// 我发布的活动 (mentor subpackage): a master's own sessions and lectures, latest first, each with its places and
// check-ins, opening the session (roster, 签到码, 修改, 取消); and 发布活动.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { callFunction } from '@/cloud/call-function';
import { usePaged } from '@/cloud/use-paged';
import { openPage, useShownAgain } from '@/components/navigation/navigation';
import { MoreButton } from '@/components/staff/more-button';
import { EmptyState } from '@/components/states/states';
import { mentoringContract, type SessionView } from '@/shared/contracts/mentoring';
import { PendingOrProfile } from '../profile-first';
import { MENTOR_PAGES } from '../routes';
import { kindText, placesText, placeText, timeText } from './texts';
import './sessions.css';

function PostedCard({ session }: { session: SessionView }) {
  return (
    <View className="jx-card" role="link" onClick={() => openPage(MENTOR_PAGES.session(session.sessionId))}>
      <View className="jx-session-head">
        <Text className={session.kind === 'lecture' ? 'jx-tag jx-tag--brand' : 'jx-tag'}>{kindText(session)}</Text>
        {session.state === 'cancelled' ? <Text className="jx-tag jx-tag--alert">已取消</Text> : null}
        {session.heldTexts.length > 0 ? (
          <Text className="jx-tag jx-tag--alert">
            {session.heldTexts.some((held) => held.refused !== null) ? '内容未通过审核' : '内容审核中'}
          </Text>
        ) : null}
      </View>
      <Text className="jx-text-title jx-block jx-session-title">{session.title}</Text>
      <Text className="jx-text-secondary jx-block">{timeText(session)}</Text>
      <Text className="jx-text-secondary jx-block">{placeText(session)}</Text>
      <Text className="jx-text-body jx-block">
        {placesText(session)} · 已签到 {session.checkedIn}
      </Text>
    </View>
  );
}

export function PostedSessions() {
  const { state, reload, more } = usePaged(async (cursor) => {
    const page = await callFunction(mentoringContract, 'postedSessions', cursor ? { cursor } : {});
    return { items: page.rows, nextCursor: page.nextCursor };
  }, []);
  useShownAgain(reload);
  return (
    <View>
      <View className="jx-card">
        <Text className="jx-text-body jx-block">发布带徒活动或劳模宣讲，职工报名后可在现场扫码签到。</Text>
        <View className="jx-actions">
          <Button className="jx-button" type="primary" onClick={() => openPage(MENTOR_PAGES.sessionEdit())}>
            发布活动
          </Button>
        </View>
      </View>
      {state.status !== 'ready' ? (
        <PendingOrProfile
          state={state}
          rows={3}
          label="正在加载我发布的活动"
          onRetry={reload}
          opens="发布活动"
          hint="活动按单位和师徒关系确定谁可以报名。"
        />
      ) : state.items.length === 0 ? (
        <View className="jx-card">
          <EmptyState title="你还没有发布活动。" hint="点“发布活动”，选择带徒活动或劳模宣讲。" />
        </View>
      ) : (
        <View aria-label="我发布的活动列表">
          {state.items.map((session) => (
            <PostedCard key={session.sessionId} session={session} />
          ))}
          <MoreButton next={state.next} more={state.more} onMore={more} />
        </View>
      )}
    </View>
  );
}
