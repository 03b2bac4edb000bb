// 讲座与带徒 (mentor subpackage): the sessions and lectures the caller may attend that have not ended, earliest
// first, paged by the server's cursor; each card names the kind, title, master, time (Beijing), place or 线上,
// places and the caller's own state, and opens the session.
import { Text, View } from '@tarojs/components';
import { callFunction } from '@/cloud/call-function';
import { usePaged } from '@/cloud/use-paged';
import { openPage, useShownAgain } from '@/components/navigation/navigation';
import { MoreButton } from '@/components/staff/more-button';
import { EmptyState } from '@/components/states/states';
import { mentoringContract, type SessionCard } from '@/shared/contracts/mentoring';
import { PendingOrProfile } from '../profile-first';
import { MENTOR_PAGES } from '../routes';
import { kindText, mineTagClass, mineText, placesText, placeText, timeText } from './texts';
import './sessions.css';

export function SessionCardView({ card }: { card: SessionCard }) {
  const { session, mine } = card;
  const state = mineText(mine);
  return (
    <View className="jx-card" role="link" onClick={() => openPage(MENTOR_PAGES.session(session.sessionId))}>
      <View className="jx-session-head">
        <Text className={session.kind === 'lecture' ? 'jx-tag jx-tag--brand' : 'jx-tag'}>{kindText(session)}</Text>
        {session.state === 'cancelled' ? <Text className="jx-tag jx-tag--alert">已取消</Text> : null}
        {state ? <Text className={mineTagClass(mine)}>{state}</Text> : null}
      </View>
      <Text className="jx-text-title jx-block jx-session-title">{session.title}</Text>
      <Text className="jx-text-body jx-block">{session.masterName}师傅</Text>
      <Text className="jx-text-secondary jx-block">{timeText(session)}</Text>
      <Text className="jx-text-secondary jx-block">{placeText(session)}</Text>
      <Text className="jx-text-body jx-block">{placesText(session)}</Text>
    </View>
  );
}

export function SessionList() {
  const { state, reload, more } = usePaged(async (cursor) => {
    const page = await callFunction(mentoringContract, 'sessions', cursor ? { cursor } : {});
    return { items: page.rows, nextCursor: page.nextCursor };
  }, []);
  useShownAgain(reload);
  if (state.status !== 'ready') {
    return (
      <PendingOrProfile
        state={state}
        rows={3}
        label="正在加载讲座与带徒活动"
        onRetry={reload}
        opens="报名讲座与带徒活动"
        hint="活动按单位和师徒关系确定谁可以报名。"
      />
    );
  }
  if (state.items.length === 0) {
    return (
      <View className="jx-card">
        <EmptyState title="暂时没有可报名的劳模宣讲或带徒活动。" hint="劳模和师傅发布活动后，会出现在这里。" />
      </View>
    );
  }
  return (
    <View aria-label="讲座与带徒活动">
      {state.items.map((card) => (
        <SessionCardView key={card.session.sessionId} card={card} />
      ))}
      <MoreButton next={state.next} more={state.more} onMore={more} />
    </View>
  );
}
