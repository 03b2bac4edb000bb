// The candidate page, where a shared card lands: led by their photo (full screen on a tap) and deeds, then their
// work photos and honours, their votes as the public may see them, 投票, and a way to share or see the campaign.
import { Button } from '@nutui/nutui-react-taro';
import { Image, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { openPage } from '@/components/navigation/navigation';
import { orderedUrls, PhotoThumbs, previewPhotos, usePhotoUrls } from '@/components/photos/photos';
import { selectionContract } from '@/shared/contracts/selection';
import { honourLevelLabels } from '@/shared/people/vocabulary';
import { candidateNumberText } from '@/shared/selection/public-counts';
import { PosterCard } from './poster-card';
import { HomeLink, PublicPending } from './public-pending';
import { campaignUrl, candidateUrl } from './routes';
import { ShareAction, useShareCard } from './share';
import type { Campaign, Candidate } from './texts';
import { votesText } from './vote-texts';
import { useVoting } from './use-voting';
import { RefusalDialog, TodayBar, VoteButton } from './vote-controls';
import './vote.css';
import './candidates.css';

function CandidateBody({ candidate, campaign }: { candidate: Candidate; campaign: Campaign }) {
  const [shown, setShown] = useState(candidate);
  const voting = useVoting(campaign.id, {
    onAccepted: () => {
      if (campaign.rules.countsVisibility === 'live' && shown.votes !== null) {
        setShown({ ...shown, votes: shown.votes + 1 });
      }
    },
  });
  const photos = usePhotoUrls(candidate.photoFileIds);
  const urls = orderedUrls(candidate.photoFileIds, photos.state);
  const photo = urls[0] ?? null;
  const category = campaign.categories.find((item) => item.id === candidate.categoryId);
  const votes = votesText(shown, campaign);
  const ballot = voting.today.status === 'ready' && voting.today.data.ballotSize !== null;
  return (
    <View className="jx-vote-page">
      <View className="jx-card jx-candidate-lead" aria-label="候选人">
        {photo ? (
          <View
            role="button"
            aria-label={`${candidate.name}的照片，点按查看大图`}
            onClick={() => previewPhotos(urls, photo)}
          >
            <Image className="jx-candidate-lead__photo" src={photo} mode="aspectFill" nativeProps={{ alt: '' }} />
          </View>
        ) : null}
        <View className="jx-candidate__line jx-candidate-lead__tags">
          {candidate.number !== null ? (
            <Text className="jx-tag jx-candidate__number">{candidateNumberText(candidate.number)}号</Text>
          ) : null}
          {category ? <Text className="jx-tag">{category.name}</Text> : null}
        </View>
        <Text className="jx-text-hero jx-block">{candidate.name}</Text>
        <Text className="jx-text-body jx-block">{candidate.enterprise}</Text>
        <Text className="jx-text-secondary jx-block">{candidate.trade}</Text>
        {votes ? <Text className="jx-text-title jx-block jx-muted-line">{votes}</Text> : null}
        <Text className="jx-text-secondary jx-block jx-muted-line">{campaign.title}候选人</Text>
        <View className="jx-actions">
          {campaign.stage === 'voting' && !ballot ? (
            <VoteButton candidateId={candidate.id} name={candidate.name} voting={voting} />
          ) : null}
          {campaign.stage === 'voting' && ballot ? (
            <Button className="jx-button" type="primary" onClick={() => openPage(campaignUrl(campaign.id))}>
              去选票上选择
            </Button>
          ) : null}
          <ShareAction
            target={{ title: `${candidate.name}——${campaign.title}候选人`, path: candidateUrl(candidate.id) }}
          />
        </View>
      </View>

      <View className="jx-card" aria-label="主要事迹">
        <Text className="jx-text-title jx-block">主要事迹</Text>
        <Text className="jx-text-body jx-deeds">{candidate.deeds}</Text>
      </View>

      {candidate.photoFileIds.length > 0 ? (
        <View className="jx-card" aria-label="工作照片">
          <Text className="jx-text-title jx-block">工作照片</Text>
          <Text className="jx-text-secondary jx-block jx-muted-line">点按照片全屏查看，可左右滑动。</Text>
          <PhotoThumbs fileIds={candidate.photoFileIds} name={candidate.name} photos={photos} />
        </View>
      ) : null}

      {candidate.honours.length > 0 ? (
        <View className="jx-card" aria-label="荣誉">
          <Text className="jx-text-title jx-block">荣誉</Text>
          {candidate.honours.map((honour) => (
            <Text key={`${honour.title}${honour.year}`} className="jx-text-body jx-block jx-muted-line">
              {honour.year}年 {honour.title}（{honourLevelLabels[honour.level]}）
            </Text>
          ))}
        </View>
      ) : null}

      <PosterCard candidate={candidate} campaign={campaign} photoUrl={photo} />

      <View className="jx-home-link">
        <Button
          block
          className="jx-button"
          type="primary"
          fill="outline"
          onClick={() => openPage(campaignUrl(campaign.id))}
        >
          查看全部候选人
        </Button>
      </View>
      <HomeLink />
      <TodayBar campaign={campaign} voting={voting} />
      <RefusalDialog voting={voting} />
    </View>
  );
}

/** The candidate a page was opened for: by id, or by the short code a scanned poster's scene carries (`k=<code>`). */
async function candidateIdFrom(candidateId: string | undefined, scene: string | undefined): Promise<string> {
  if (candidateId) return candidateId;
  const code = /(?:^|&)k=([A-Za-z0-9]{6,12})(?:&|$)/.exec(decodeURIComponent(scene ?? ''))?.[1];
  if (!code) return '';
  return (await callFunction(selectionContract, 'resolveCode', { code })).candidateId;
}

export function CandidateView({ candidateId, scene }: { candidateId: string | undefined; scene?: string }) {
  const { state, reload } = useCloudCall(async () => {
    const id = await candidateIdFrom(candidateId, scene);
    const candidate = await callFunction(selectionContract, 'candidate', { candidateId: id });
    const campaign = await callFunction(selectionContract, 'campaign', { campaignId: candidate.campaignId });
    return { candidate, campaign };
  }, [candidateId, scene]);
  useShareCard(
    state.status === 'ready'
      ? {
          title: `${state.data.candidate.name}——${state.data.campaign.title}候选人`,
          path: candidateUrl(state.data.candidate.id),
        }
      : null,
  );
  if ((!candidateId && !scene) || state.status !== 'ready') {
    return (
      <PublicPending
        page="jx-vote-page"
        linked={Boolean(candidateId || scene)}
        missing="这位候选人"
        state={state}
        label="正在加载候选人"
        rows={6}
        onRetry={reload}
      />
    );
  }
  return <CandidateBody candidate={state.data.candidate} campaign={state.data.campaign} />;
}
