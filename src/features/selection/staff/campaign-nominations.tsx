// The nominations of one campaign, by status: the organisers review them (通过 / 退回修改 / 不通过); a nominating
// union sees those of its own people.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { ReasonDialog } from '@/components/dialog/dialog';
import { formatDateTime } from '@/components/format/format';
import { useShownAgain } from '@/components/navigation/navigation';
import { PhotoGallery } from '@/components/photos/photos';
import { EmptyState, PendingCard } from '@/components/states/states';
import { selectionContract } from '@/shared/contracts/selection';
import { honourLevelLabels } from '@/shared/people/vocabulary';
import { nominationStatusLabels, type Nomination, type NominationStatus, type StaffCampaign } from './campaign-texts';
import { DisqualifyAction } from './disqualify';
import { MoreButton } from '@/components/staff/more-button';
import { CorrectButton, ReturnedReason } from './nomination-correction';
import { HeldTag, HeldTextNote, ImageHoldsNote, textHoldOf } from '@/components/content/held-content';
import { HeldTextActions } from './held-text-decision';
import { usePaged } from '@/cloud/use-paged';
import { Tabs } from '@/components/staff/tabs';
import '@/components/staff/admin.css';

type Decision = 'approve' | 'return' | 'reject';

const TABS: { value: NominationStatus; label: string }[] = [
  { value: 'submitted', label: '待审核' },
  { value: 'approved', label: '已通过' },
  { value: 'returned', label: '退回修改' },
  { value: 'rejected', label: '不通过' },
];

const DECISIONS: Record<
  Decision,
  { title: string; confirm: string; reason: 'optional' | 'required'; label: string }
> = {
  approve: { title: '通过提名', confirm: '确认通过', reason: 'optional', label: '备注' },
  return: { title: '退回修改', confirm: '确认退回', reason: 'required', label: '需要修改的地方' },
  reject: { title: '不通过', confirm: '确认不通过', reason: 'required', label: '不通过的原因' },
};

const EMPTY: Record<NominationStatus, string> = {
  submitted: '目前没有待审核的提名。',
  approved: '还没有审核通过的提名。',
  returned: '没有退回修改的提名。',
  rejected: '没有不通过的提名。',
  disqualified: '没有取消资格的候选人。',
};

function NominationCard({
  nomination,
  campaign,
  onDecide,
  onChanged,
}: {
  nomination: Nomination;
  campaign: StaffCampaign;
  onDecide: (decision: Decision) => void;
  onChanged: (changed: Nomination) => void;
}) {
  const category = campaign.categories.find((item) => item.id === nomination.categoryId);
  const reviewable =
    campaign.organiser &&
    nomination.status === 'submitted' &&
    (campaign.stage === 'nomination' || campaign.stage === 'review');
  const deedsHold = textHoldOf(nomination.content, 'deeds');
  const honoursHold = textHoldOf(nomination.content, 'honours');
  return (
    <View className="jx-card" aria-label={`${nomination.name}的提名`}>
      <Text className="jx-text-title jx-block">
        {nomination.name}
        <Text className="jx-tag jx-title-tag">{nominationStatusLabels[nomination.status]}</Text>
      </Text>
      <Text className="jx-text-body jx-block">
        {nomination.enterprise} · {nomination.trade}
      </Text>
      <ReturnedReason nomination={nomination} />
      <Text className="jx-text-secondary jx-block">类别：{category?.name ?? '—'}</Text>
      <Text className="jx-text-secondary jx-block">
        {nomination.nominatedBy} 于 {formatDateTime(nomination.nominatedAt)} 提名
      </Text>
      <Text className="jx-text-body jx-block jx-admin__line">
        <HeldTag hold={deedsHold} />
        {nomination.deeds}
      </Text>
      <HeldTextNote hold={deedsHold} label="主要事迹" />
      <PhotoGallery fileIds={nomination.photoFileIds} name={nomination.name} />
      <ImageHoldsNote content={nomination.content} />
      {nomination.honours.length > 0 ? (
        <Text className="jx-text-secondary jx-block jx-admin__line">
          <HeldTag hold={honoursHold} />
          荣誉：
          {nomination.honours
            .map((honour) => `${honour.year}年${honour.title}（${honourLevelLabels[honour.level]}）`)
            .join('；')}
        </Text>
      ) : null}
      <HeldTextNote hold={honoursHold} label="荣誉称号" />
      {campaign.organiser && !nomination.mine ? (
        <HeldTextActions
          owner="candidate"
          id={nomination.id}
          content={nomination.content}
          onDecided={(content) => onChanged({ ...nomination, content })}
        />
      ) : null}
      {nomination.review && nomination.status !== 'returned' ? (
        <View className="jx-outcome" role="status">
          <Text className={nomination.status === 'approved' ? 'jx-text-success' : 'jx-text-body jx-block'}>
            {nomination.status === 'approved' ? '✓ ' : ''}
            {nomination.status === 'submitted'
              ? '曾退回修改，已重新提交'
              : nominationStatusLabels[nomination.status]}{' '}
            · {nomination.review.by} {formatDateTime(nomination.review.at)}
          </Text>
          {nomination.review.reason ? (
            <Text className="jx-text-secondary jx-block">原因：{nomination.review.reason}</Text>
          ) : null}
        </View>
      ) : null}
      {reviewable ? (
        <View className="jx-actions">
          <Button className="jx-button" type="primary" onClick={() => onDecide('approve')}>
            通过
          </Button>
          <Button className="jx-button" fill="outline" onClick={() => onDecide('return')}>
            退回修改
          </Button>
          <Button className="jx-button" fill="outline" onClick={() => onDecide('reject')}>
            不通过
          </Button>
        </View>
      ) : null}
      <DisqualifyAction nomination={nomination} campaign={campaign} onDone={onChanged} />
      <CorrectButton nomination={nomination} campaign={campaign} />
    </View>
  );
}

export function Nominations({ campaign, onReviewed }: { campaign: StaffCampaign; onReviewed: () => void }) {
  const [status, setStatus] = useState<NominationStatus>('submitted');
  const { state, reload, more, update } = usePaged<Nomination>(
    async (cursor) => {
      const page = await callFunction(selectionContract, 'listNominations', {
        campaignId: campaign.id,
        status,
        cursor,
      });
      return { items: page.nominations, nextCursor: page.nextCursor };
    },
    [campaign.id, status],
  );
  const [deciding, setDeciding] = useState<{ nomination: Nomination; decision: Decision } | null>(null);
  useShownAgain(reload);

  const decide = async (reason: string) => {
    if (!deciding) return;
    const reviewed = await callFunction(selectionContract, 'reviewNomination', {
      candidateId: deciding.nomination.id,
      decision: deciding.decision,
      reason: reason || undefined,
    });
    update((items) => items.map((item) => (item.id === reviewed.id ? reviewed : item)));
    setDeciding(null);
    onReviewed();
  };

  const spec = deciding ? DECISIONS[deciding.decision] : null;
  return (
    <>
      <View className="jx-admin__head">
        <Text className="jx-text-title jx-block">提名</Text>
      </View>
      <Tabs label="提名状态" tabs={TABS} value={status} onChange={setStatus} />
      <PendingCard state={state} rows={4} label="正在加载提名" onRetry={reload} />
      {state.status === 'ready' && state.items.length === 0 ? (
        <View className="jx-card">
          <EmptyState
            title={EMPTY[status]}
            hint={campaign.stage === 'nomination' ? '各单位提名的职工会出现在“待审核”里。' : undefined}
          />
        </View>
      ) : null}
      {state.status === 'ready'
        ? state.items.map((nomination) => (
            <NominationCard
              key={nomination.id}
              nomination={nomination}
              campaign={campaign}
              onDecide={(decision) => setDeciding({ nomination, decision })}
              onChanged={(changed) => {
                update((items) => items.map((item) => (item.id === changed.id ? changed : item)));
                onReviewed();
              }}
            />
          ))
        : null}
      {state.status === 'ready' ? <MoreButton next={state.next} more={state.more} onMore={more} /> : null}
      <ReasonDialog
        open={deciding !== null}
        title={spec ? `${spec.title}：${deciding!.nomination.name}` : ''}
        description={
          deciding?.decision === 'approve'
            ? `${deciding.nomination.name}将成为候选人，候选人公布后公众可以看到。`
            : deciding?.decision === 'return'
              ? '提名单位会看到需要修改的地方，修改后重新提交。'
              : deciding
                ? '不通过后不能再修改这次提名，提名单位会看到原因。'
                : undefined
        }
        reason={spec?.reason ?? 'optional'}
        reasonLabel={spec?.label ?? '原因'}
        confirmText={spec?.confirm ?? '确认'}
        onCancel={() => setDeciding(null)}
        onConfirm={decide}
      />
    </>
  );
}
