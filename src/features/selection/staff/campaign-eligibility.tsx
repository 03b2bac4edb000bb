// 提名条件 in the campaign form: who may be nominated (age on the nomination's last day, trades, units, 一线职工,
// honours that rule a person out), as data the nominate page checks each person against before staff pick them.
// Fixed once nominations open (`changeableParts`), then shown read-only with the reason.
import { Text, View } from '@tarojs/components';
import { useMemo } from 'react';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { FieldAnchor } from '@/components/form/error-summary';
import { EligibilityEditor } from '@/components/staff/eligibility-editor';
import { treeRows } from '@/components/staff/org-tree';
import { unionContract } from '@/shared/contracts/union';
import type { Eligibility } from '@/shared/contest/eligibility';
import type { FormErrors } from './campaign-form';

export function EligibilitySection({
  value,
  onChange,
  errors,
  orgNames = {},
  locked,
}: {
  value: Eligibility;
  onChange: (value: Eligibility) => void;
  errors: FormErrors;
  /** Names of units the rule already lists (a unit outside the caller's tree still reads by name). */
  orgNames?: Readonly<Record<string, string>>;
  locked?: string | null;
}) {
  // The caller's part of the tree, for a rule limited to some units (loaded with the section; until then, and if it
  // cannot load, the other rules still work and the units list is empty).
  const { state } = useCloudCall(() => callFunction(unionContract, 'orgTree', {}), []);
  const orgRows = useMemo(() => (state.status === 'ready' ? treeRows(state.data.orgs) : []), [state]);
  return (
    <FieldAnchor path="eligibility">
      <View className="jx-card" aria-label="提名条件设置">
        <Text className="jx-text-title jx-block">提名条件</Text>
        <Text className="jx-text-secondary jx-block jx-admin__line">
          不设条件时，本会范围内的职工都可被提名。提名时每个人会标明是否符合，不符合的不能提名。
        </Text>
        {locked ? <Text className="jx-text-body jx-block jx-locked-note">{locked}</Text> : null}
        <EligibilityEditor
          use="nomination"
          value={value}
          onChange={onChange}
          errors={errors}
          orgRows={orgRows}
          frozen={Boolean(locked)}
          orgNames={{ ...Object.fromEntries(orgRows.map((row) => [row.id, row.name])), ...orgNames }}
        />
      </View>
    </FieldAnchor>
  );
}
