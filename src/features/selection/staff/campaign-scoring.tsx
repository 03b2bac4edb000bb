// For the organisers, what the expert review needs: in 专家评审, each expert's progress (the result can be produced
// only once all have finished); from 结果产生 on, the way to the public result page.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { openPage, useShownAgain } from '@/components/navigation/navigation';
import { EmptyState, ErrorState, LoadingBlock } from '@/components/states/states';
import { selectionContract } from '@/shared/contracts/selection';
import { resultIsOut } from '@/shared/selection/stages';
import type { StaffCampaign } from './campaign-texts';
import { publicResultPage } from './routes';
import '@/components/staff/admin.css';

type Progress = Awaited<ReturnType<typeof loadProgress>>;

const loadProgress = (campaignId: string) => callFunction(selectionContract, 'scoringProgress', { campaignId });

/** `1 位专家未完成，完成后才能产生结果`, or that all have finished. */
export function progressSummary(progress: Progress): string {
  const missing = progress.experts.filter((expert) => !expert.finished).length;
  if (progress.experts.length === 0) return '本次评选还没有评审专家，请先在“授权”中添加专家。';
  if (missing === 0) return `${progress.experts.length} 位专家已全部完成评分，可以进入“结果产生”。`;
  return `${progress.experts.length} 位专家中还有 ${missing} 位未完成评分。全部专家完成后才能进入“结果产生”。`;
}

function ScoringProgress({ campaign }: { campaign: StaffCampaign }) {
  const { state, reload } = useCloudCall(() => loadProgress(campaign.id), [campaign.id]);
  useShownAgain(reload);
  return (
    <View className="jx-card" aria-label="专家评审进度">
      <Text className="jx-text-title jx-block">专家评审进度</Text>
      {state.status === 'loading' ? <LoadingBlock rows={3} shape="list" label="正在加载评审进度" /> : null}
      {state.status === 'error' ? <ErrorState error={state.error} onRetry={reload} /> : null}
      {state.status === 'ready' ? (
        <>
          <Text className="jx-text-body jx-block jx-admin__intro">{progressSummary(state.data)}</Text>
          {state.data.experts.length === 0 ? <EmptyState title="还没有评审专家。" /> : null}
          {state.data.experts.map((expert) => {
            const missing = Math.max(0, state.data.candidates - expert.scored);
            return (
              <View key={expert.name} className="jx-grant" aria-label={`${expert.name}的评分进度`}>
                <View className="jx-grant__text">
                  <Text className="jx-text-body jx-block jx-task__title">{expert.name}</Text>
                  <Text className="jx-text-secondary jx-block">
                    已评 {expert.scored}/{state.data.candidates} 位{missing > 0 ? `，还差 ${missing} 位` : ''}
                  </Text>
                </View>
                <Text className={`jx-tag${expert.finished ? ' jx-tag--success' : ' jx-tag--brand'}`}>
                  {expert.finished ? '✓ 已完成' : '未完成'}
                </Text>
              </View>
            );
          })}
          <View className="jx-actions">
            <Button className="jx-button" fill="outline" onClick={reload}>
              刷新进度
            </Button>
          </View>
        </>
      ) : null}
    </View>
  );
}

export function CampaignScoring({ campaign }: { campaign: StaffCampaign }) {
  if (!campaign.organiser) return null;
  if (campaign.stage === 'scoring') return <ScoringProgress campaign={campaign} />;
  if (!resultIsOut(campaign.stage)) return null;
  return (
    <View className="jx-card" aria-label="评选结果">
      <Text className="jx-text-title jx-block">评选结果</Text>
      <Text className="jx-text-secondary jx-block jx-admin__intro">
        结果已按公布的计分方法产生并锁定，公众可以在评选结果页查看每位候选人的得票、专家平均分和综合得分。
      </Text>
      <View className="jx-actions">
        <Button className="jx-button" type="primary" onClick={() => openPage(publicResultPage(campaign.id))}>
          查看公开的评选结果
        </Button>
      </View>
    </View>
  );
}
