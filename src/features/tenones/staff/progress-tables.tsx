// The dashboard's lists: the child organisations of a city or district (one row each, with its members, each
// item's share and all ten; tapping one goes a level down), and the workers of an enterprise (their ten items,
// ✓ or —, and how many). A table in a wide window, cards on a phone.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { DataTable, type TableColumn } from '@/components/data-table/data-table';
import { openPage } from '@/components/navigation/navigation';
import { orgKindLabels } from '@/shared/people/vocabulary';
import { activityContract, type MemberProgressRow, type OrgProgress } from '@/shared/contracts/activity';
import { TENONES_PAGES } from '../routes';
import { TEN_ITEMS, itemTitle } from '@/shared/tenones/items';
import { itemColumnTitle, shareText } from './progress-texts';
import { progressPage } from './routes';

type ChildSort = 'name' | 'members' | 'allTen';

const childSorts: Record<ChildSort, (a: OrgProgress, b: OrgProgress) => number> = {
  name: (a, b) => a.org.name.localeCompare(b.org.name, 'zh-Hans-CN'),
  members: (a, b) => a.members - b.members,
  // By share, so a small enterprise with all its workers done ranks above a large one with a few.
  allTen: (a, b) => a.allTen / Math.max(a.members, 1) - b.allTen / Math.max(b.members, 1),
};

const figure = (count: number, members: number) => `${count} 人 · ${shareText(count, members)}`;

function DrillButton({ row, year }: { row: OrgProgress; year: number }) {
  return (
    <Button className="jx-button" fill="outline" onClick={() => openPage(progressPage(row.org.id, year))}>
      {row.org.kind === 'enterprise' ? '看职工' : '看下级'}
    </Button>
  );
}

function ChildCard({ row, year }: { row: OrgProgress; year: number }) {
  return (
    <View className="jx-card" aria-label={row.org.name}>
      <Text className="jx-text-title jx-block">{row.org.name}</Text>
      <Text className="jx-text-secondary jx-block">
        {orgKindLabels[row.org.kind]} · 现有会员 {row.members} 人
      </Text>
      <Text className="jx-text-body jx-block jx-progress__line">十项全部完成：{figure(row.allTen, row.members)}</Text>
      <View className="jx-progress__chips" role="list" aria-label="各项完成率">
        {TEN_ITEMS.map(({ item }) => (
          <View key={item} role="listitem" className="jx-progress__chip">
            <Text className="jx-text-secondary">
              {item}. {itemTitle(item)} {shareText(row.done[item - 1] ?? 0, row.members)}
            </Text>
          </View>
        ))}
      </View>
      <View className="jx-actions">
        <DrillButton row={row} year={year} />
      </View>
    </View>
  );
}

export function ChildTable({ rows, year, parent }: { rows: OrgProgress[]; year: number; parent: string }) {
  const columns: TableColumn<OrgProgress, ChildSort>[] = [
    { key: 'name', title: '组织', sortField: 'name', weight: 2.4, cell: (row) => <Text>{row.org.name}</Text> },
    { key: 'members', title: '现有会员', sortField: 'members', weight: 1, cell: (row) => <Text>{row.members}</Text> },
    {
      key: 'items',
      title: '各项完成率',
      weight: 5,
      cell: (row) => (
        <View className="jx-progress__chips jx-progress__chips--cell">
          {TEN_ITEMS.map(({ item }) => (
            <Text key={item}>
              {itemColumnTitle(item)} {shareText(row.done[item - 1] ?? 0, row.members)}
            </Text>
          ))}
        </View>
      ),
    },
    {
      key: 'allTen',
      title: '全部完成',
      sortField: 'allTen',
      weight: 1.6,
      cell: (row) => <Text>{figure(row.allTen, row.members)}</Text>,
    },
    { key: 'open', title: '下一级', weight: 1.8, cell: (row) => <DrillButton row={row} year={year} /> },
  ];
  return (
    <DataTable<OrgProgress, ChildSort>
      label="下级组织完成情况"
      filterKey={`${parent}.${year}`}
      columns={columns}
      // The children are in hand (one read for them all): the table sorts and pages them here.
      load={async ({ sortBy, order, page, pageSize, search }) => {
        const matching = rows.filter((row) => !search || row.org.name.includes(search));
        const sorted = [...matching].sort(childSorts[sortBy]);
        if (order === 'desc') sorted.reverse();
        return { rows: sorted.slice((page - 1) * pageSize, page * pageSize), total: matching.length, page };
      }}
      defaultSort={{ sortBy: 'name', order: 'asc' }}
      rowKey={(row) => row.org.id}
      rowName={(row) => row.org.name}
      searchLabel="按名称搜索"
      empty={{ title: '这里还没有下级组织。', hint: '在“组织”里建立下级工会后，它们的完成情况会出现在这里。' }}
      card={(row) => <ChildCard row={row} year={year} />}
    />
  );
}

const doneMark = (done: boolean) => (done ? '✓' : '—');

function WorkerCard({ row, year }: { row: MemberProgressRow; year: number }) {
  const [open, setOpen] = useState(false);
  return (
    <View className="jx-card" aria-label={row.name}>
      <View className="jx-progress__worker-head">
        <Text className="jx-text-title">{row.name}</Text>
        <Text className="jx-text-body">已完成 {row.doneCount}/10</Text>
      </View>
      {open ? (
        <View role="list" aria-label={`${row.name}的十个一`} className="jx-progress__worker-items">
          {TEN_ITEMS.map(({ item }) => (
            <View key={item} role="listitem">
              <Text className="jx-text-body">
                {doneMark(row.done[item - 1] ?? false)} {item}. {itemTitle(item)}
                {row.done[item - 1] ? '' : '（未完成）'}
              </Text>
            </View>
          ))}
        </View>
      ) : null}
      <View className="jx-actions">
        <Button className="jx-button" fill="outline" onClick={() => setOpen(!open)}>
          {open ? '收起' : '查看十项'}
        </Button>
        <Button
          className="jx-button"
          fill="outline"
          onClick={() => openPage(TENONES_PAGES.year({ userId: row.userId, year }))}
        >
          全年记录
        </Button>
      </View>
    </View>
  );
}

export function WorkerTable({ orgId, year }: { orgId: string; year: number }) {
  const columns: TableColumn<MemberProgressRow, 'name'>[] = [
    { key: 'name', title: '姓名', sortField: 'name', weight: 1.4, cell: (row) => <Text>{row.name}</Text> },
    {
      key: 'done',
      title: '已完成的项目',
      weight: 5,
      cell: (row) => (
        <Text>
          {row.doneCount === 0
            ? '—'
            : TEN_ITEMS.filter(({ item }) => row.done[item - 1])
                .map(({ item }) => itemColumnTitle(item))
                .join('、')}
        </Text>
      ),
    },
    { key: 'count', title: '完成项数', weight: 1.2, cell: (row) => <Text>{row.doneCount}/10</Text> },
    {
      key: 'year',
      title: '记录',
      weight: 1.2,
      cell: (row) => (
        <View
          className="jx-tappable"
          role="link"
          aria-label={`${row.name}的全年记录`}
          onClick={() => openPage(TENONES_PAGES.year({ userId: row.userId, year }))}
        >
          <Text>全年记录</Text>
        </View>
      ),
    },
  ];
  return (
    <DataTable<MemberProgressRow, 'name'>
      label="职工完成情况"
      filterKey={`${orgId}.${year}`}
      columns={columns}
      load={async (table) => callFunction(activityContract, 'memberProgress', { year, orgId, ...table })}
      defaultSort={{ sortBy: 'name', order: 'asc' }}
      rowKey={(row) => row.userId}
      rowName={(row) => row.name}
      searchLabel="按姓名搜索"
      empty={{ title: '这家企业还没有会员。', hint: '职工入会后，他们的十个一会出现在这里。' }}
      card={(row) => <WorkerCard row={row} year={year} />}
    />
  );
}
