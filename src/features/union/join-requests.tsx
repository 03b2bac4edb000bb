// 入会审核: join requests to the enterprises the staff member looks after. Approve (a note is optional) or reject
// (a reason is required and the worker sees it), each through a dialog; the card then shows the outcome.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useCallback, useEffect, useState } from 'react';
import type * as z from 'zod';
import { callFunction } from '@/cloud/call-function';
import { ReasonDialog } from '@/components/dialog/dialog';
import { formatDateTime } from '@/components/format/format';
import { DataTable, type BulkAction, type TableColumn } from '@/components/data-table/data-table';
import { unionContract, type joinRequestSchema } from '@/shared/contracts/union';
import { AdminFrame } from '@/components/staff/admin-frame';
import { orgLabel, personLine } from '@/components/staff/labels';
import { Tabs } from '@/components/staff/tabs';
import '@/components/staff/admin.css';

type JoinRequest = z.infer<typeof joinRequestSchema>;
type Status = 'pending' | 'approved' | 'rejected';

const TABS: { value: Status; label: string }[] = [
  { value: 'pending', label: '待审核' },
  { value: 'approved', label: '已通过' },
  { value: 'rejected', label: '已驳回' },
];

const EMPTY: Record<Status, { title: string; hint: string }> = {
  pending: { title: '目前没有待审核的入会申请。', hint: '职工申请加入你负责的企业工会后，会出现在这里。' },
  approved: { title: '还没有通过的申请。', hint: '在“待审核”里通过的申请会列在这里。' },
  rejected: { title: '还没有驳回的申请。', hint: '驳回的申请和原因会列在这里。' },
};

function Outcome({ request }: { request: JoinRequest }) {
  if (request.status === 'pending') return null;
  const when = request.decidedAt ? formatDateTime(request.decidedAt) : '';
  const text =
    request.status === 'approved'
      ? `✓ 已通过 ${when}`
      : request.status === 'rejected'
        ? `✕ 已驳回 ${when}`
        : `申请人已撤回 ${when}`;
  return (
    <View className="jx-outcome" role="status">
      <Text className={request.status === 'approved' ? 'jx-text-success' : 'jx-text-body jx-block'}>{text}</Text>
      {request.reason ? (
        <Text className="jx-text-secondary jx-block">
          {request.status === 'rejected' ? '原因' : '备注'}：{request.reason}
        </Text>
      ) : null}
    </View>
  );
}

function JoinRequestCard({
  request,
  onDecide,
}: {
  request: JoinRequest;
  onDecide: (request: JoinRequest, approve: boolean) => void;
}) {
  return (
    <View className="jx-card" aria-label={`${request.person.realName}的入会申请`}>
      <Text className="jx-text-title jx-block">{request.person.realName}</Text>
      <Text className="jx-text-body jx-block">{personLine(request.person)}</Text>
      <Text className="jx-text-secondary jx-block">手机号 {request.person.phoneMasked ?? '未填写'}</Text>
      <Text className="jx-text-body jx-block jx-admin__line">申请加入 {orgLabel(request.org)}</Text>
      {request.person.org && request.person.org.id !== request.org.id ? (
        <Text className="jx-text-secondary jx-block">目前所在：{request.person.org.name}</Text>
      ) : null}
      {request.note ? <Text className="jx-text-secondary jx-block">说明：{request.note}</Text> : null}
      <Text className="jx-text-secondary jx-block">{formatDateTime(request.createdAt)} 提交</Text>
      {request.status === 'pending' ? (
        <DecideButtons request={request} onDecide={onDecide} />
      ) : (
        <Outcome request={request} />
      )}
    </View>
  );
}

function DecideButtons({
  request,
  onDecide,
}: {
  request: JoinRequest;
  onDecide: (request: JoinRequest, approve: boolean) => void;
}) {
  return (
    <View className="jx-actions">
      <Button className="jx-button" type="primary" onClick={() => onDecide(request, true)}>
        通过
      </Button>
      <Button className="jx-button" fill="outline" onClick={() => onDecide(request, false)}>
        驳回
      </Button>
    </View>
  );
}

const requestColumns = (
  onDecide: (request: JoinRequest, approve: boolean) => void,
): TableColumn<JoinRequest, 'createdAt'>[] => [
  { key: 'name', title: '申请人', weight: 1.1, cell: (request) => <Text>{request.person.realName}</Text> },
  { key: 'line', title: '工种 · 等级', weight: 1.8, cell: (request) => <Text>{personLine(request.person)}</Text> },
  { key: 'org', title: '申请加入', weight: 2.2, cell: (request) => <Text>{orgLabel(request.org)}</Text> },
  {
    key: 'note',
    title: '说明',
    weight: 1.8,
    cell: (request) => <Text>{request.note ?? '—'}</Text>,
  },
  {
    key: 'createdAt',
    title: '提交时间',
    sortField: 'createdAt',
    weight: 1.5,
    cell: (request) => <Text>{formatDateTime(request.createdAt)}</Text>,
  },
  {
    key: 'decide',
    title: '处理',
    weight: 2,
    cell: (request) =>
      request.status === 'pending' ? (
        <DecideButtons request={request} onDecide={onDecide} />
      ) : (
        <Outcome request={request} />
      ),
  },
];

export function JoinRequests() {
  const [status, setStatus] = useState<Status>('pending');
  const [deciding, setDeciding] = useState<{ request: JoinRequest; approve: boolean } | null>(null);
  // Requests decided one by one keep their place, with the outcome, until the list is read again.
  const [patches, setPatches] = useState<ReadonlyMap<string, JoinRequest>>(new Map());
  const patch = useCallback((row: JoinRequest) => patches.get(row.id) ?? row, [patches]);
  useEffect(() => setPatches(new Map()), [status]);
  const onDecide = (request: JoinRequest, approve: boolean) => setDeciding({ request, approve });

  const decide = async (reason: string) => {
    if (!deciding) return;
    const { request, approve } = deciding;
    const decided = await callFunction(unionContract, 'decideJoin', {
      requestId: request.id,
      approve,
      reason: reason || undefined,
    });
    setPatches((current) => new Map(current).set(decided.id, decided));
    setDeciding(null);
  };

  const bulkActions: BulkAction<JoinRequest>[] =
    status === 'pending'
      ? [
          {
            label: '批量通过',
            done: '已通过，成为会员',
            reason: 'optional',
            reasonLabel: '备注',
            description: (rows) => `${rows.map((row) => row.person.realName).join('、')}将成为所申请企业工会的会员。`,
            run: async (row, reason) => {
              await callFunction(unionContract, 'decideJoin', {
                requestId: row.id,
                approve: true,
                reason: reason || undefined,
              });
            },
          },
          {
            label: '批量驳回',
            done: '已驳回',
            reason: 'required',
            reasonLabel: '驳回原因',
            description: (rows) =>
              `${rows.map((row) => row.person.realName).join('、')}会看到驳回的原因，可以修改后重新申请。`,
            run: async (row, reason) => {
              await callFunction(unionContract, 'decideJoin', { requestId: row.id, approve: false, reason });
            },
          },
        ]
      : [];

  return (
    <AdminFrame title="入会审核" intro="通过后职工即成为该企业工会的会员；驳回须写明原因，申请人会看到。">
      <Tabs label="申请状态" tabs={TABS} value={status} onChange={setStatus} />
      <DataTable<JoinRequest, 'createdAt'>
        // Each status its own table: pending ones oldest first (who waited longest), decided ones newest first.
        key={status}
        label="入会申请"
        filterKey={status}
        columns={requestColumns(onDecide)}
        load={async (table) => {
          const page = await callFunction(unionContract, 'listJoinRequests', { status, table });
          return { rows: page.requests, total: page.total, page: page.page };
        }}
        defaultSort={{ sortBy: 'createdAt', order: status === 'pending' ? 'asc' : 'desc' }}
        rowKey={(request) => request.id}
        rowName={(request) => request.person.realName}
        patch={patch}
        selectable={status === 'pending' ? (request) => request.status === 'pending' : undefined}
        bulkActions={bulkActions}
        onBulkDone={() => setPatches(new Map())}
        empty={EMPTY[status]}
        card={(request) => <JoinRequestCard request={request} onDecide={onDecide} />}
      />

      <ReasonDialog
        open={deciding !== null}
        title={deciding?.approve ? '通过入会申请' : '驳回入会申请'}
        description={
          deciding
            ? deciding.approve
              ? `${deciding.request.person.realName}将成为${deciding.request.org.name}的会员。`
              : `${deciding.request.person.realName}会看到驳回的原因，可以修改后重新申请。`
            : undefined
        }
        reason={deciding?.approve ? 'optional' : 'required'}
        reasonLabel={deciding?.approve ? '备注' : '驳回原因'}
        confirmText={deciding?.approve ? '确认通过' : '确认驳回'}
        onCancel={() => setDeciding(null)}
        onConfirm={decide}
      />
    </AdminFrame>
  );
}
