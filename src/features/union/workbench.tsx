// 工作台: what waits for the staff member across the organisations they look after, and the way to each task.
import { Text, View } from '@tarojs/components';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { openPage, useShownAgain } from '@/components/navigation/navigation';
import { unionContract } from '@/shared/contracts/union';
import { orgKindLabels } from '@/shared/people/vocabulary';
import { AdminFrame, AdminPending } from '@/components/staff/admin-frame';
import { orgLabel } from '@/components/staff/labels';
import type { StaffTask, StaffTodo, StaffTodoSource } from '@/components/staff/staff-task';
import { PAGES } from '@/shared/routes';
import '@/components/staff/admin.css';

// One empty list for a 工作台 given no sources: a fresh `[]` each render would reload the to-dos on every render.
const NO_TODOS: readonly StaffTodoSource[] = [];

/** Every feature's to-dos for the caller; a feature whose source fails leaves its to-dos out, not the 工作台. */
async function loadTodos(sources: readonly StaffTodoSource[]): Promise<StaffTodo[]> {
  const lists = await Promise.all(sources.map((source) => source().catch(() => [])));
  return lists.flat().filter((todo) => todo.count > 0);
}

/**
 * The 工作台, with the tasks every feature offers staff and the to-dos they have for the caller (put together by
 * the page). A task marked for some kinds of union is offered only to staff at one of them.
 */
export function Workbench({
  tasks,
  todos = NO_TODOS,
}: {
  tasks: readonly StaffTask[];
  todos?: readonly StaffTodoSource[];
}) {
  const { state, reload } = useCloudCall(() => callFunction(unionContract, 'workbench', {}), []);
  const waiting = useCloudCall(() => loadTodos(todos), [todos]);
  useShownAgain(() => {
    reload();
    waiting.reload();
  });

  if (state.status !== 'ready') {
    return (
      <AdminPending title="工作台" state={state} label="正在加载工作台" rows={4} shape="list" onRetry={reload} />
    );
  }

  const data = state.data;
  const pending = data.pendingJoinRequests;
  const kinds = new Set(data.scopes.map((scope) => scope.kind));
  const ordered = tasks
    .filter((task) => !task.forKinds || task.forKinds.some((kind) => kinds.has(kind)))
    .sort((a, b) => a.order - b.order);
  const todoList = waiting.state.status === 'ready' ? waiting.state.data : [];
  return (
    <AdminFrame title="工作台">
      {todoList.length > 0 ? (
        <View className="jx-card jx-tasks" aria-label="待办">
          <Text className="jx-text-title jx-block">待办</Text>
          {todoList.map((todo) => (
            <View key={todo.title} className="jx-task jx-task--todo" role="link" onClick={() => openPage(todo.url)}>
              <View className="jx-task__text">
                <Text className="jx-text-body jx-task__title">
                  {todo.title}
                  <Text className="jx-tag jx-tag--alert jx-task__count">{todo.count}</Text>
                </Text>
                <Text className="jx-text-secondary jx-block">{todo.description}</Text>
              </View>
              <Text className="jx-task__chevron" aria-hidden="true">
                ›
              </Text>
            </View>
          ))}
        </View>
      ) : null}
      <View className="jx-card" aria-label="你负责的组织">
        <Text className="jx-text-title jx-block">你负责的组织</Text>
        {data.scopes.map((org) => (
          <View key={org.id} className="jx-scope">
            <Text className="jx-text-body jx-block">{orgLabel(org)}</Text>
            <Text className="jx-text-secondary jx-block">{orgKindLabels[org.kind]}</Text>
          </View>
        ))}
      </View>

      <View className="jx-stats" aria-label="概况">
        <View
          className={`jx-stat jx-stat--link${pending > 0 ? ' jx-stat--alert' : ''}`}
          role="link"
          onClick={() => openPage(PAGES.admin.joinRequests)}
        >
          <Text className="jx-stat__number">
            {pending}
            <Text className="jx-stat__unit"> 条</Text>
          </Text>
          <Text className="jx-text-secondary jx-block">待审核申请</Text>
        </View>
        <View className="jx-stat">
          <Text className="jx-stat__number">
            {data.members}
            <Text className="jx-stat__unit"> 人</Text>
          </Text>
          <Text className="jx-text-secondary jx-block">成员</Text>
        </View>
        <View className="jx-stat">
          <Text className="jx-stat__number">
            {data.organisations}
            <Text className="jx-stat__unit"> 个</Text>
          </Text>
          <Text className="jx-text-secondary jx-block">组织</Text>
        </View>
      </View>

      <View className="jx-card jx-tasks" aria-label="工作">
        {ordered.map((task) => (
          <View key={task.url} className="jx-task" role="link" onClick={() => openPage(task.url)}>
            <View className="jx-task__text">
              <Text className="jx-text-body jx-task__title">
                {task.title}
                {task.url === PAGES.admin.joinRequests && pending > 0 ? `（${pending} 条待审核）` : ''}
              </Text>
              <Text className="jx-text-secondary jx-block">{task.description}</Text>
            </View>
            <Text className="jx-task__chevron" aria-hidden="true">
              ›
            </Text>
          </View>
        ))}
      </View>
    </AdminFrame>
  );
}
