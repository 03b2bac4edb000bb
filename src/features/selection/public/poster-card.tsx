// 分享海报: the candidate's poster as a picture (photo, name, 编号, campaign and the mini-program code that opens their
// page), drawn on the phone, then sent to a chat or saved to the album — or, in a browser, downloaded.
import { Button } from '@nutui/nutui-react-taro';
import { Image, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError } from '@/cloud/use-cloud-call';
import { DoneText, ErrorText } from '@/components/form/messages';
import { createPictureCanvas, pictureOutlet } from '@/platform/poster-canvas';
import { selectionContract } from '@/shared/contracts/selection';
import { candidateNumberText } from '@/shared/selection/public-counts';
import { drawPoster, POSTER_HEIGHT, POSTER_WIDTH, type PosterContent } from './poster-layout';
import type { Campaign, Candidate } from './texts';

type PosterState =
  | { status: 'idle' | 'drawing' }
  | { status: 'error'; message: string }
  | { status: 'ready'; picture: string; saved?: string; failed?: string };

function posterContent(candidate: Candidate, campaign: Campaign): PosterContent {
  const category =
    campaign.categories.length > 1 ? campaign.categories.find((item) => item.id === candidate.categoryId) : undefined;
  return {
    campaignTitle: campaign.title,
    orgName: campaign.org.name,
    name: candidate.name,
    number: candidate.number === null ? null : candidateNumberText(candidate.number),
    enterprise: candidate.enterprise,
    detail: [candidate.trade, category?.name].filter(Boolean).join(' · '),
  };
}

/** Draws the poster; a photo that will not load leaves the initial in its place rather than no poster at all. */
async function makePoster(candidate: Candidate, campaign: Campaign, photoUrl: string | null): Promise<string> {
  const { codeImage } = await callFunction(selectionContract, 'candidateCode', { candidateId: candidate.id });
  const canvas = createPictureCanvas(POSTER_WIDTH, POSTER_HEIGHT);
  const [code, photo] = await Promise.all([
    canvas.loadImage(codeImage),
    photoUrl ? canvas.loadImage(photoUrl).catch(() => null) : Promise.resolve(null),
  ]);
  drawPoster(canvas.context, posterContent(candidate, campaign), { photo, code });
  return canvas.finish(posterFileName(candidate));
}

const posterFileName = (candidate: Candidate) =>
  `${candidate.number === null ? '' : `${candidateNumberText(candidate.number)}号`}${candidate.name}-海报.png`;

export function PosterCard({
  candidate,
  campaign,
  photoUrl,
}: {
  candidate: Candidate;
  campaign: Campaign;
  /** The candidate's first photo, once its URL is known. */
  photoUrl: string | null;
}) {
  const [poster, setPoster] = useState<PosterState>({ status: 'idle' });
  const make = async () => {
    setPoster({ status: 'drawing' });
    try {
      setPoster({ status: 'ready', picture: await makePoster(candidate, campaign, photoUrl) });
    } catch (error) {
      setPoster({ status: 'error', message: asCloudError(error).message });
    }
  };
  const hand = async (how: 'share' | 'save', picture: string) => {
    try {
      if (how === 'share') {
        await pictureOutlet.share?.(picture);
        return;
      }
      const where = await pictureOutlet.save(picture, posterFileName(candidate));
      if (where) setPoster({ status: 'ready', picture, saved: where });
    } catch (error) {
      setPoster({ status: 'ready', picture, failed: asCloudError(error).message });
    }
  };
  return (
    <View className="jx-card" aria-label="海报">
      <Text className="jx-text-title jx-block">分享海报</Text>
      {poster.status === 'ready' ? (
        <>
          <View aria-label={`${candidate.name}的海报`} role="img">
            <Image
              className="jx-poster__image"
              src={poster.picture}
              mode="widthFix"
              showMenuByLongpress
              nativeProps={{ alt: `${candidate.name}的海报` }}
            />
          </View>
          <Text className="jx-text-secondary jx-block jx-muted-line">
            海报为A4大小（{POSTER_WIDTH}×{POSTER_HEIGHT}像素），可转发到群聊，也可打印张贴。
          </Text>
          {poster.saved ? <DoneText>{poster.saved}</DoneText> : null}
          {poster.failed ? <ErrorText>{poster.failed}</ErrorText> : null}
          <View className="jx-actions">
            {pictureOutlet.share ? (
              <Button className="jx-button" type="primary" onClick={() => void hand('share', poster.picture)}>
                发送给朋友
              </Button>
            ) : null}
            <Button className="jx-button" fill="outline" onClick={() => void hand('save', poster.picture)}>
              {pictureOutlet.share ? '保存到相册' : '保存图片'}
            </Button>
          </View>
        </>
      ) : (
        <>
          <Text className="jx-text-secondary jx-block jx-muted-line">
            生成一张带照片和小程序码的海报，别人微信一扫就能看到候选人的事迹。
          </Text>
          {poster.status === 'error' ? <ErrorText>{poster.message}</ErrorText> : null}
          <View className="jx-actions">
            <Button
              className="jx-button"
              fill="outline"
              loading={poster.status === 'drawing'}
              onClick={() => void make()}
            >
              {poster.status === 'drawing' ? '正在生成海报' : '生成海报'}
            </Button>
          </View>
        </>
      )}
    </View>
  );
}
