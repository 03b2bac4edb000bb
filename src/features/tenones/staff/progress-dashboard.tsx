// 十个一完成情况 for staff: one organisation of their subtree in a year — its members now and how many have done
// each item and all ten (shares of the members now), the trend by Beijing month of the measure picked, and its
// child organisations (a level down on a tap) or, for an enterprise, its workers with their ten items. All figures
// come from the union's counters, so the page costs the same in a city of any size.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { TrendChart } from '@/components/chart/trend-chart';
import { YearField } from '@/components/form/date-fields';
import { openPage } from '@/components/navigation/navigation';
import { AdminFrame, AdminPending } from '@/components/staff/admin-frame';
import { now } from '@/platform/clock';
import { activityContract, type OrgProgress, type ProgressView } from '@/shared/contracts/activity';
import { orgKindLabels } from '@/shared/people/vocabulary';
import { beijingYear } from '@/shared/time/beijing';
import { TEN_ITEMS, itemTitle } from '@/shared/tenones/items';
import { ProgressExport } from './progress-export';
import { ChildTable, WorkerTable } from './progress-tables';
import { measureLabel, sharePercent, shareText, trendPoints, trendSummary, type Measure } from './progress-texts';
import { progressPage } from './routes';
import './progress.css';

const TITLE = '十个一完成情况';
const FIRST_YEAR = 2020;

/** Staff who look after several unions: each of them, the one shown marked. */
function Scopes({ view }: { view: ProgressView }) {
  if (view.scopes.length < 2) return null;
  return (
    <View className="jx-progress__trail" role="navigation" aria-label="我负责的组织">
      <Text className="jx-text-secondary jx-progress__here">我负责的组织：</Text>
      {view.scopes.map((org) =>
        org.id === view.org.org.id ? (
          <Text key={org.id} className="jx-text-body jx-progress__here" aria-current="page">
            {org.name}
          </Text>
        ) : (
          <View
            key={org.id}
            className="jx-progress__crumb jx-progress__crumb--plain"
            role="link"
            onClick={() => openPage(progressPage(org.id, view.year))}
          >
            <Text className="jx-progress__crumb-text">{org.name}</Text>
          </View>
        ),
      )}
    </View>
  );
}

function Trail({ view }: { view: ProgressView }) {
  if (view.trail.length === 0) return null;
  return (
    <View className="jx-progress__trail" role="navigation" aria-label="上级组织">
      {view.trail.map((org) => (
        <View
          key={org.id}
          className="jx-progress__crumb"
          role="link"
          onClick={() => openPage(progressPage(org.id, view.year))}
        >
          <Text className="jx-progress__crumb-text">{org.name}</Text>
        </View>
      ))}
      <Text className="jx-text-secondary jx-progress__here">{view.org.org.name}</Text>
    </View>
  );
}

/** One row of the items card: a measure, its count and share, and a bar; a tap shows its trend below. */
function MeasureRow({
  label,
  count,
  members,
  picked,
  onPick,
}: {
  label: string;
  count: number;
  members: number;
  picked: boolean;
  onPick: () => void;
}) {
  const share = sharePercent(count, members) ?? 0;
  return (
    <View
      className={`jx-progress__measure${picked ? ' jx-progress__measure--picked' : ''}`}
      role="button"
      aria-pressed={picked}
      aria-label={`${label}：${count} 人，${shareText(count, members)}${picked ? '，趋势已显示' : '，点按查看趋势'}`}
      onClick={onPick}
    >
      <View className="jx-progress__measure-text">
        <Text className="jx-text-body">{label}</Text>
        <Text className="jx-text-body jx-progress__measure-figure">
          {count} 人 · {shareText(count, members)}
        </Text>
      </View>
      <View className="jx-progress__bar" aria-hidden>
        <View className="jx-progress__bar-fill" style={{ width: `${Math.min(share, 100)}%` }} />
      </View>
    </View>
  );
}

function Summary({ org, year, onYear }: { org: OrgProgress; year: number; onYear: (year: number) => void }) {
  const today = beijingYear(now());
  return (
    <View className="jx-card" aria-label="概况">
      <Text className="jx-text-title jx-block">{org.org.name}</Text>
      <Text className="jx-text-secondary jx-block">
        {orgKindLabels[org.org.kind]}
        {org.org.parentName ? ` · ${org.org.parentName}` : ''}
      </Text>
      <View className="jx-progress__stats">
        <View className="jx-progress__stat">
          <Text className="jx-progress__stat-number">{org.members}</Text>
          <Text className="jx-text-secondary jx-block">现有会员（人）</Text>
        </View>
        <View className="jx-progress__stat">
          <Text className="jx-progress__stat-number">{org.allTen}</Text>
          <Text className="jx-text-secondary jx-block">十项全部完成（人）</Text>
          <Text className="jx-text-secondary jx-block">占现有会员 {shareText(org.allTen, org.members)}</Text>
        </View>
      </View>
      <YearField
        label="年度"
        value={String(year)}
        start={String(FIRST_YEAR)}
        end={String(today)}
        onChange={(value) => onYear(Number(value))}
        hint="完成率按现有会员计算；职工调动后，从调动之日起计入新单位。"
      />
    </View>
  );
}

function Items({ org, measure, onMeasure }: { org: OrgProgress; measure: Measure; onMeasure: (m: Measure) => void }) {
  return (
    <View className="jx-card" aria-label="各项完成情况">
      <Text className="jx-text-title jx-block">各项完成情况</Text>
      <Text className="jx-text-secondary jx-block jx-admin__hint">点按一项，在下方查看它每月的变化。</Text>
      <View role="group" aria-label="各项完成人数" className="jx-progress__measures">
        <MeasureRow
          label={measureLabel('all')}
          count={org.allTen}
          members={org.members}
          picked={measure === 'all'}
          onPick={() => onMeasure('all')}
        />
        {TEN_ITEMS.map(({ item }) => (
          <MeasureRow
            key={item}
            label={`${item}. ${itemTitle(item)}`}
            count={org.done[item - 1] ?? 0}
            members={org.members}
            picked={measure === item}
            onPick={() => onMeasure(item)}
          />
        ))}
      </View>
    </View>
  );
}

function Trend({ view, measure }: { view: ProgressView; measure: Measure }) {
  const points = trendPoints(view.months, measure);
  return (
    <View className="jx-card" aria-label="每月趋势">
      <Text className="jx-text-title jx-block">每月趋势</Text>
      <Text className="jx-text-secondary jx-block jx-admin__hint">
        每月月末（北京时间）的累计人数，按完成时所在单位计。
      </Text>
      <TrendChart
        id="jx-tenones-trend"
        title={`${view.year}年 ${measureLabel(measure)}（月末累计）`}
        kind={points.length > 1 ? 'line' : 'bar'}
        points={points}
        unit="人"
        axisLabel="月份（北京时间）"
        summary={trendSummary(points, measure)}
        labelCount={12}
      />
    </View>
  );
}

export function ProgressDashboard({ orgId, initialYear }: { orgId?: string; initialYear?: number }) {
  const [year, setYear] = useState(initialYear ?? beijingYear(now()));
  const [measure, setMeasure] = useState<Measure>('all');
  const { state, reload } = useCloudCall(
    () => callFunction(activityContract, 'progress', { year, ...(orgId ? { orgId } : {}) }),
    [year, orgId],
  );
  if (state.status !== 'ready') {
    return <AdminPending title={TITLE} state={state} label="正在加载完成情况" shape="detail" onRetry={reload} />;
  }
  const view = state.data;
  const enterprise = view.org.org.kind === 'enterprise';
  return (
    <AdminFrame title={TITLE} intro="本单位及下级单位职工的“十个一”完成情况，数据随职工记录和认可实时更新。">
      <Scopes view={view} />
      <Trail view={view} />
      <Summary org={view.org} year={year} onYear={setYear} />
      <Items org={view.org} measure={measure} onMeasure={setMeasure} />
      <Trend view={view} measure={measure} />
      <View className="jx-progress__section">
        <Text className="jx-text-title jx-block">{enterprise ? '职工' : '下级组织'}</Text>
      </View>
      {enterprise ? (
        <WorkerTable orgId={view.org.org.id} year={year} />
      ) : (
        <ChildTable rows={view.children} year={year} parent={view.org.org.id} />
      )}
      <ProgressExport org={view.org.org} year={year} />
    </AdminFrame>
  );
}
