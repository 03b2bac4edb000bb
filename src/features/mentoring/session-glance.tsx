// The 活动 tab's 讲座与带徒 card (a few open sessions, and 全部) and 首页's next session (one line, when there is
// one). They live in the main package, so they load only the `sessionGlance` action's schemas; the pages they open
// are in `mentor/`.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { openPage, useShownAgain } from '@/components/navigation/navigation';
import { EmptyState, ErrorState, LoadingBlock } from '@/components/states/states';
import { sessionGlanceContract } from '@/shared/contracts/mentoring/glance';
import type { SessionCard } from '@/shared/contracts/mentoring/session-views';
import { MENTOR_PAGES } from './routes';
import { kindText, mineText, placeText, placesText, timeText } from './sessions/texts';
import './session-glance.css';

function useSessionGlance() {
  const { state, reload } = useCloudCall(() => callFunction(sessionGlanceContract, 'sessionGlance', {}), []);
  useShownAgain(reload);
  return { state, reload };
}

/** One session as a tappable line (the contest card's link style, so the 活动 tab reads as one list). */
function SessionLine({ card, lines }: { card: SessionCard; lines: string[] }) {
  return (
    <View
      className="jx-session-link"
      role="link"
      onClick={() => openPage(MENTOR_PAGES.session(card.session.sessionId))}
    >
      <View className="jx-session-link__text">
        <Text className="jx-text-body jx-block jx-session-link__title">{card.session.title}</Text>
        {lines.map((line) => (
          <Text key={line} className="jx-text-secondary jx-block">
            {line}
          </Text>
        ))}
      </View>
      <Text className="jx-session-link__chevron" aria-hidden="true">
        ›
      </Text>
    </View>
  );
}

/** 活动 → 讲座与带徒: a few sessions open to the caller, and the way to all of them. */
export function OpenSessions() {
  const { state, reload } = useSessionGlance();
  if (state.status === 'loading') return <LoadingBlock rows={2} shape="list" label="正在加载讲座与带徒" />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={reload} />;
  const { open } = state.data;
  return (
    <View>
      {open.length === 0 ? (
        <EmptyState title="暂时没有可报名的劳模宣讲或带徒活动。" hint="劳模发布活动后，可在这里报名和签到。" />
      ) : (
        <View aria-label="可报名的讲座与带徒">
          {open.map((card) => (
            <SessionLine
              key={card.session.sessionId}
              card={card}
              lines={[
                `${kindText(card.session)} · ${card.session.masterName}师傅`,
                `${timeText(card.session)} · ${placeText(card.session)}`,
                [placesText(card.session), mineText(card.mine)].filter(Boolean).join(' · '),
              ]}
            />
          ))}
        </View>
      )}
      <View className="jx-actions">
        <Button className="jx-button" fill="outline" type="primary" onClick={() => openPage(MENTOR_PAGES.sessions())}>
          全部讲座与带徒
        </Button>
      </View>
    </View>
  );
}

/** 首页 → 我的下一场: the caller's next session, one tappable line; nothing when there is none (or it cannot load). */
export function NextSession() {
  const { state } = useSessionGlance();
  const next = state.status === 'ready' ? state.data.next : null;
  if (!next) return null;
  return (
    <View aria-label="下一场讲座或带徒活动">
      <SessionLine
        card={next}
        lines={[`${kindText(next.session)} · ${mineText(next.mine) ?? ''}`, timeText(next.session)]}
      />
    </View>
  );
}
