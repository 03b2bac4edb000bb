// 工作台: what waits for the staff member across the organisations they look after, and the way to each task.
import { Text, View } from '@tarojs/components';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { openPage, useShownAgain } from '@/components/navigation/navigation';
import { unionContract } from '@/shared/contracts/union';
import { orgKindLabels } from '@/shared/people/vocabulary';
import { AdminFrame, AdminPending } from './admin-frame';
import { orgLabel } from './labels';
import { ADMIN_PAGES } from './routes';
import './admin.css';

interface Task {
  title: string;
  description: string;
  url: string;
}

const TASKS: Task[] = [
  { title: '入会审核', description: '通过或驳回职工的入会申请', url: ADMIN_PAGES.joinRequests },
  { title: '评选活动', description: '发起工匠评选，提名、审核候选人，推进评选阶段', url: ADMIN_PAGES.campaigns },
  { title: '成员', description: '按组织查看会员，必要时查看完整号码', url: ADMIN_PAGES.members },
  { title: '授权', description: '任命工会干部、评审专家，或撤销授权', url: ADMIN_PAGES.roles },
  { title: '劳模认定', description: '认定劳模、工匠并登记荣誉', url: ADMIN_PAGES.modelWorkers },
  { title: '组织', description: '新建、改名或撤销下级工会', url: ADMIN_PAGES.orgs },
  { title: '邀请码', description: '生成企业工会的入会邀请码', url: ADMIN_PAGES.invites },
  { title: '公示日历', description: '每年的法定节假日和调休，评选公示按工作日计算', url: ADMIN_PAGES.calendar },
  { title: '操作日志', description: '谁在什么时候做了什么、为什么', url: ADMIN_PAGES.audit },
];

export function Workbench() {
  const { state, reload } = useCloudCall(() => callFunction(unionContract, 'workbench', {}), []);
  useShownAgain(reload);

  if (state.status !== 'ready') {
    return <AdminPending title="工作台" state={state} label="正在加载工作台" rows={4} onRetry={reload} />;
  }

  const data = state.data;
  const pending = data.pendingJoinRequests;
  return (
    <AdminFrame title="工作台">
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
          onClick={() => openPage(ADMIN_PAGES.joinRequests)}
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
        {TASKS.map((task) => (
          <View key={task.url} className="jx-task" role="link" onClick={() => openPage(task.url)}>
            <View className="jx-task__text">
              <Text className="jx-text-body jx-task__title">
                {task.title}
                {task.url === ADMIN_PAGES.joinRequests && pending > 0 ? `（${pending} 条待审核）` : ''}
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
