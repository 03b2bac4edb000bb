// 组织: the caller's part of the union tree, indented, with each node's kind and members; create a child of the
// kinds its kind allows, rename with a reason, retire with a reason (only from above: not one's own node).
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useMemo, useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { CloudError } from '@/cloud/cloud-error';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { ReasonDialog } from '@/components/dialog/dialog';
import { ChoiceField, TextField } from '@/components/form/fields';
import { EmptyState, ErrorState, LoadingBlock } from '@/components/states/states';
import { unionContract } from '@/shared/contracts/union';
import { childKinds, orgKindLabels, type OrgKind } from '@/shared/people/vocabulary';
import { AdminFrame } from '@/components/staff/admin-frame';
import { treeRows, type TreeRow } from '@/components/staff/org-tree';
import '@/components/staff/admin.css';

type Editing = { mode: 'create' | 'rename' | 'retire'; row: TreeRow } | null;

const checkName = (name: string) => {
  const length = name.trim().length;
  if (length < 2 || length > 40) throw new CloudError('INVALID_INPUT', '请填写组织名称（2到40个字）', 'name');
};

export function Orgs() {
  const { state, reload } = useCloudCall(() => callFunction(unionContract, 'orgTree', {}), []);
  const rows = useMemo(() => (state.status === 'ready' ? treeRows(state.data.orgs) : []), [state]);
  const [editing, setEditing] = useState<Editing>(null);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrgKind | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const open = (mode: 'create' | 'rename' | 'retire', row: TreeRow) => {
    setEditing({ mode, row });
    setName(mode === 'rename' ? row.name : '');
    const kinds = childKinds[row.kind];
    setKind(mode === 'create' && kinds.length === 1 ? kinds[0]! : null);
  };
  const finish = (message: string) => {
    setEditing(null);
    setDone(message);
    reload();
  };

  const row = editing?.row;
  return (
    <AdminFrame title="组织" intro="你负责的组织及其下级。改名和撤销须写明原因，会记入操作日志。">
      {done ? (
        <View className="jx-card" role="status">
          <Text className="jx-text-success">✓ {done}</Text>
        </View>
      ) : null}
      <View className="jx-card" aria-label="组织树">
        {state.status === 'loading' ? <LoadingBlock rows={5} shape="list" label="正在加载组织" /> : null}
        {state.status === 'error' ? <ErrorState error={state.error} onRetry={reload} /> : null}
        {state.status === 'ready' && rows.length === 0 ? (
          <EmptyState title="你还没有负责的组织。" hint="请联系上级工会为你授权。" />
        ) : null}
        {rows.map((node) => {
          const active = node.status === 'active';
          return (
            <View key={node.id} className={`jx-tree-node jx-depth-${Math.min(node.depth, 3)}`} aria-label={node.name}>
              <Text className="jx-text-body jx-tree-node__name">{node.name}</Text>
              <View className="jx-tree-node__meta">
                <Text className="jx-tag">{orgKindLabels[node.kind]}</Text>
                <Text className="jx-text-secondary">{node.memberCount} 人</Text>
                {!active ? <Text className="jx-tag jx-tag--brand jx-tree-node__retired">已撤销</Text> : null}
              </View>
              {active ? (
                <View className="jx-actions jx-tree-node__actions">
                  {childKinds[node.kind].length > 0 ? (
                    <Button
                      className="jx-button"
                      fill="outline"
                      onClick={() => open('create', node)}
                      aria-label={`在${node.name}下新建组织`}
                    >
                      新建下级
                    </Button>
                  ) : null}
                  <Button
                    className="jx-button"
                    fill="outline"
                    onClick={() => open('rename', node)}
                    aria-label={`给${node.name}改名`}
                  >
                    改名
                  </Button>
                  {!node.isScopeRoot ? (
                    <Button
                      className="jx-button"
                      fill="outline"
                      onClick={() => open('retire', node)}
                      aria-label={`撤销${node.name}`}
                    >
                      撤销
                    </Button>
                  ) : null}
                </View>
              ) : null}
            </View>
          );
        })}
      </View>

      <ReasonDialog
        open={editing?.mode === 'create'}
        title={row ? `在${row.name}下新建组织` : '新建组织'}
        reason="none"
        confirmText="新建"
        fields={['name', 'kind']}
        onCancel={() => setEditing(null)}
        onConfirm={async () => {
          if (!row) return;
          checkName(name);
          if (!kind) throw new CloudError('INVALID_INPUT', '请选择组织类型', 'kind');
          const created = await callFunction(unionContract, 'createOrg', {
            parentId: row.id,
            name: name.trim(),
            kind,
          });
          finish(`已新建 ${created.name}`);
        }}
      >
        {(errorOf) => (
          <>
            <TextField
              label="名称"
              value={name}
              onChange={setName}
              error={errorOf('name')}
              maxLength={40}
              placeholder="如 某某有限公司工会"
            />
            {row ? (
              <ChoiceField
                label="类型"
                choices={childKinds[row.kind].map((value) => ({ value, label: orgKindLabels[value] }))}
                value={kind}
                onChange={setKind}
                error={errorOf('kind')}
              />
            ) : null}
          </>
        )}
      </ReasonDialog>

      <ReasonDialog
        open={editing?.mode === 'rename'}
        title={row ? `给${row.name}改名` : '改名'}
        reasonLabel="改名原因"
        confirmText="改名"
        fields={['name']}
        onCancel={() => setEditing(null)}
        onConfirm={async (reason) => {
          if (!row) return;
          checkName(name);
          const renamed = await callFunction(unionContract, 'renameOrg', {
            orgId: row.id,
            name: name.trim(),
            reason,
          });
          finish(`已改名为 ${renamed.name}`);
        }}
      >
        {(errorOf) => (
          <TextField label="新名称" value={name} onChange={setName} error={errorOf('name')} maxLength={40} />
        )}
      </ReasonDialog>

      <ReasonDialog
        open={editing?.mode === 'retire'}
        title={row ? `撤销${row.name}` : '撤销组织'}
        description="撤销后不能再加入这个组织，已有的记录保留。有下级组织的，须先撤销下级。"
        reasonLabel="撤销原因"
        confirmText="确认撤销"
        onCancel={() => setEditing(null)}
        onConfirm={async (reason) => {
          if (!row) return;
          const retired = await callFunction(unionContract, 'retireOrg', { orgId: row.id, reason });
          finish(`已撤销 ${retired.name}`);
        }}
      />
    </AdminFrame>
  );
}
