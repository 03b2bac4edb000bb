// 首页 and 活动: the selections the public can follow now — candidates published or voting open, and those still
// taking nominations (推荐提名) — each a link to its campaign page, or once there is a result to the result (in 公示 to
// the 公示 page).
import { Image, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { files } from '@/cloud/files';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { openPage, useShownAgain } from '@/components/navigation/navigation';
import { EmptyState, ErrorState, LoadingBlock } from '@/components/states/states';
import { campaignListContract } from '@/shared/contracts/selection/campaign-list';
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

/**
 * Every cover's address, in one request (the function sends only covers the image check passed); a cover whose
 * address fails is left out. Not the photo components' hook: that would bring them into the main package.
 */
function useCoverUrls(fileIds: readonly string[]): Record<string, string> {
  const key = fileIds.join('\n');
  const [urls, setUrls] = useState<Record<string, string>>({});
  useEffect(() => {
    if (!key) return;
    let live = true;
    files.fileUrls(key.split('\n')).then(
      (found) => live && setUrls(found),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [key]);
  return urls;
}

export function OpenCampaigns({ emptyTitle, emptyHint }: { emptyTitle: string; emptyHint: string }) {
  const { state, reload } = useCloudCall(() => callFunction(campaignListContract, 'campaigns', {}), []);
  useShownAgain(reload);
  const shown = state.status === 'ready' ? openCampaigns(state.data.campaigns) : [];
  const covers = useCoverUrls(shown.flatMap((campaign) => (campaign.coverImage ? [campaign.coverImage] : [])));
  if (state.status === 'loading') return <LoadingBlock rows={2} shape="list" label="正在加载评选活动" />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={reload} />;
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
          {campaign.coverImage && covers[campaign.coverImage] ? (
            <Image
              className="jx-campaign-link__cover"
              src={covers[campaign.coverImage]!}
              mode="aspectFill"
              nativeProps={{ alt: `${campaign.title}封面` }}
            />
          ) : null}
          <View className="jx-campaign-link__text">
            <Text className="jx-text-body jx-block jx-campaign-link__title">{campaign.title}</Text>
            {campaign.description ? (
              <Text className="jx-text-secondary jx-block jx-campaign-link__description">{campaign.description}</Text>
            ) : null}
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
