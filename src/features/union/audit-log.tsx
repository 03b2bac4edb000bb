// 操作日志: every staff act in the caller's part of the tree, newest first, page by page — when (Beijing time),
// who, what, on whom, why, and what changed.
import { Text, View } from '@tarojs/components';
import type * as z from 'zod';
import { callFunction } from '@/cloud/call-function';
import { formatDateTime } from '@/components/format/format';
import { useState } from 'react';
import { DataTable, type TableColumn } from '@/components/data-table/data-table';
import { Tabs } from '@/components/staff/tabs';
import { unionContract, type auditEntrySchema } from '@/shared/contracts/union';
import { AdminFrame } from '@/components/staff/admin-frame';
import { actionLabel, changeLines, targetLine } from './audit-format';
import '@/components/staff/admin.css';

type Entry = z.infer<typeof auditEntrySchema>;

function EntryCard({ entry }: { entry: Entry }) {
  const changes = changeLines(entry.before, entry.after);
  return (
    <View className="jx-card jx-audit" aria-label={entryName(entry)}>
      <View className="jx-audit__head">
        <Text className="jx-text-body jx-audit__action">{actionLabel(entry.action)}</Text>
        <Text className="jx-text-secondary">{formatDateTime(entry.at)}</Text>
      </View>
      <Text className="jx-text-body jx-block">{targetLine(entry.targetType, entry.targetLabel)}</Text>
      <Text className="jx-text-secondary jx-block">操作人：{entry.actorName}</Text>
      {entry.reason ? <Text className="jx-text-secondary jx-block">原因：{entry.reason}</Text> : null}
      {changes.length > 0 ? (
        <View className="jx-audit__changes">
          {changes.map((line) => (
            <Text key={line} className="jx-text-secondary jx-block">
              {line}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  );
}

type TargetFilter = 'all' | 'candidate' | 'joinRequest' | 'grant' | 'user';

const FILTERS: { value: TargetFilter; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'candidate', label: '提名' },
  { value: 'joinRequest', label: '入会' },
  { value: 'grant', label: '授权' },
  { value: 'user', label: '人员' },
];

const entryName = (entry: Entry) => `${actionLabel(entry.action)}：${entry.targetLabel}`;

const COLUMNS: TableColumn<Entry, 'at'>[] = [
  {
    key: 'at',
    title: '时间',
    sortField: 'at',
    weight: 1.4,
    cell: (entry) => <Text>{formatDateTime(entry.at)}</Text>,
  },
  { key: 'action', title: '操作', weight: 1.3, cell: (entry) => <Text>{actionLabel(entry.action)}</Text> },
  {
    key: 'target',
    title: '对象',
    weight: 2.4,
    cell: (entry) => <Text>{targetLine(entry.targetType, entry.targetLabel)}</Text>,
  },
  { key: 'actor', title: '操作人', weight: 1, cell: (entry) => <Text>{entry.actorName}</Text> },
  { key: 'reason', title: '原因', weight: 2, cell: (entry) => <Text>{entry.reason ?? '—'}</Text> },
  {
    key: 'changes',
    title: '变更',
    weight: 2.4,
    cell: (entry) => {
      const changes = changeLines(entry.before, entry.after);
      return changes.length > 0 ? (
        <>
          {changes.map((line) => (
            <Text key={line} className="jx-block">
              {line}
            </Text>
          ))}
        </>
      ) : (
        <Text>—</Text>
      );
    },
  },
];

export function AuditLog() {
  const [target, setTarget] = useState<TargetFilter>('all');
  return (
    <AdminFrame title="操作日志" intro="你负责的组织里的授权、审核、认定、查看号码等操作，时间为北京时间。">
      <Tabs label="操作对象" tabs={FILTERS} value={target} onChange={setTarget} />
      <DataTable<Entry, 'at'>
        label="操作日志"
        filterKey={target}
        columns={COLUMNS}
        load={async (table) => {
          const page = await callFunction(unionContract, 'auditLog', {
            ...(target === 'all' ? {} : { targetType: target }),
            table,
          });
          return { rows: page.entries, total: page.total, page: page.page };
        }}
        defaultSort={{ sortBy: 'at', order: 'desc' }}
        rowKey={(entry) => entry.id}
        rowName={entryName}
        searchLabel="按对象搜索"
        empty={{ title: '还没有操作记录。', hint: '审核、授权、认定等操作完成后会记在这里。' }}
        card={(entry) => <EntryCard entry={entry} />}
      />
    </AdminFrame>
  );
}
