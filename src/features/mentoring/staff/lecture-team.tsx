// 宣讲团 (mentor-admin subpackage): the lecture-team members under an organisation of the caller's tree and the
// lectures each held in a Beijing month (this month to begin with) against the target, those behind first and marked
// 落后 (the server's order and rule); a table in a wide window, cards on a phone. Members open their record
// (劳模档案) and are taken off with a reason; 加入宣讲团 finds a master by name.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import type { TableColumn } from '@/components/data-table/data-table';
import { openPage } from '@/components/navigation/navigation';
import { AdminFrame } from '@/components/staff/admin-frame';
import { EmptyState, PendingCard } from '@/components/states/states';
import { useNow } from '@/platform/clock';
import { mentoringContract } from '@/shared/contracts/mentoring';
import { beijingMonth } from '@/shared/mentoring/sessions';
import { MENTOR_PAGES } from '../routes';
import { ScopeOrgField, useScopeOrgs } from './scope-org';
import { StaffRows } from './staff-rows';
import { heldText, monthText, shiftMonth } from './staff-texts';
import { TeamDialog, type TeamChange } from './team-dialogs';
import '../mentoring.css';
import './masters-table.css';
import './staff-pages.css';
import './staff-wide.css';

interface Member {
  masterId: string;
  name: string;
  held: number;
  target: number;
  behind: boolean;
}

type Act = (row: Member, act: 'record' | 'leave') => void;

function BehindTag({ row }: { row: Member }) {
  return row.behind ? (
    <Text className="jx-tag jx-tag--alert">落后</Text>
  ) : (
    <Text className="jx-tag jx-tag--success">达标</Text>
  );
}

function Actions({ row, onAct }: { row: Member; onAct: Act }) {
  return (
    <View className="jx-mentor-actions">
      <View
        className="jx-tappable"
        role="button"
        aria-label={`档案 ${row.name}`}
        onClick={() => onAct(row, 'record')}
      >
        <Text className="jx-text-body jx-mentor-linktext">档案</Text>
      </View>
      <View className="jx-tappable" role="button" aria-label={`移出 ${row.name}`} onClick={() => onAct(row, 'leave')}>
        <Text className="jx-text-body">移出</Text>
      </View>
    </View>
  );
}

function columns(onAct: Act): TableColumn<Member, never>[] {
  return [
    { key: 'name', title: '成员', cell: (row) => <Text className="jx-mentor-name">{row.name}</Text> },
    { key: 'held', title: '本月宣讲', weight: 1.4, cell: (row) => <Text>{heldText(row)}</Text> },
    { key: 'state', title: '进度', cell: (row) => <BehindTag row={row} /> },
    { key: 'acts', title: '操作', weight: 1.4, cell: (row) => <Actions row={row} onAct={onAct} /> },
  ];
}

function MemberCard({ row, onAct }: { row: Member; onAct: Act }) {
  return (
    <View className="jx-card" aria-label={row.name}>
      <View className="jx-mentor-head">
        <Text className="jx-text-title jx-mentor-name">{row.name}</Text>
        <BehindTag row={row} />
      </View>
      <Text className="jx-text-body jx-block">{heldText(row)}</Text>
      <View className="jx-actions">
        <Button className="jx-button" type="primary" fill="outline" onClick={() => onAct(row, 'record')}>
          劳模档案
        </Button>
        <Button className="jx-button" fill="outline" onClick={() => onAct(row, 'leave')}>
          移出宣讲团
        </Button>
      </View>
    </View>
  );
}

/** ‹ 上月 · 2026年11月 · 下月 ›: no month after this one (nothing is held in the future). */
function MonthPicker({
  month,
  latest,
  onChange,
}: {
  month: string;
  latest: string;
  onChange: (month: string) => void;
}) {
  return (
    <View className="jx-staff-month" role="group" aria-label="月份">
      <Button className="jx-button" fill="outline" onClick={() => onChange(shiftMonth(month, -1))}>
        ‹ 上月
      </Button>
      <Text className="jx-text-title jx-staff-month__text" aria-live="polite">
        {monthText(month)}
      </Text>
      {month < latest ? (
        <Button className="jx-button" fill="outline" onClick={() => onChange(shiftMonth(month, 1))}>
          下月 ›
        </Button>
      ) : null}
    </View>
  );
}

export function LectureTeam() {
  const scope = useScopeOrgs();
  const thisMonth = beijingMonth(useNow());
  const [month, setMonth] = useState(thisMonth);
  const [version, setVersion] = useState(0);
  const [change, setChange] = useState<TeamChange | null>(null);
  const orgId = scope.orgId;
  const { state, reload } = useCloudCall(
    () =>
      orgId
        ? callFunction(mentoringContract, 'lectureTeam', { orgId, month })
        : Promise.resolve({ month, target: 0, rows: [] }),
    [orgId, month, version],
  );
  const onAct: Act = (row, act) =>
    act === 'record'
      ? openPage(MENTOR_PAGES.record(row.masterId))
      : setChange({ member: false, master: { masterId: row.masterId, name: row.name } });
  const behind = state.status === 'ready' ? state.data.rows.filter((row) => row.behind).length : 0;

  return (
    <AdminFrame
      title="宣讲团"
      intro="宣讲团成员每月宣讲的场次（北京时间）：时间已过且有人签到的宣讲才算举办，未达目标的排在最前。"
    >
      <View className="jx-card jx-mentor-filters" role="search" aria-label="筛选宣讲团">
        <ScopeOrgField scope={scope} />
        <MonthPicker month={month} latest={thisMonth} onChange={setMonth} />
      </View>
      <View className="jx-more">
        <Button className="jx-button" type="primary" onClick={() => setChange({ member: true, master: null })}>
          加入宣讲团
        </Button>
      </View>
      {!scope.ready ? (
        <PendingCard state={scope.state} rows={3} label="正在加载单位" onRetry={scope.reload} />
      ) : state.status !== 'ready' ? (
        <PendingCard state={state} rows={4} label="正在加载宣讲团" onRetry={reload} />
      ) : state.data.rows.length === 0 ? (
        <View className="jx-card">
          <EmptyState title="这里还没有宣讲团成员。" hint="点“加入宣讲团”，找到师傅并写明原因。" />
        </View>
      ) : (
        <>
          <View role="status">
            <Text className="jx-text-body jx-block jx-staff-summary">
              {monthText(state.data.month)}：{state.data.rows.length} 名成员，
              {behind > 0 ? `${behind} 人未达每月${state.data.target}场` : `都已达到每月${state.data.target}场`}
            </Text>
          </View>
          <StaffRows<Member>
            label="宣讲团成员"
            columns={columns(onAct)}
            rows={state.data.rows}
            rowKey={(row) => row.masterId}
            rowName={(row) => row.name}
            card={(row) => <MemberCard row={row} onAct={onAct} />}
            rowClass={(row) => (row.behind ? 'jx-staff-row--behind' : '')}
          />
        </>
      )}
      <TeamDialog
        change={change}
        onClose={() => setChange(null)}
        onDone={() => {
          setChange(null);
          setVersion((n) => n + 1);
        }}
      />
    </AdminFrame>
  );
}
