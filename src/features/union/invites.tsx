// 邀请码: a mini-program code that joins a worker to an enterprise union at once, valid for a few days.
import { Button } from '@nutui/nutui-react-taro';
import { Image, Text, View } from '@tarojs/components';
import { useMemo, useState } from 'react';
import type * as z from 'zod';
import { callFunction } from '@/cloud/call-function';
import { asCloudError, useCloudCall } from '@/cloud/use-cloud-call';
import { ChoiceField } from '@/components/form/fields';
import { fieldMessage, formatDateTime } from '@/components/format/format';
import { EmptyState, ErrorState, LoadingBlock } from '@/components/states/states';
import { unionContract } from '@/shared/contracts/union';
import { AdminFrame } from '@/components/staff/admin-frame';
import { OrgPicker } from '@/components/staff/org-picker';
import { treeRows, type TreeRow } from '@/components/staff/org-tree';
import { ErrorText } from '@/components/form/messages';
import '@/components/staff/admin.css';

type Invite = z.infer<(typeof unionContract)['actions']['createInvite']['output']>;
const DAY_CHOICES = [
  { value: '1', label: '1天' },
  { value: '7', label: '7天' },
  { value: '30', label: '30天' },
] as const;
type Days = (typeof DAY_CHOICES)[number]['value'];

export function Invites() {
  const tree = useCloudCall(() => callFunction(unionContract, 'orgTree', {}), []);
  const rows = useMemo(() => (tree.state.status === 'ready' ? treeRows(tree.state.data.orgs) : []), [tree.state]);
  const enterprise = (row: TreeRow) => row.kind === 'enterprise' && row.status === 'active';
  const [org, setOrg] = useState<TreeRow | null>(null);
  const [days, setDays] = useState<Days>('7');
  const [errors, setErrors] = useState<{ orgId?: string; other?: string }>({});
  const [busy, setBusy] = useState(false);
  const [invite, setInvite] = useState<{ org: TreeRow; invite: Invite } | null>(null);

  const create = async () => {
    if (busy) return;
    if (!org) {
      setErrors({ orgId: '请选择要邀请职工加入的企业工会' });
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      setInvite({
        org,
        invite: await callFunction(unionContract, 'createInvite', { orgId: org.id, days: Number(days) }),
      });
    } catch (error) {
      const failed = asCloudError(error);
      setErrors(failed.field === 'orgId' ? { orgId: fieldMessage(failed) } : { other: failed.message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <AdminFrame title="邀请码" intro="职工用微信扫码并确认后，立即成为该企业工会的会员，不需要再审核。">
      {invite ? (
        <View className="jx-card jx-invite" role="status" aria-label="邀请码">
          <Text className="jx-text-title jx-block">{invite.org.name}</Text>
          <Image
            className="jx-invite__code"
            src={invite.invite.codeImage}
            mode="scaleToFill"
            nativeProps={{ alt: `加入${invite.org.name}的邀请码` }}
          />
          <Text className="jx-text-body jx-block">有效期至 {formatDateTime(invite.invite.expiresAt)}</Text>
          <Text className="jx-text-secondary jx-block">请职工用微信扫一扫。可以截图转发，过期后请重新生成。</Text>
          <View className="jx-actions">
            <Button className="jx-button" fill="outline" onClick={() => setInvite(null)}>
              再生成一个
            </Button>
          </View>
        </View>
      ) : (
        <View className="jx-card" aria-label="生成邀请码">
          {tree.state.status === 'loading' ? <LoadingBlock rows={4} label="正在加载组织" /> : null}
          {tree.state.status === 'error' ? <ErrorState error={tree.state.error} onRetry={tree.reload} /> : null}
          {tree.state.status === 'ready' && !rows.some(enterprise) ? (
            <EmptyState title="你负责的组织里没有企业工会。" hint="邀请码只能为企业工会生成，可先在“组织”里新建。" />
          ) : null}
          {tree.state.status === 'ready' && rows.some(enterprise) ? (
            <>
              <OrgPicker
                label="邀请加入哪个企业工会"
                rows={rows}
                value={org?.id ?? null}
                onChange={setOrg}
                pickable={enterprise}
                error={errors.orgId}
              />
              <ChoiceField label="有效期" choices={DAY_CHOICES} value={days} onChange={setDays} />
              {errors.other ? <ErrorText className="jx-field__message">{errors.other}</ErrorText> : null}
              <View className="jx-actions">
                <Button block className="jx-button" type="primary" loading={busy} onClick={() => void create()}>
                  {busy ? '正在生成' : '生成邀请码'}
                </Button>
              </View>
            </>
          ) : null}
        </View>
      )}
    </AdminFrame>
  );
}
