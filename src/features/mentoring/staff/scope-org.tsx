// The organisation a staff table of 师带徒 looks under (the cadence table, 宣讲团): the caller's part of the union
// tree, its top first and picked to begin with, so the page shows everything the caller looks after until they
// narrow it to a district or an enterprise. The server checks the pick again (requireOver).
import { useEffect, useMemo, useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall, type CloudCallState } from '@/cloud/use-cloud-call';
import { SearchPickField } from '@/components/form/search-pick-field';
import { treeRows, type TreeRow } from '@/components/staff/org-tree';
import { unionContract } from '@/shared/contracts/union';

export interface ScopeOrgs {
  /** Loading until an organisation is picked (so no list is asked for, or shown empty, before), or what failed. */
  state: CloudCallState<unknown>;
  ready: boolean;
  rows: TreeRow[];
  orgId: string | null;
  setOrgId: (orgId: string) => void;
  reload: () => void;
}

export function useScopeOrgs(): ScopeOrgs {
  const { state, reload } = useCloudCall(() => callFunction(unionContract, 'orgTree', {}), []);
  const rows = useMemo(() => (state.status === 'ready' ? treeRows(state.data.orgs) : []), [state]);
  const [orgId, setOrgId] = useState<string | null>(null);
  // The caller's top organisation until they pick another.
  useEffect(() => {
    if (orgId === null && rows.length > 0) setOrgId(rows[0]!.id);
  }, [rows, orgId]);
  const ready = state.status === 'ready' && orgId !== null;
  return {
    state: ready || state.status !== 'ready' ? state : { status: 'loading' },
    ready,
    rows,
    orgId,
    setOrgId,
    reload,
  };
}

export function ScopeOrgField({ scope, hint }: { scope: ScopeOrgs; hint?: string }) {
  // Drawn once the top organisation is picked, so the field starts closed on it (it opens itself while empty).
  if (scope.rows.length <= 1 || scope.orgId === null) return null;
  return (
    <SearchPickField<string>
      label="单位"
      choices={scope.rows.map((row) => ({ value: row.id, label: row.name }))}
      value={scope.orgId}
      onChange={scope.setOrgId}
      hint={hint ?? '选区县或企业，只看它和下级单位'}
    />
  );
}
