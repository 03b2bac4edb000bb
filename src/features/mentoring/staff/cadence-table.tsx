// 带徒督导 (mentor-admin subpackage): the active pairs under an organisation of the caller's tree with a check to
// come, the most overdue first (the server's order), or only the overdue — master, apprentice, trade, last check,
// next due and how many days it is late; a table in a wide window, cards on a phone, a page at a time by the
// server's cursor. A row opens the pair (read-only) and offers 解除师徒关系 with a reason.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { usePaged } from '@/cloud/use-paged';
import type { TableColumn } from '@/components/data-table/data-table';
import { formatCalendarDay } from '@/components/format/format';
import { AdminFrame } from '@/components/staff/admin-frame';
import { MoreButton } from '@/components/staff/more-button';
import { openPage } from '@/components/navigation/navigation';
import { EmptyState, PendingCard } from '@/components/states/states';
import { useNow } from '@/platform/clock';
import { mentoringContract, type CadenceRow } from '@/shared/contracts/mentoring';
import { tradeLabels } from '@/shared/people/trades';
import { beijingDay } from '@/shared/time/beijing';
import { MENTOR_PAGES } from '../routes';
import { DissolveDialog } from './dissolve-dialog';
import { ScopeOrgField, useScopeOrgs } from './scope-org';
import { StaffRows } from './staff-rows';
import { checkKindText, overdueText } from './staff-texts';
import { TradeFilterField, type TradeFilter } from '../trade-filter';
import '../mentoring.css';
import './masters-table.css';
import './staff-pages.css';
import './staff-wide.css';

type Act = (row: CadenceRow, act: 'open' | 'dissolve') => void;

const pairName = (row: CadenceRow) => `${row.masterName}—${row.apprenticeName}`;

function dueText(row: CadenceRow): string {
  return row.nextDue ? `${formatCalendarDay(row.nextDue.day)} ${checkKindText(row.nextDue.kind)}` : '—';
}

function LateTag({ row, today }: { row: CadenceRow; today: string }) {
  return <Text className={row.overdueDays > 0 ? 'jx-tag jx-tag--alert' : 'jx-tag'}>{overdueText(row, today)}</Text>;
}

function Actions({ row, onAct }: { row: CadenceRow; onAct: Act }) {
  return (
    <View className="jx-mentor-actions">
      <View
        className="jx-tappable"
        role="button"
        aria-label={`查看 ${pairName(row)}`}
        onClick={() => onAct(row, 'open')}
      >
        <Text className="jx-text-body jx-mentor-linktext">查看</Text>
      </View>
      <View
        className="jx-tappable"
        role="button"
        aria-label={`解除 ${pairName(row)}`}
        onClick={() => onAct(row, 'dissolve')}
      >
        <Text className="jx-text-body">解除</Text>
      </View>
    </View>
  );
}

function columns(onAct: Act, today: string): TableColumn<CadenceRow, never>[] {
  return [
    { key: 'master', title: '师傅', cell: (row) => <Text className="jx-mentor-name">{row.masterName}</Text> },
    { key: 'apprentice', title: '徒弟', cell: (row) => <Text>{row.apprenticeName}</Text> },
    { key: 'trade', title: '工种', weight: 1.2, cell: (row) => <Text>{tradeLabels[row.trade]}</Text> },
    {
      key: 'last',
      title: '上次检查',
      weight: 1.6,
      cell: (row) => <Text>{row.lastCheck ? formatCalendarDay(row.lastCheck) : '还没有检查'}</Text>,
    },
    { key: 'due', title: '下次到期', weight: 2, cell: (row) => <Text>{dueText(row)}</Text> },
    { key: 'late', title: '逾期', weight: 1.2, cell: (row) => <LateTag row={row} today={today} /> },
    { key: 'acts', title: '操作', weight: 1.3, cell: (row) => <Actions row={row} onAct={onAct} /> },
  ];
}

function CadenceCard({ row, today, onAct }: { row: CadenceRow; today: string; onAct: Act }) {
  return (
    <View className="jx-card" aria-label={pairName(row)}>
      <View className="jx-mentor-head">
        <Text className="jx-text-title jx-mentor-name">
          {row.masterName} → {row.apprenticeName}
        </Text>
        <LateTag row={row} today={today} />
      </View>
      <Text className="jx-text-body jx-block">{tradeLabels[row.trade]}</Text>
      <Text className="jx-text-body jx-block">下次到期：{dueText(row)}</Text>
      <Text className="jx-text-secondary jx-block">
        上次检查：{row.lastCheck ? formatCalendarDay(row.lastCheck) : '还没有检查'}
      </Text>
      <View className="jx-actions">
        <Button className="jx-button" type="primary" fill="outline" onClick={() => onAct(row, 'open')}>
          查看
        </Button>
        <Button className="jx-button" fill="outline" onClick={() => onAct(row, 'dissolve')}>
          解除师徒关系
        </Button>
      </View>
    </View>
  );
}

export function CadenceTable() {
  const scope = useScopeOrgs();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [trade, setTrade] = useState<TradeFilter>('all');
  const [version, setVersion] = useState(0);
  const [dissolving, setDissolving] = useState<CadenceRow | null>(null);
  const today = beijingDay(useNow());
  const orgId = scope.orgId;
  const { state, reload, more } = usePaged(
    async (cursor) => {
      if (!orgId) return { items: [], nextCursor: null };
      const page = await callFunction(mentoringContract, 'cadenceTable', {
        orgId,
        ...(trade === 'all' ? {} : { trade }),
        ...(overdueOnly ? { overdueOnly: true } : {}),
        ...(cursor ? { cursor } : {}),
      });
      return { items: page.rows, nextCursor: page.nextCursor };
    },
    [orgId, trade, overdueOnly, version],
  );
  // 查看 opens the pair's own page (师徒协议), which staff over the pair read without its people's actions.
  const onAct: Act = (row, act) =>
    act === 'open' ? openPage(MENTOR_PAGES.pair(row.apprenticeshipId)) : setDissolving(row);

  return (
    <AdminFrame
      title="带徒督导"
      intro="在带的师徒和下一次检查：逾期的排在最前。点“查看”看协议和检查记录；解除师徒关系须写明原因。"
    >
      <View className="jx-card jx-mentor-filters" role="search" aria-label="筛选师徒">
        <ScopeOrgField scope={scope} />
        <TradeFilterField value={trade} onChange={setTrade} />
        <View
          className="jx-mentor-check"
          role="checkbox"
          aria-checked={overdueOnly}
          aria-label="只看逾期"
          onClick={() => setOverdueOnly(!overdueOnly)}
        >
          <Text className="jx-mentor-check__box" aria-hidden="true">
            {overdueOnly ? '☑' : '☐'}
          </Text>
          <Text className="jx-text-body">只看逾期</Text>
        </View>
      </View>
      {!scope.ready ? (
        <PendingCard state={scope.state} rows={3} label="正在加载单位" onRetry={scope.reload} />
      ) : state.status !== 'ready' ? (
        <PendingCard state={state} rows={4} label="正在加载带徒督导" onRetry={reload} />
      ) : state.items.length === 0 ? (
        <View className="jx-card">
          <EmptyState
            title={
              overdueOnly || trade !== 'all'
                ? `没有${trade === 'all' ? '' : tradeLabels[trade]}${overdueOnly ? '逾期的检查' : '在带的师徒'}。`
                : '这里还没有在带的师徒。'
            }
            hint={
              overdueOnly || trade !== 'all'
                ? '换个工种，或取消“只看逾期”，可看更多。'
                : '师徒结对并签订协议后，会出现在这里。'
            }
          />
        </View>
      ) : (
        <>
          <StaffRows<CadenceRow>
            label="带徒督导"
            columns={columns(onAct, today)}
            rows={state.items}
            rowKey={(row) => row.apprenticeshipId}
            rowName={pairName}
            card={(row) => <CadenceCard row={row} today={today} onAct={onAct} />}
          />
          <MoreButton next={state.next} more={state.more} onMore={more} />
        </>
      )}
      <DissolveDialog
        pair={dissolving}
        onCancel={() => setDissolving(null)}
        onDone={() => {
          setDissolving(null);
          setVersion((n) => n + 1);
        }}
      />
    </AdminFrame>
  );
}
