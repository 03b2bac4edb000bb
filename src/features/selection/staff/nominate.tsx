// 提名候选人: staff over a worker find them by name, pick the category, write their deeds (50–3000 字) and add up to
// six photos of them at work; the honours on record go with the nomination. The organising union reviews it.
// Opened with a nomination (`candidate`), the same form corrects it — one returned for changes, or one not yet
// reviewed — prefilled as it was sent, and submits it again for review.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { askToSubscribe, useSubscribeTemplates } from '@/cloud/subscribe';
import { asCloudError, useCloudCall } from '@/cloud/use-cloud-call';
import { ChoiceField, TextAreaField } from '@/components/form/fields';
import { DoneText, ErrorText } from '@/components/form/messages';
import { fieldMessage, formatDateTime } from '@/components/format/format';
import { goBack } from '@/components/navigation/navigation';
import { selectionContract } from '@/shared/contracts/selection';
import type { Honour } from '@/shared/contracts/people-common';
import { honourLevelLabels } from '@/shared/people/vocabulary';
import { NOMINATION_WORDING } from '@/shared/contest/eligibility';
import { describeEligibility } from '@/shared/contest/rules-text';
import { AdminDeadEnd, AdminFrame, AdminPending } from '@/components/staff/admin-frame';
import type { Nomination, StaffCampaign } from './campaign-texts';
import {
  DEEDS_MAX,
  DEEDS_MIN,
  checkNomination,
  nominationDraft,
  nominationFieldOf,
  type NominationErrors,
} from './nomination-form';
import { NominationPhotos, usePhotoUploads } from './nomination-photos';
import { PersonSearch, type Member } from '@/components/staff/person-search';
import '@/components/staff/admin.css';

/** Where a campaign's nomination photos are stored. */
export const photoFolder = (campaignId: string) => `campaigns/${campaignId}/nominations`;

function HonoursField({ honours, empty }: { honours: readonly Honour[]; empty: string }) {
  return (
    <View className="jx-field">
      <Text className="jx-text-body jx-field__label">荣誉</Text>
      {honours.length > 0 ? (
        honours.map((honour) => (
          <Text key={`${honour.title}${honour.year}`} className="jx-text-body jx-block">
            {honour.year}年 {honour.title}（{honourLevelLabels[honour.level]}）
          </Text>
        ))
      ) : (
        <Text className="jx-text-secondary jx-block">{empty}</Text>
      )}
    </View>
  );
}

/** 提名条件: who may be nominated, read before staff look anyone up (each person found then shows their verdict). */
function EligibilityCard({ campaign }: { campaign: StaffCampaign }) {
  const lines = describeEligibility(campaign.eligibility, campaign.eligibilityOrgNames, NOMINATION_WORDING);
  return (
    <View className="jx-card" aria-label="提名条件">
      <Text className="jx-text-title jx-block">提名条件</Text>
      {lines.length > 0 ? (
        lines.map((line) => (
          <Text key={line} className="jx-text-body jx-block jx-admin__line">
            · {line}
          </Text>
        ))
      ) : (
        <Text className="jx-text-body jx-block jx-admin__line">不限：{campaign.org.name}范围内的职工均可提名。</Text>
      )}
      <Text className="jx-text-secondary jx-block jx-admin__line">
        查找到的每个人都会标明是否符合；不符合的不能选择。
      </Text>
    </View>
  );
}

export interface NominateFormProps {
  campaign: StaffCampaign;
  /** The nomination being corrected; absent for a new one. */
  editing?: Nomination | null;
}

export function NominateForm({ campaign, editing }: NominateFormProps) {
  const [draft] = useState(() => nominationDraft(campaign, editing));
  const [person, setPerson] = useState<Member | null>(null);
  const [categoryId, setCategoryId] = useState<string | null>(draft.categoryId);
  const [deeds, setDeeds] = useState(draft.deeds);
  const photos = usePhotoUploads(draft.photoFileIds, photoFolder(campaign.id));
  const [errors, setErrors] = useState<NominationErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [resubmitted, setResubmitted] = useState(false);

  const honours = editing ? draft.honours : (person?.honours ?? []);
  useSubscribeTemplates();

  const submit = async () => {
    if (busy) return;
    const found = checkNomination({
      personPicked: editing ? true : person !== null,
      categoryId,
      deeds,
      uploading: photos.uploading,
      uploadFailed: photos.failed,
    });
    setErrors(found);
    setFailure(null);
    setDone(null);
    if (Object.keys(found).length > 0) return;
    // Before any await: WeChat opens its subscribe dialog only inside the tap. Its answer never holds this up.
    void askToSubscribe(['nominationReviewed']);
    setBusy(true);
    const nomination = {
      categoryId: categoryId!,
      deeds: deeds.trim(),
      photoFileIds: photos.fileIds,
      honours: honours.map((honour) => ({ ...honour })),
    };
    try {
      if (editing) {
        await callFunction(selectionContract, 'updateNomination', { candidateId: editing.id, ...nomination });
        setResubmitted(true);
        setDone(`✓ 已重新提交 ${editing.name} 的提名，等待${campaign.org.name}审核`);
      } else {
        const nominated = await callFunction(selectionContract, 'nominate', {
          campaignId: campaign.id,
          userId: person!.id,
          ...nomination,
        });
        setDone(`✓ 已提名 ${nominated.name}，等待${campaign.org.name}审核`);
        setPerson(null);
        setDeeds('');
        photos.reset([]);
      }
    } catch (error) {
      const failed = asCloudError(error);
      const field = nominationFieldOf(failed.field);
      if (field) setErrors({ [field]: fieldMessage(failed) });
      else setFailure(failed.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {editing ? null : (
        <>
          <View className="jx-admin__head">
            <Text className="jx-text-title jx-block">1. 选择职工</Text>
          </View>
          <EligibilityCard campaign={campaign} />
          <PersonSearch
            picked={person}
            onPick={(picked) => {
              setPerson(picked);
              setDone(null);
            }}
            check={async (people) => {
              const { verdicts } = await callFunction(selectionContract, 'nomineeCheck', {
                campaignId: campaign.id,
                userIds: people.map((found) => found.id),
              });
              return Object.fromEntries(verdicts.map(({ userId, ok, message }) => [userId, { ok, message }]));
            }}
          />
          {errors.userId ? (
            <View className="jx-more">
              <ErrorText>{errors.userId}</ErrorText>
            </View>
          ) : null}
        </>
      )}
      <View className="jx-card" aria-label="提名内容">
        <Text className="jx-text-title jx-block">{editing ? `修改提名：${editing.name}` : '2. 填写提名'}</Text>
        {editing ? (
          <>
            <Text className="jx-text-body jx-block jx-admin__line">
              {editing.enterprise} · {editing.trade}
            </Text>
            {editing.status === 'returned' && editing.review ? (
              <View className="jx-returned" role="note" aria-label="退回原因">
                <Text className="jx-text-body jx-block">
                  {editing.review.by} 于 {formatDateTime(editing.review.at)} 退回修改
                </Text>
                <Text className="jx-text-body jx-block">需要修改的地方：{editing.review.reason ?? '未说明'}</Text>
              </View>
            ) : (
              <Text className="jx-text-secondary jx-block jx-admin__line">还没有审核，修改后仍在“待审核”里。</Text>
            )}
          </>
        ) : person ? (
          <Text className="jx-text-body jx-block jx-admin__line">
            提名：{person.realName}（{person.org?.name ?? '未加入企业'}）
          </Text>
        ) : (
          <Text className="jx-text-secondary jx-block jx-admin__line">先在上面查找并选择职工。</Text>
        )}
        <ChoiceField
          label="评选类别"
          choices={campaign.categories.map((category) => ({ value: category.id, label: category.name }))}
          value={categoryId}
          onChange={setCategoryId}
          error={errors.categoryId}
        />
        <TextAreaField
          label="主要事迹"
          value={deeds}
          onChange={(value) => {
            setDeeds(value);
            if (errors.deeds) setErrors({ ...errors, deeds: undefined });
          }}
          error={errors.deeds}
          hint={`已写 ${deeds.trim().length} 字，须${DEEDS_MIN}到${DEEDS_MAX}字：技能专长、创新成果、带徒传技等`}
          maxLength={DEEDS_MAX}
        />
        <NominationPhotos uploads={photos} error={errors.photoFileIds} />
        <HonoursField
          honours={honours}
          empty={editing || person ? '没有登记的荣誉。' : '选择职工后，这里列出已登记的荣誉，随提名一并提交。'}
        />
        {errors.honours ? <ErrorText className="jx-field__message">{errors.honours}</ErrorText> : null}
        {failure ? <ErrorText className="jx-admin__line">{failure}</ErrorText> : null}
        {done ? <DoneText className="jx-admin__line">{done}</DoneText> : null}
        <Text className="jx-text-secondary jx-block jx-admin__line">
          审核结果（通过或退回）会发到你的“我的 → 消息”；提交时允许订阅，微信也会通知你。
        </Text>
        <View className="jx-actions">
          {resubmitted ? null : (
            <Button className="jx-button" type="primary" loading={busy} onClick={() => void submit()}>
              {busy ? '正在提交' : editing ? '重新提交' : '提交提名'}
            </Button>
          )}
          {resubmitted ? (
            <Button className="jx-button" type="primary" onClick={() => goBack()}>
              返回评选活动
            </Button>
          ) : (
            <Button className="jx-button" fill="outline" onClick={() => goBack()}>
              返回评选活动
            </Button>
          )}
        </View>
      </View>
    </>
  );
}

/** The nomination to correct, if the caller can still see it as one waiting or returned. */
async function findCorrectable(campaignId: string, candidateId: string): Promise<Nomination | null> {
  for (const status of ['returned', 'submitted'] as const) {
    let cursor: string | undefined;
    do {
      const page = await callFunction(selectionContract, 'listNominations', { campaignId, status, cursor });
      const found = page.nominations.find((nomination) => nomination.id === candidateId);
      if (found) return found;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
  return null;
}

export function Nominate({ campaignId, candidateId }: { campaignId: string | undefined; candidateId?: string }) {
  const { state, reload } = useCloudCall(async () => {
    const campaign = await callFunction(selectionContract, 'staffCampaign', { campaignId: campaignId ?? '' });
    const editing = candidateId ? await findCorrectable(campaign.id, candidateId) : null;
    return { campaign, editing };
  }, [campaignId, candidateId]);
  const title = candidateId ? '修改提名' : '提名候选人';
  if (state.status !== 'ready') {
    return (
      <AdminPending title={title} state={state} label="正在加载评选活动" rows={4} shape="form" onRetry={reload} />
    );
  }
  const { campaign, editing } = state.data;
  if (candidateId && !editing) {
    return (
      <AdminDeadEnd
        title={title}
        reason="这个提名已不能修改。"
        hint="它可能已审核完毕（通过或不通过后不能再改），回到评选活动查看它的状态。"
      />
    );
  }
  return (
    <AdminFrame
      title={title}
      intro={
        editing
          ? `${campaign.title}：按要求修改后重新提交，由${campaign.org.name}再次审核。`
          : `${campaign.title}：提名你负责的组织里的职工，由${campaign.org.name}审核。`
      }
    >
      <NominateForm campaign={campaign} editing={editing} />
    </AdminFrame>
  );
}
