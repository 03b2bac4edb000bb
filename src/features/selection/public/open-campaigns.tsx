// 首页 and 活动: the selections the public can follow now — candidates published or voting open, and those still
// taking nominations (推荐提名) — each a link to its campaign page, or once there is a result to the result (in 公示 to
// the 公示 page).
import { Text, View } from '@tarojs/components';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { openPage, useShownAgain } from '@/components/navigation/navigation';
import { EmptyState, ErrorState, LoadingBlock } from '@/components/states/states';
import { selectionContract } from '@/shared/contracts/selection';
import { isPublic } from '@/shared/selection/stages';
import { outcomeLink } from './outcome-texts';
import { campaignUrl } from './routes';
import { stageBadge, stageNote, type Campaign } from './texts';
import './open-campaigns.css';

/** Campaigns worth showing: taking nominations, or public and not yet past 公示. */
export function openCampaigns(campaigns: readonly Campaign[]): Campaign[] {
  return campaigns.filter(
    (campaign) =>
      campaign.stage === 'nomination' ||
      campaign.stage === 'review' ||
      (isPublic(campaign.stage) && campaign.stage !== 'final'),
  );
}

export function OpenCampaigns({ emptyTitle, emptyHint }: { emptyTitle: string; emptyHint: string }) {
  const { state, reload } = useCloudCall(() => callFunction(selectionContract, 'campaigns', {}), []);
  useShownAgain(reload);
  if (state.status === 'loading') return <LoadingBlock rows={2} shape="list" label="正在加载评选活动" />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={reload} />;
  const shown = openCampaigns(state.data.campaigns);
  if (shown.length === 0) return <EmptyState title={emptyTitle} hint={emptyHint} />;
  return (
    <View aria-label="评选活动">
      {shown.map((campaign) => (
        <View
          key={campaign.id}
          className="jx-campaign-link"
          role="link"
          onClick={() => openPage(outcomeLink(campaign)?.url ?? campaignUrl(campaign.id))}
        >
          <View className="jx-campaign-link__text">
            <Text className="jx-text-body jx-block jx-campaign-link__title">{campaign.title}</Text>
            <View className="jx-muted-line">
              <Text
                className={`jx-tag${campaign.stage === 'voting' || campaign.stage === 'publicity' ? ' jx-tag--brand' : ''}`}
              >
                {stageBadge(campaign.stage)}
              </Text>
              <Text className="jx-text-secondary">{campaign.org.name}</Text>
            </View>
            <Text className="jx-text-secondary jx-block jx-muted-line">{stageNote(campaign)}</Text>
          </View>
          <Text className="jx-campaign-link__chevron" aria-hidden="true">
            ›
          </Text>
        </View>
      ))}
    </View>
  );
}
