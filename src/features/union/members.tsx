// 成员: pick an organisation from the tree, read its members page by page. Phone and ID numbers are masked; 查看
// shows one after a stated reason.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useMemo, useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { formatDate } from '@/components/format/format';
import { EmptyState, ErrorState, LoadingBlock, PendingCard } from '@/components/states/states';
import { unionContract } from '@/shared/contracts/union';
import { honourLevelLabels, orgKindLabels } from '@/shared/people/vocabulary';
import { AdminFrame } from '@/components/staff/admin-frame';
import { grantLabel, personLine } from '@/components/staff/labels';
import { MoreButton } from '@/components/staff/more-button';
import { OrgPicker } from '@/components/staff/org-picker';
import { treeRows, type TreeRow } from '@/components/staff/org-tree';
import { usePaged } from '@/cloud/use-paged';
import type { Member } from '@/components/staff/person-search';
import { RevealableValue } from './reveal';
import '@/components/staff/admin.css';

export function MemberCard({ member }: { member: Member }) {
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
        <Text className="jx-text-secondary jx-block">
          荣誉：{member.honours.map((h) => `${h.title}（${honourLevelLabels[h.level]} ${h.year}）`).join('、')}
        </Text>
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
    </View>
  );
}

function MemberList({ org }: { org: TreeRow }) {
  const { state, reload, more } = usePaged(
    async (cursor) => {
      const page = await callFunction(unionContract, 'listMembers', { orgId: org.id, cursor });
      return { items: page.members, nextCursor: page.nextCursor };
    },
    [org.id],
  );

  if (state.status !== 'ready') return <PendingCard state={state} rows={4} label="正在加载成员" onRetry={reload} />;
  if (state.items.length === 0) {
    return (
      <View className="jx-card">
        <EmptyState
          title={`${org.name}还没有直属会员。`}
          hint={
            org.kind === 'enterprise'
              ? '职工申请加入或扫邀请码后会出现在这里。'
              : '会员都在下级企业工会里，请选择一个企业工会。'
          }
        />
      </View>
    );
  }
  return (
    <>
      {state.items.map((member) => (
        <MemberCard key={member.id} member={member} />
      ))}
      <MoreButton next={state.next} more={state.more} onMore={more} />
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
