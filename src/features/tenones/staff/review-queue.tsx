// 十个一审核: the records of workers in the staff member's part of the tree, newest first, by state — what waits for
// a person (审核中), what counts, what was 不予认可. A row opens the record (its photos, history, and the decisions);
// in a wide window, rows can be 认可 in bulk, or 不予认可 with one reason (each row decided and audited on its own).
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { DataTable, type BulkAction, type TableColumn } from '@/components/data-table/data-table';
import { formatCalendarDay } from '@/components/format/format';
import { openPage } from '@/components/navigation/navigation';
import { AdminFrame } from '@/components/staff/admin-frame';
import { Tabs } from '@/components/staff/tabs';
import { now } from '@/platform/clock';
import { activityContract, type EntryView, type RecordState } from '@/shared/contracts/activity';
import { itemTitle, type TenItem } from '@/shared/tenones/items';
import { beijingYear } from '@/shared/time/beijing';
import { TENONES_PAGES } from '../routes';
import { STATE_LABELS, stateTagClass } from '../texts';
import '@/components/staff/admin.css';

type Filter = 'all' | RecordState;
const FILTERS: { value: Filter; label: string }[] = [
  { value: 'held', label: '审核中' },
  { value: 'all', label: '全部' },
  { value: 'counted', label: '已计入' },
  { value: 'rejected', label: '不予认可' },
];

const rowName = (entry: EntryView) => `${entry.author?.name ?? ''}：${entry.title}`;

function EntryLink({ entry }: { entry: EntryView }) {
  return (
    <View
      className="jx-tappable"
      role="link"
      aria-label={`查看 ${rowName(entry)}`}
      onClick={() => openPage(TENONES_PAGES.entry(entry.entryId))}
    >
      <Text className="jx-text-body">{entry.title}</Text>
    </View>
  );
}

const COLUMNS: TableColumn<EntryView, 'createdAt' | 'date'>[] = [
  {
    key: 'date',
    title: '日期',
    sortField: 'date',
    weight: 1.2,
    cell: (entry) => <Text>{formatCalendarDay(entry.date)}</Text>,
  },
  {
    key: 'author',
    title: '职工',
    weight: 1.6,
    cell: (entry) => (
      <Text>
        {entry.author?.name}
        {entry.author?.orgName ? `（${entry.author.orgName.replace(/工会$/, '')}）` : ''}
      </Text>
    ),
  },
  { key: 'item', title: '项目', weight: 1.4, cell: (entry) => <Text>{itemTitle(entry.item as TenItem)}</Text> },
  { key: 'title', title: '内容', weight: 2, cell: (entry) => <EntryLink entry={entry} /> },
  {
    key: 'state',
    title: '状态',
    weight: 1,
    cell: (entry) => (
      <Text className={stateTagClass(entry.state)}>{entry.locked ? '已认可' : STATE_LABELS[entry.state]}</Text>
    ),
  },
];

function EntryCard({ entry }: { entry: EntryView }) {
  return (
    <View className="jx-card" aria-label={rowName(entry)}>
      <View className="jx-record__head">
        <Text className={stateTagClass(entry.state)}>{entry.locked ? '已认可' : STATE_LABELS[entry.state]}</Text>
        <Text className="jx-text-body">{entry.author?.name}</Text>
      </View>
      <EntryLink entry={entry} />
      <Text className="jx-text-secondary jx-block">
        {itemTitle(entry.item as TenItem)} · {formatCalendarDay(entry.date)}
      </Text>
      {entry.review?.decision === 'rejected' ? (
        <Text className="jx-text-error jx-block">不予认可：{entry.review.reason}</Text>
      ) : null}
    </View>
  );
}

const BULK: BulkAction<EntryView>[] = [
  {
    label: '批量认可',
    done: '已认可',
    reason: 'none',
    description: (rows) => `认可这${rows.length}条记录：认可后职工不能再修改。`,
    run: async (entry) => {
      await callFunction(activityContract, 'reviewEntry', { entryId: entry.entryId, decision: 'accept' });
    },
  },
  {
    label: '批量不予认可',
    done: '已不予认可',
    reason: 'required',
    reasonLabel: '理由（职工会看到）',
    description: (rows) => `这${rows.length}条记录将不计入“十个一”，职工会看到理由。`,
    run: async (entry, reason) => {
      await callFunction(activityContract, 'reviewEntry', { entryId: entry.entryId, decision: 'reject', reason });
    },
  },
];

export function ReviewQueue() {
  const [filter, setFilter] = useState<Filter>('held');
  const year = beijingYear(now());
  return (
    <AdminFrame
      title="十个一审核"
      intro={`${year}年职工的“十个一”记录：审核中的文字待你决定，记录可以认可或不予认可。`}
    >
      <Tabs label="记录状态" tabs={FILTERS} value={filter} onChange={setFilter} />
      <DataTable<EntryView, 'createdAt' | 'date'>
        label="十个一记录"
        filterKey={filter}
        columns={COLUMNS}
        load={async (table) => {
          const { search: _none, ...query } = table;
          const answer = await callFunction(activityContract, 'reviewQueue', {
            year,
            ...(filter === 'all' ? {} : { state: filter }),
            ...query,
          });
          return { rows: answer.rows, total: answer.total, page: query.page };
        }}
        defaultSort={{ sortBy: 'createdAt', order: 'desc' }}
        rowKey={(entry) => entry.entryId}
        rowName={rowName}
        selectable={(entry) => !entry.locked && entry.state !== 'held' && entry.state !== 'refused'}
        bulkActions={BULK}
        empty={{ title: '这里没有记录。', hint: '职工记录“十个一”后会出现在这里。' }}
        card={(entry) => <EntryCard entry={entry} />}
      />
    </AdminFrame>
  );
}
