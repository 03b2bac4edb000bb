// 成员: pick an organisation from the tree, read its members page by page. Phone and ID numbers are masked; 查看
// shows one after a stated reason. Staff confirm the 一线职工 members state (a row or in bulk, filtered by status)
// and keep any member's honours, which contest eligibility reads.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { formatDate } from '@/components/format/format';
import { EmptyState, ErrorState, LoadingBlock } from '@/components/states/states';
import { DataTable, type TableColumn } from '@/components/data-table/data-table';
import { Dialog } from '@/components/dialog/dialog';
import { unionContract } from '@/shared/contracts/union';
import { frontlineStatusLabels, honourLevelLabels, orgKindLabels } from '@/shared/people/vocabulary';
import { tradeLabels } from '@/shared/people/trades';
import { Tabs } from '@/components/staff/tabs';
import {
  FRONTLINE_EMPTY,
  FRONTLINE_TABS,
  FrontlineCell,
  FrontlineDialog,
  confirmInBulk,
  confirmable,
  type FrontlineFilter,
} from './frontline';
import { MemberHonoursEditor } from './member-honours';
import { AdminFrame } from '@/components/staff/admin-frame';
import { grantLabel, personLine } from '@/components/staff/labels';
import { OrgPicker } from '@/components/staff/org-picker';
import { treeRows, type TreeRow } from '@/components/staff/org-tree';
import type { Member } from '@/components/staff/person-search';
import { RevealableValue } from './reveal';
import '@/components/staff/admin.css';

/** `市技术能手（市级 焊工 2024）`. */
const honourText = (h: Member['honours'][number]) =>
  `${h.title}（${[honourLevelLabels[h.level], h.trade ? tradeLabels[h.trade] : null, h.year].filter(Boolean).join(' ')}）`;

export function MemberCard({ member, actions }: { member: Member; actions?: ReactNode }) {
  return (
    <View className="jx-card" aria-label={member.realName}>
      <Text className="jx-text-title jx-block">
        {member.realName}
        {member.modelWorker ? <Text className="jx-tag jx-tag--brand jx-title-tag">劳模</Text> : null}
      </Text>
      <Text className="jx-text-body jx-block">{personLine(member)}</Text>
      {member.joinedAt ? (
        <Text className="jx-text-secondary jx-block">{formatDate(member.joinedAt)} 入会</Text>
      ) : null}
      {member.honours.length > 0 ? (
        <Text className="jx-text-secondary jx-block">荣誉：{member.honours.map(honourText).join('、')}</Text>
      ) : null}
      {member.frontline !== 'none' ? (
        <Text className="jx-text-secondary jx-block">一线职工：{frontlineStatusLabels[member.frontline]}</Text>
      ) : null}
      {member.grants.length > 0 ? (
        <View className="jx-roles-line">
          {member.grants.map((grant) => (
            <Text key={grant.id} className="jx-tag">
              {grantLabel(grant)}
            </Text>
          ))}
        </View>
      ) : null}
      <RevealableValue userId={member.id} personName={member.realName} field="phone" masked={member.phoneMasked} />
      <RevealableValue
        userId={member.id}
        personName={member.realName}
        field="idNumber"
        masked={member.idNumberMasked}
      />
      {actions ? <View className="jx-actions">{actions}</View> : null}
    </View>
  );
}

type MemberSort = 'joinedAt' | 'name';

const memberColumns = (
  onOpen: (member: Member) => void,
  onDecide: (member: Member, confirm: boolean) => void,
): TableColumn<Member, MemberSort>[] => [
  {
    key: 'name',
    title: '姓名',
    sortField: 'name',
    weight: 1.2,
    cell: (member) => (
      <Text>
        {member.realName}
        {member.modelWorker ? <Text className="jx-tag jx-tag--brand jx-title-tag">劳模</Text> : null}
      </Text>
    ),
  },
  { key: 'line', title: '工种 · 等级', weight: 2.2, cell: (member) => <Text>{personLine(member)}</Text> },
  {
    key: 'joinedAt',
    title: '入会日期',
    sortField: 'joinedAt',
    weight: 1.3,
    cell: (member) => <Text>{member.joinedAt ? formatDate(member.joinedAt) : '—'}</Text>,
  },
  {
    key: 'grants',
    title: '授权',
    weight: 1.8,
    cell: (member) => <Text>{member.grants.length > 0 ? member.grants.map(grantLabel).join('、') : '—'}</Text>,
  },
  {
    key: 'frontline',
    title: '一线职工',
    weight: 1.6,
    cell: (member) => <FrontlineCell member={member} onDecide={(confirm) => onDecide(member, confirm)} />,
  },
  { key: 'phone', title: '手机号', weight: 1.4, cell: (member) => <Text>{member.phoneMasked ?? '—'}</Text> },
  {
    key: 'open',
    title: '详情',
    weight: 1,
    cell: (member) => (
      <Button className="jx-button" fill="outline" onClick={() => onOpen(member)}>
        查看
      </Button>
    ),
  },
];

function MemberList({ org }: { org: TreeRow }) {
  const [opened, setOpened] = useState<Member | null>(null);
  const [editing, setEditing] = useState(false);
  const [filter, setFilter] = useState<FrontlineFilter>('all');
  const [deciding, setDeciding] = useState<{ member: Member; confirm: boolean } | null>(null);
  // A decision or an edit changes a row: the page is read again.
  const [version, setVersion] = useState(0);
  const changed = (member: Member) => {
    setVersion((n) => n + 1);
    if (opened?.id === member.id) setOpened(member);
  };
  const open = (member: Member) => {
    setEditing(false);
    setOpened(member);
  };
  return (
    <>
      <Tabs label="一线职工筛选" tabs={FRONTLINE_TABS} value={filter} onChange={setFilter} />
      <DataTable<Member, MemberSort>
        label="成员"
        filterKey={`${org.id}:${filter}`}
        version={version}
        columns={memberColumns(open, (member, confirm) => setDeciding({ member, confirm }))}
        load={async (table) => {
          const page = await callFunction(unionContract, 'listMembers', {
            orgId: org.id,
            ...(filter === 'all' ? {} : { frontline: filter }),
            table,
          });
          return { rows: page.members, total: page.total, page: page.page };
        }}
        selectable={confirmable}
        bulkActions={[confirmInBulk]}
        defaultSort={{ sortBy: 'joinedAt', order: 'desc' }}
        rowKey={(member) => member.id}
        rowName={(member) => member.realName}
        searchLabel="按姓名搜索"
        empty={
          filter === 'all'
            ? {
                title: `${org.name}还没有直属会员。`,
                hint:
                  org.kind === 'enterprise'
                    ? '职工申请加入或扫邀请码后会出现在这里。'
                    : '会员都在下级企业工会里，请选择一个企业工会。',
              }
            : FRONTLINE_EMPTY[filter]
        }
        card={(member) => (
          <MemberCard
            member={member}
            actions={
              <>
                {member.frontline !== 'none' ? (
                  <FrontlineCell member={member} onDecide={(confirm) => setDeciding({ member, confirm })} />
                ) : null}
                <Button className="jx-button" fill="outline" onClick={() => open(member)}>
                  详情与荣誉
                </Button>
              </>
            }
          />
        )}
      />
      <FrontlineDialog
        deciding={deciding}
        onCancel={() => setDeciding(null)}
        onDone={(member) => {
          setDeciding(null);
          changed(member);
        }}
      />
      <Dialog
        open={opened !== null}
        title={opened ? `成员：${opened.realName}` : ''}
        onClose={() => setOpened(null)}
        actions={
          <>
            {opened && !editing ? (
              <Button className="jx-button" fill="outline" onClick={() => setEditing(true)}>
                编辑荣誉
              </Button>
            ) : null}
            <Button className="jx-button" fill="outline" onClick={() => setOpened(null)}>
              关闭
            </Button>
          </>
        }
      >
        {opened && editing ? (
          <MemberHonoursEditor
            member={opened}
            onCancel={() => setEditing(false)}
            onDone={(member) => {
              setEditing(false);
              changed(member);
            }}
          />
        ) : null}
        {opened && !editing ? <MemberCard member={opened} /> : null}
      </Dialog>
    </>
  );
}

export function Members() {
  const tree = useCloudCall(() => callFunction(unionContract, 'orgTree', {}), []);
  const [org, setOrg] = useState<TreeRow | null>(null);
  const [choosing, setChoosing] = useState(true);
  const rows = useMemo(() => (tree.state.status === 'ready' ? treeRows(tree.state.data.orgs) : []), [tree.state]);

  // One organisation only (an enterprise union's staff): nothing to choose.
  useEffect(() => {
    if (rows.length === 1 && !org) {
      setOrg(rows[0]!);
      setChoosing(false);
    }
  }, [rows, org]);

  return (
    <AdminFrame title="成员" intro="手机号和身份证号默认打码；确需完整号码时点“查看”并写明原因，会记入操作日志。">
      <View className="jx-card" aria-label="选择组织">
        {tree.state.status === 'loading' ? <LoadingBlock rows={3} label="正在加载组织" /> : null}
        {tree.state.status === 'error' ? <ErrorState error={tree.state.error} onRetry={tree.reload} /> : null}
        {tree.state.status === 'ready' && rows.length === 0 ? (
          <EmptyState title="你还没有负责的组织。" hint="请联系上级工会为你授权。" />
        ) : null}
        {tree.state.status === 'ready' && org && !choosing ? (
          <View className="jx-picked-org">
            <View className="jx-picked-org__text">
              <Text className="jx-text-title jx-block">{org.name}</Text>
              <Text className="jx-text-secondary jx-block">
                {orgKindLabels[org.kind]} · {org.memberCount} 人
              </Text>
            </View>
            {rows.length > 1 ? (
              <Button className="jx-button" fill="outline" onClick={() => setChoosing(true)}>
                换一个
              </Button>
            ) : null}
          </View>
        ) : null}
        {tree.state.status === 'ready' && rows.length > 0 && choosing ? (
          <OrgPicker
            label="选择组织"
            rows={rows}
            value={org?.id ?? null}
            onChange={(row) => {
              setOrg(row);
              setChoosing(false);
            }}
          />
        ) : null}
      </View>
      {org && !choosing ? <MemberList org={org} /> : null}
    </AdminFrame>
  );
}
