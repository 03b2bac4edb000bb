// The published ranking on a worker's contest page: place, name, unit and total for everyone ranked (ties share a
// place), the award places marked in words, the caller's own line highlighted and named 我; 缺考 listed last
// without a place. Shown once the organisers have published the result.
import { Text, View } from '@tarojs/components';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { formatDateTime } from '@/components/format/format';
import { PendingCard } from '@/components/states/states';
import { contestContract, type ResultRow } from '@/shared/contracts/contest';
import './contest.css';

function placeOf(row: ResultRow): string {
  if (row.absent) return '缺考';
  return row.result.rank === null ? '—' : `第${row.result.rank}名`;
}

/** One line of the ranking: a person with their unit, or a team with its members (`teams`). */
function Line({ row, mine, teams }: { row: ResultRow; mine: boolean; teams: boolean }) {
  const total = row.result.total === null ? '' : `${row.result.total}分`;
  return (
    <View
      className={`jx-contest-result${mine ? ' jx-contest-result--mine' : ''}`}
      role="listitem"
      aria-label={[placeOf(row), `${row.name}${mine ? '（我）' : ''}`, total, row.result.awarded ? '获奖' : '']
        .filter(Boolean)
        .join(' ')}
    >
      <Text className="jx-text-body jx-contest-result__place">{placeOf(row)}</Text>
      <View className="jx-contest-result__who">
        <Text className="jx-text-body jx-block">
          {row.name}
          {mine ? '（我）' : ''}
        </Text>
        {row.orgName ? (
          <Text className="jx-text-secondary jx-block">{teams ? `队员：${row.orgName}` : row.orgName}</Text>
        ) : null}
      </View>
      <View className="jx-contest-result__score">
        <Text className="jx-text-body jx-block">{total || '—'}</Text>
        {row.result.awarded ? <Text className="jx-tag jx-tag--success">获奖</Text> : null}
      </View>
    </View>
  );
}

export function ResultsSection({ contestId, myEntryId }: { contestId: string; myEntryId: string | null }) {
  const { state, reload } = useCloudCall(() => callFunction(contestContract, 'results', { contestId }), [contestId]);
  if (state.status !== 'ready')
    return <PendingCard state={state} rows={4} label="正在加载比赛成绩" onRetry={reload} />;
  const view = state.data;
  const mine = view.rows.find((row) => row.entryId === myEntryId);
  return (
    <View className="jx-card" aria-label="比赛成绩">
      <Text className="jx-text-title jx-block">比赛成绩</Text>
      <Text className="jx-text-secondary jx-block">
        {`${formatDateTime(view.publishedAt!)} 发布 · ${view.rule} · 前${view.awards}名获奖`}
      </Text>
      {mine ? (
        <Text className="jx-text-body jx-block jx-contest-result__summary">
          {mine.absent
            ? view.teams
              ? '你的队伍缺考，没有名次。'
              : '你缺考，没有名次。'
            : `${view.teams ? '你的队伍' : '你'}的成绩：理论${mine.result.theory ?? '—'}分，实操${mine.result.practical ?? '—'}分，总分${mine.result.total ?? '—'}分，${placeOf(mine)}${mine.result.awarded ? '，获奖' : ''}。`}
        </Text>
      ) : null}
      <View role="list" aria-label="排名">
        {view.rows.map((row) => (
          <Line key={row.entryId} row={row} mine={row.entryId === myEntryId} teams={view.teams === true} />
        ))}
      </View>
    </View>
  );
}
