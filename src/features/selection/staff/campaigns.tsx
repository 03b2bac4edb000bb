// 评选活动 (workbench): the campaigns the staff member organises, and those above them they may nominate into,
// each with its stage and what waits for review; 新建评选活动 for city and district staff.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { openPage, useShownAgain } from '@/components/navigation/navigation';
import { EmptyState, PendingCard } from '@/components/states/states';
import { selectionContract } from '@/shared/contracts/selection';
import { unionContract } from '@/shared/contracts/union';
import { CAMPAIGN_STAFF_KINDS } from '@/shared/people/access';
import { stageLabels } from '@/shared/selection/stages';
import { AdminFrame } from '@/components/staff/admin-frame';
import { ADMIN_PAGES, campaignPage } from './routes';
import '@/components/staff/admin.css';

export function Campaigns() {
  const { state, reload } = useCloudCall(async () => {
    const [{ campaigns }, workbench] = await Promise.all([
      callFunction(selectionContract, 'myCampaigns', {}),
      callFunction(unionContract, 'workbench', {}),
    ]);
    return { campaigns, canCreate: workbench.scopes.some((org) => CAMPAIGN_STAFF_KINDS.includes(org.kind)) };
  }, []);
  useShownAgain(reload);

  return (
    <AdminFrame title="评选活动" intro="你的单位组织的评选，以及你可以提名本单位职工的上级评选。">
      <PendingCard state={state} rows={4} label="正在加载评选活动" onRetry={reload} />
      {state.status === 'ready' && state.data.canCreate ? (
        <View className="jx-more">
          <Button block className="jx-button" type="primary" onClick={() => openPage(ADMIN_PAGES.campaignNew)}>
            新建评选活动
          </Button>
        </View>
      ) : null}
      {state.status === 'ready' && state.data.campaigns.length === 0 ? (
        <View className="jx-card">
          <EmptyState
            title="还没有评选活动。"
            hint={
              state.data.canCreate
                ? '点“新建评选活动”发起一次工匠评选。'
                : '上级工会发起评选后，你可以在这里提名本单位的职工。'
            }
          />
        </View>
      ) : null}
      {state.status === 'ready' && state.data.campaigns.length > 0 ? (
        <View className="jx-card jx-tasks" aria-label="评选活动列表">
          {state.data.campaigns.map((campaign) => (
            <View
              key={campaign.id}
              className="jx-task"
              role="link"
              onClick={() => openPage(campaignPage(campaign.id))}
            >
              <View className="jx-task__text">
                <Text className="jx-text-body jx-task__title">{campaign.title}</Text>
                <Text className="jx-text-secondary jx-block">主办：{campaign.org.name}</Text>
                <View className="jx-roles-line">
                  <Text className="jx-tag jx-tag--brand">{stageLabels[campaign.stage]}</Text>
                  <Text className="jx-tag">{campaign.pendingNominations} 条待审核</Text>
                  <Text className="jx-tag">{campaign.approvedCandidates} 位候选人</Text>
                  {campaign.countHold ? <Text className="jx-tag jx-tag--alert">结果暂停：计票不一致</Text> : null}
                </View>
              </View>
              <Text className="jx-task__chevron" aria-hidden="true">
                ›
              </Text>
            </View>
          ))}
        </View>
      ) : null}
    </AdminFrame>
  );
}
