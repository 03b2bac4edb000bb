// One campaign for its staff: where it stands and 进入下一阶段 (with a reason, from the stage seen), the
// nominations (campaign-nominations.tsx), and the way to 提名 a worker. Staff of a union below the organiser see it
// too, to nominate into it and follow their nominations; only the organisers move it on and review.
import { Button } from '@nutui/nutui-react-taro';
import { Image, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { ReasonDialog } from '@/components/dialog/dialog';
import { DoneText } from '@/components/form/messages';
import { openPage, useShownAgain } from '@/components/navigation/navigation';
import { orderedUrls, usePhotoUrls } from '@/components/photos/photos';
import { StageTimeline } from '@/components/stage-timeline/stage-timeline';
import { selectionContract } from '@/shared/contracts/selection';
import { isPublic, stageLabels, votingHasOpened } from '@/shared/selection/stages';
import { AdminFrame, AdminPending } from '@/components/staff/admin-frame';
import { Nominations } from './campaign-nominations';
import { CampaignExports } from './campaign-exports';
import { CampaignObjections } from './campaign-objections';
import { CampaignScoring } from './campaign-scoring';
import { nextStageLabel, rulesLine, type StaffCampaign } from './campaign-texts';
import { campaignEditPage, integrityPage, nominatePage, publicCampaignPage } from './routes';
import '@/components/staff/admin.css';
import './campaign-about.css';

/**
 * What the public reads at the top of the voting page — the cover and the description — as staff check it, with
 * where the cover's image check stands (the public sees the cover only once it passed).
 */
function CampaignAbout({ campaign }: { campaign: StaffCampaign }) {
  const cover = campaign.coverImage ?? null;
  const { state } = usePhotoUrls(cover ? [cover] : []);
  const url = cover ? orderedUrls([cover], state)[0] : undefined;
  const hold = campaign.coverHold;
  return (
    <View className="jx-card" aria-label="活动介绍">
      <Text className="jx-text-title jx-block">活动介绍</Text>
      {url ? (
        <Image
          className="jx-campaign-about__cover"
          src={url}
          mode="aspectFill"
          nativeProps={{ alt: `${campaign.title}封面` }}
        />
      ) : null}
      {hold ? (
        <Text
          className={`jx-block jx-admin__line ${hold.state === 'refused' ? 'jx-text-error' : 'jx-text-secondary'}`}
        >
          {hold.state === 'checking'
            ? '封面图片正在进行内容安全检测，通过后公众才能看到'
            : `封面图片未通过内容安全检测（${hold.reason ?? '未说明'}），请在修改活动里换一张`}
        </Text>
      ) : !cover ? (
        <Text className="jx-text-secondary jx-block jx-admin__line">还没有封面图片，可在修改活动里上传。</Text>
      ) : null}
      <Text className="jx-text-body jx-block jx-admin__line jx-campaign-about__text">
        {campaign.description || '还没有活动简介，可在修改活动里填写。'}
      </Text>
    </View>
  );
}

const loadCampaign = (campaignId: string) => callFunction(selectionContract, 'staffCampaign', { campaignId });

export function CampaignDetail({ campaignId }: { campaignId: string | undefined }) {
  const { state, reload, replace } = useCloudCall(() => loadCampaign(campaignId ?? ''), [campaignId]);
  const [advancing, setAdvancing] = useState(false);
  const [moved, setMoved] = useState<string | null>(null);
  // Back from 修改活动 (or anywhere else), show the campaign as it is now.
  useShownAgain(() => {
    if (campaignId) loadCampaign(campaignId).then(replace, () => undefined);
  });

  if (state.status !== 'ready') {
    return <AdminPending title="评选活动" state={state} label="正在加载评选活动" onRetry={reload} />;
  }
  const campaign = state.data;
  const next = campaign.organiser ? nextStageLabel(campaign) : null;
  const refresh = () => {
    loadCampaign(campaign.id).then(replace, () => undefined);
  };

  const advance = async (reason: string) => {
    const updated = await callFunction(selectionContract, 'advanceStage', {
      campaignId: campaign.id,
      from: campaign.stage,
      reason,
    });
    replace(updated);
    setMoved(`✓ 已进入“${stageLabels[updated.stage]}”阶段`);
    setAdvancing(false);
  };

  return (
    <AdminFrame title={campaign.title} intro={`主办：${campaign.org.name}`}>
      <View className="jx-card" aria-label="评选阶段">
        <Text className="jx-text-title jx-block">当前阶段：{stageLabels[campaign.stage]}</Text>
        <View className="jx-roles-line">
          <Text className="jx-tag">{campaign.pendingNominations} 条提名待审核</Text>
          <Text className="jx-tag">{campaign.approvedCandidates} 位候选人</Text>
          <Text className="jx-tag">{campaign.rulesFrozen ? '规则已锁定' : '规则可修改'}</Text>
        </View>
        <Text className="jx-text-secondary jx-block jx-admin__line">{rulesLine(campaign)}</Text>
        <Text className="jx-text-secondary jx-block">
          类别：{campaign.categories.map((category) => `${category.name}（${category.places} 名）`).join('、')}
        </Text>
        {campaign.countHold ? (
          <View className="jx-warning" role="alert" aria-label="结果产生已暂停">
            <Text className="jx-text-body jx-block jx-warning__title">⚠ 结果产生已暂停：计票核对不一致</Text>
            <Text className="jx-text-body jx-block">
              {campaign.countHold.summary}。请到投票监督核查，处理后将按日程自动产生结果。
            </Text>
          </View>
        ) : null}
        {moved ? <DoneText className="jx-admin__line">{moved}</DoneText> : null}
        <View className="jx-actions">
          {next ? (
            <Button className="jx-button" type="primary" onClick={() => setAdvancing(true)}>
              进入下一阶段（{next}）
            </Button>
          ) : null}
          {campaign.organiser && campaign.stage !== 'final' ? (
            <Button className="jx-button" fill="outline" onClick={() => openPage(campaignEditPage(campaign.id))}>
              修改活动
            </Button>
          ) : null}
          {campaign.stage === 'nomination' ? (
            <Button className="jx-button" fill="outline" onClick={() => openPage(nominatePage(campaign.id))}>
              提名候选人
            </Button>
          ) : null}
          {campaign.organiser && votingHasOpened(campaign.stage) ? (
            <Button className="jx-button" fill="outline" onClick={() => openPage(integrityPage(campaign.id))}>
              投票监督
            </Button>
          ) : null}
          {isPublic(campaign.stage) ? (
            <Button className="jx-button" fill="outline" onClick={() => openPage(publicCampaignPage(campaign.id))}>
              查看公开页面
            </Button>
          ) : null}
        </View>
        <StageTimeline stage={campaign.stage} schedule={campaign.schedule} />
      </View>
      <CampaignAbout campaign={campaign} />

      <CampaignScoring campaign={campaign} />
      <CampaignObjections campaign={campaign} />
      <CampaignExports campaign={campaign} />
      <Nominations campaign={campaign} onReviewed={refresh} />

      <ReasonDialog
        open={advancing}
        title="进入下一阶段"
        description={
          <>
            从“{stageLabels[campaign.stage]}”进入“{next}”，现在就开始，不等计划日期。
            {next === '候选人公布' && campaign.pendingNominations > 0
              ? `还有 ${campaign.pendingNominations} 条提名待审核，审核完毕后才能公布候选人。`
              : ''}
            {next === '公众投票' ? '投票开始后投票规则不能再改。' : ''}
          </>
        }
        reasonLabel="原因"
        confirmText="确认进入"
        onCancel={() => setAdvancing(false)}
        onConfirm={advance}
      />
    </AdminFrame>
  );
}
