// The 活动 tab's 技能竞赛 card (contests open now, and 查看全部) and 首页's 我的下一场 line (the worker's next coming
// entry). They live in the main package, so they load only the one `glance` action and its schemas.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { formatCalendarDay, formatDateTime } from '@/components/format/format';
import { openPage, useShownAgain } from '@/components/navigation/navigation';
import { EmptyState, ErrorState, LoadingBlock } from '@/components/states/states';
import { comingEntryLabels, contestGlanceContract } from '@/shared/contracts/contest/glance';
import { CONTEST_PAGES } from './routes';
import './glance.css';

function useGlance() {
  const { state, reload } = useCloudCall(() => callFunction(contestGlanceContract, 'glance', {}), []);
  useShownAgain(reload);
  return { state, reload };
}

function ContestLink({ title, lines, onOpen }: { title: string; lines: string[]; onOpen: () => void }) {
  return (
    <View className="jx-contest-link" role="link" onClick={onOpen}>
      <View className="jx-contest-link__text">
        <Text className="jx-text-body jx-block jx-contest-link__title">{title}</Text>
        {lines.map((line) => (
          <Text key={line} className="jx-text-secondary jx-block">
            {line}
          </Text>
        ))}
      </View>
      <Text className="jx-contest-link__chevron" aria-hidden="true">
        ›
      </Text>
    </View>
  );
}

/** 活动 → 技能竞赛: up to three contests open for registration now, and the way to all of them. */
export function OpenContests() {
  const { state, reload } = useGlance();
  if (state.status === 'loading') return <LoadingBlock rows={2} shape="list" label="正在加载技能竞赛" />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={reload} />;
  const { open } = state.data;
  return (
    <View>
      {open.length === 0 ? (
        <EmptyState title="暂时没有开放报名的技能竞赛。" hint="工会发布竞赛后，可在这里报名。" />
      ) : (
        <View aria-label="开放报名的竞赛">
          {open.map((contest) => (
            <ContestLink
              key={contest.contestId}
              title={contest.title}
              lines={[
                `${contest.organiser} · 比赛日 ${formatCalendarDay(contest.day)}`,
                `${formatDateTime(contest.closesAt)} 截止报名 · ${contest.placesLeft > 0 ? `剩余${contest.placesLeft}个名额` : '名额已满，可候补'}`,
              ]}
              onOpen={() => openPage(CONTEST_PAGES.detail(contest.contestId))}
            />
          ))}
        </View>
      )}
      <View className="jx-actions">
        <Button className="jx-button" fill="outline" type="primary" onClick={() => openPage(CONTEST_PAGES.list())}>
          查看全部竞赛
        </Button>
      </View>
    </View>
  );
}

/** 首页 → 我的下一场: the worker's next contest (已确认, 待审核 or 候补第n位), or nothing to say. */
export function NextContest({ emptyTitle, emptyHint }: { emptyTitle: string; emptyHint: string }) {
  const { state } = useGlance();
  if (state.status === 'loading') return <LoadingBlock rows={1} label="正在加载我的下一场" />;
  const next = state.status === 'ready' ? state.data.next : null;
  if (!next) return <EmptyState title={emptyTitle} hint={emptyHint} />;
  const status = next.state === 'waitlisted' ? `候补第${next.position}位` : comingEntryLabels[next.state];
  return (
    <ContestLink
      title={next.title}
      lines={[`技能竞赛 · ${status}`, `${formatCalendarDay(next.day)} · ${next.venue}`]}
      onOpen={() => openPage(CONTEST_PAGES.detail(next.contestId))}
    />
  );
}
