// 投票监督's 投票趋势 and 各候选人得票: votes cast per Beijing hour of a chosen day and per day of the voting period,
// from the hourly counts the selection clock keeps (the page never reads the votes), and each candidate's stored
// tally. The chart shows every vote cast, voided and uncounted ones included, and says how many those are.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { TrendChart, type SeriesPoint } from '@/components/chart/trend-chart';
import { formatDateTime, formatDay } from '@/components/format/format';
import { PendingCard } from '@/components/states/states';
import { selectionContract, type VoteTrend } from '@/shared/contracts/selection';
import { addDays, beijingDayStart, summarize } from '@/shared/selection/vote-trend';
import type { StaffCampaign } from './campaign-texts';

type Counts = Pick<VoteTrend['hours'][number], 'cast' | 'excluded' | 'voided'>;

const dayText = (day: string) => formatDay(beijingDayStart(day));
const shortDay = (day: string) => dayText(day).split(' ')[0]!;

/** The day before or after, within the voting period so far; null at its ends. */
function neighbour(trend: VoteTrend, step: -1 | 1): string | null {
  if (!trend.firstDay || !trend.lastDay) return null;
  const next = addDays(trend.day, step);
  return next < trend.firstDay || next > trend.lastDay ? null : next;
}

/** The series as the chart draws it, and the words that say it. */
function series(points: Array<Counts & { label: string }>, whole: string) {
  const { total, peak } = summarize(points.map((p) => ({ label: p.label, cast: p.cast, uncounted: 0 })));
  const voided = points.reduce((sum, p) => sum + p.voided, 0);
  const excluded = points.reduce((sum, p) => sum + p.excluded, 0);
  const parts = [`${whole}共投出 ${total} 票`];
  if (total > 0) parts.push(`其中已作废 ${voided} 票、未计入 ${excluded} 票`);
  const summary = `${parts.join('，')}。${peak ? `最多在${peak.label}（${peak.cast} 票）。` : '没有投票。'}`;
  const chart: SeriesPoint[] = points.map((p) => ({ label: p.label, value: p.cast }));
  return { summary, chart };
}

function Trend({ trend, onDay }: { trend: VoteTrend; onDay: (day: string) => void }) {
  const previous = neighbour(trend, -1);
  const next = neighbour(trend, 1);
  const hourly = series(
    trend.hours.map((h) => ({ ...h, label: `${h.hour}时` })),
    `${dayText(trend.day)}`,
  );
  const daily = series(
    trend.days.map((d) => ({ ...d, label: shortDay(d.day) })),
    '投票期间',
  );
  return (
    <View className="jx-card" aria-label="投票趋势">
      <Text className="jx-text-title jx-block">投票趋势</Text>
      <Text className="jx-text-secondary jx-block jx-admin__hint">
        图中是每小时、每天投出的全部票数（北京时间），包括后来作废的票和未计入的票（微信判定为高风险账号的票）。
        {trend.through
          ? `统计到 ${formatDateTime(trend.through)}，系统每分钟更新一次。`
          : '系统每分钟统计一次，还没有统计到投票。'}
      </Text>
      <View className="jx-trend__days" role="group" aria-label="选择日期">
        {/* At the period's ends the button is left out rather than greyed, which no one could read. */}
        {previous ? (
          <Button className="jx-button" fill="outline" onClick={() => onDay(previous)}>
            前一天
          </Button>
        ) : (
          <View className="jx-trend__day-gap" />
        )}
        <Text className="jx-text-body jx-trend__day">{dayText(trend.day)}</Text>
        {next ? (
          <Button className="jx-button" fill="outline" onClick={() => onDay(next)}>
            后一天
          </Button>
        ) : (
          <View className="jx-trend__day-gap" />
        )}
      </View>
      <TrendChart
        id="jx-vote-trend-hours"
        title={`${dayText(trend.day)} 每小时投票数`}
        kind="bar"
        points={hourly.chart}
        unit="票"
        axisLabel="北京时间（时）"
        summary={hourly.summary}
      />
      {trend.days.length > 0 ? (
        <TrendChart
          id="jx-vote-trend-days"
          title="投票期间每天投票数"
          kind={trend.days.length > 1 ? 'line' : 'bar'}
          points={daily.chart}
          unit="票"
          axisLabel="日期（北京时间）"
          summary={daily.summary}
          labelCount={6}
          columns={2}
        />
      ) : null}
    </View>
  );
}

function Tallies({ trend }: { trend: VoteTrend }) {
  return (
    <View className="jx-card" aria-label="各候选人得票">
      <Text className="jx-text-title jx-block">各候选人得票</Text>
      <Text className="jx-text-secondary jx-block jx-admin__hint">
        有效票数，即计入结果的票，不含已作废和未计入的票。
      </Text>
      <View role="list" className="jx-trend__tallies">
        {trend.candidates.map((candidate) => (
          <View key={candidate.id} role="listitem" className="jx-trend__tally">
            <Text className="jx-text-body">
              {candidate.name}
              <Text className="jx-text-secondary"> · {candidate.categoryName}</Text>
              {candidate.disqualified ? <Text className="jx-tag jx-title-tag">已取消资格</Text> : null}
            </Text>
            <Text className="jx-text-body jx-trend__votes">{candidate.votes} 票</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

export function VoteTrendCards({ campaign }: { campaign: StaffCampaign }) {
  const [day, setDay] = useState<string | undefined>();
  const { state, reload } = useCloudCall(
    () => callFunction(selectionContract, 'voteTrend', { campaignId: campaign.id, ...(day ? { day } : {}) }),
    [campaign.id, day],
  );
  if (state.status !== 'ready') {
    return <PendingCard state={state} rows={6} label="正在加载投票趋势" onRetry={reload} />;
  }
  return (
    <>
      <Trend trend={state.data} onDay={setDay} />
      <Tallies trend={state.data} />
    </>
  );
}
