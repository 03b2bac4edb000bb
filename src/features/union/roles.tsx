// 授权: find a person, see the roles they hold (撤销 with a reason), and grant staff at an organisation of the
// tree or, for city and district staff, expert for a selection campaign.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useMemo, useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError, useCloudCall } from '@/cloud/use-cloud-call';
import { ReasonDialog } from '@/components/dialog/dialog';
import { TextAreaField, TextField } from '@/components/form/fields';
import { fieldMessage } from '@/components/format/format';
import { PendingCard } from '@/components/states/states';
import type { ActionInput } from '@/shared/contracts/contract';
import { unionContract } from '@/shared/contracts/union';
import { CAMPAIGN_STAFF_KINDS } from '@/shared/people/access';
import { fieldErrors } from '@/shared/validation/field-errors';
import { AdminFrame } from '@/components/staff/admin-frame';
import { grantLabel, grantSince, orgLabel, personLine, type Grant } from '@/components/staff/labels';
import { OrgPicker } from '@/components/staff/org-picker';
import { treeRows } from '@/components/staff/org-tree';
import { PersonSearch, type Member } from '@/components/staff/person-search';
import { ErrorText, DoneText } from '@/components/form/messages';
import '@/components/staff/admin.css';

type GrantErrors = Partial<Record<'orgId' | 'campaignId' | 'reason' | 'other', string>>;
type GrantInput = ActionInput<typeof unionContract, 'grantRole'>;

const GRANT_FIELDS = ['orgId', 'campaignId', 'reason'] as const;
// grantRole's reason is every staff act's reason; here it is the grant's.
const GRANT_WORDING = { reason: '请填写授权原因（至少2个字）' };

/** What grantRole's schema says of the grant, by the fields this form shows. */
function grantProblems(input: GrantInput): GrantErrors {
  const errors = fieldErrors(unionContract.actions.grantRole.input, input, GRANT_WORDING);
  return Object.fromEntries(GRANT_FIELDS.filter((field) => errors[field]).map((field) => [field, errors[field]!]));
}

function useGrantForm() {
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<GrantErrors>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const submit = async (grant: (reason: string) => GrantInput, send: (input: GrantInput) => Promise<string>) => {
    if (busy) return;
    const input = grant(reason.trim());
    const problems = grantProblems(input);
    setErrors(problems);
    setDone(null);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      setDone(await send(input));
      setReason('');
    } catch (error) {
      const failed = asCloudError(error);
      const field = failed.field as keyof GrantErrors | undefined;
      setErrors(
        field && ['orgId', 'campaignId', 'reason'].includes(field)
          ? { [field]: fieldMessage(failed) }
          : { other: failed.message },
      );
    } finally {
      setBusy(false);
    }
  };
  return { reason, setReason, errors, busy, done, submit };
}

function Footer({ errors, done }: { errors: GrantErrors; done: string | null }) {
  return (
    <>
      {errors.other ? <ErrorText className="jx-field__message">{errors.other}</ErrorText> : null}
      {done ? <DoneText className="jx-field__message">✓ {done}</DoneText> : null}
    </>
  );
}

function PersonRoles({
  person,
  canGrantExpert,
  rows,
  onChanged,
}: {
  person: Member;
  canGrantExpert: boolean;
  rows: ReturnType<typeof treeRows>;
  onChanged: (grants: Grant[]) => void;
}) {
  const [revoking, setRevoking] = useState<Grant | null>(null);
  const [orgId, setOrgId] = useState<string | null>(null);
  const [campaignId, setCampaignId] = useState('');
  const staffForm = useGrantForm();
  const expertForm = useGrantForm();

  return (
    <>
      <View className="jx-card" aria-label="现有授权">
        <Text className="jx-text-title jx-block">{person.realName}</Text>
        <Text className="jx-text-secondary jx-block">
          {personLine(person)} · {person.org ? orgLabel(person.org) : '未加入企业'}
        </Text>
        <Text className="jx-text-body jx-block jx-admin__line">现有授权</Text>
        {person.grants.length === 0 ? <Text className="jx-text-secondary jx-block">暂无授权。</Text> : null}
        {person.grants.map((grant) => (
          <View key={grant.id} className="jx-grant">
            <View className="jx-grant__text">
              <Text className="jx-text-body jx-block">{grantLabel(grant)}</Text>
              <Text className="jx-text-secondary jx-block">{grantSince(grant)}</Text>
            </View>
            <Button className="jx-button" fill="outline" onClick={() => setRevoking(grant)}>
              撤销
            </Button>
          </View>
        ))}
      </View>

      <View className="jx-card" aria-label="授予工会干部">
        <Text className="jx-text-title jx-block">授予工会干部</Text>
        <Text className="jx-text-secondary jx-block">工会干部可以管理所选组织及其下级。</Text>
        <OrgPicker
          label="在哪个组织任职"
          rows={rows}
          value={orgId}
          onChange={(row) => setOrgId(row.id)}
          pickable={(row) => row.status === 'active'}
          error={staffForm.errors.orgId}
        />
        <TextAreaField
          label="授权原因"
          value={staffForm.reason}
          onChange={staffForm.setReason}
          error={staffForm.errors.reason}
          hint="会记入操作日志"
        />
        <Footer errors={staffForm.errors} done={staffForm.done} />
        <View className="jx-actions">
          <Button
            block
            className="jx-button"
            type="primary"
            loading={staffForm.busy}
            onClick={() =>
              void staffForm.submit(
                (reason) => ({ role: 'staff', userId: person.id, orgId: orgId ?? '', reason }),
                async (input) => {
                  const grant = await callFunction(unionContract, 'grantRole', input);
                  onChanged([...person.grants, grant]);
                  return `已授予：${grantLabel(grant)}`;
                },
              )
            }
          >
            授予工会干部
          </Button>
        </View>
      </View>

      {canGrantExpert ? (
        <View className="jx-card" aria-label="授予评审专家">
          <Text className="jx-text-title jx-block">授予评审专家</Text>
          <Text className="jx-text-secondary jx-block">评审专家只能为指定的评选打分。</Text>
          <TextField
            label="评选编号"
            value={campaignId}
            onChange={setCampaignId}
            error={expertForm.errors.campaignId}
            maxLength={64}
            hint="字母、数字、短横线，如 demo-2026-craftsman"
          />
          <TextAreaField
            label="授权原因"
            value={expertForm.reason}
            onChange={expertForm.setReason}
            error={expertForm.errors.reason}
            hint="会记入操作日志"
          />
          <Footer errors={expertForm.errors} done={expertForm.done} />
          <View className="jx-actions">
            <Button
              block
              className="jx-button"
              type="primary"
              loading={expertForm.busy}
              onClick={() =>
                void expertForm.submit(
                  (reason) => ({ role: 'expert', userId: person.id, campaignId: campaignId.trim(), reason }),
                  async (input) => {
                    const grant = await callFunction(unionContract, 'grantRole', input);
                    onChanged([...person.grants, grant]);
                    return `已授予：${grantLabel(grant)}`;
                  },
                )
              }
            >
              授予评审专家
            </Button>
          </View>
        </View>
      ) : null}

      <ReasonDialog
        open={revoking !== null}
        title="撤销授权"
        description={revoking ? `撤销${person.realName}的“${grantLabel(revoking)}”。撤销后立即生效。` : undefined}
        reasonLabel="撤销原因"
        confirmText="确认撤销"
        onCancel={() => setRevoking(null)}
        onConfirm={async (reason) => {
          if (!revoking) return;
          await callFunction(unionContract, 'revokeRole', { grantId: revoking.id, reason });
          onChanged(person.grants.filter((grant) => grant.id !== revoking.id));
          setRevoking(null);
        }}
      />
    </>
  );
}

export function Roles() {
  const context = useCloudCall(async () => {
    const [workbench, tree] = await Promise.all([
      callFunction(unionContract, 'workbench', {}),
      callFunction(unionContract, 'orgTree', {}),
    ]);
    return { scopes: workbench.scopes, orgs: tree.orgs };
  }, []);
  const [person, setPerson] = useState<Member | null>(null);
  const rows = useMemo(
    () => (context.state.status === 'ready' ? treeRows(context.state.data.orgs) : []),
    [context.state],
  );

  return (
    <AdminFrame title="授权" intro="先找到要授权的人，再选择任职组织或评选。每次授权和撤销都会记入操作日志。">
      <PendingCard state={context.state} rows={3} shape="form" label="正在加载" onRetry={context.reload} />
      {context.state.status === 'ready' ? (
        <>
          <PersonSearch picked={person} onPick={setPerson} />
          {person ? (
            <PersonRoles
              key={person.id}
              person={person}
              rows={rows}
              canGrantExpert={context.state.data.scopes.some((scope) => CAMPAIGN_STAFF_KINDS.includes(scope.kind))}
              onChanged={(grants) => setPerson({ ...person, grants })}
            />
          ) : null}
        </>
      ) : null}
    </AdminFrame>
  );
}
