// 公示: the period (5 working days from the stage's start), the names placed per category, and a named objection
// form — 姓名, 联系方式 (seen only by the organisers), optionally one of the placed candidates, 异议理由; a refused
// submit scrolls to the first field in error — then 我的异议 with each answer. From 结果确定 on the 公示 is over and the form is gone.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type * as z from 'zod';
import { callFunction } from '@/cloud/call-function';
import { askToSubscribe, useSubscribeTemplates } from '@/cloud/subscribe';
import { asCloudError, useCloudCall } from '@/cloud/use-cloud-call';
import { ChoiceField, TextAreaField, TextField } from '@/components/form/fields';
import { DoneText, ErrorText } from '@/components/form/messages';
import { useScrollToFirstError } from '@/components/form/scroll-to-error';
import { fieldMessage, formatDateTime, formatEnd } from '@/components/format/format';
import { openPage } from '@/components/navigation/navigation';
import { HeldTag, textHoldOf } from '@/components/content/held-content';
import { EmptyState, ErrorState, LoadingBlock } from '@/components/states/states';
import { objectionSchema, selectionContract } from '@/shared/contracts/selection';
import { placedRows } from '@/shared/selection/ranking';
import { publicityHasBegun, stageLabels } from '@/shared/selection/stages';
import { HomeLink } from './public-pending';
import {
  objectionProblems,
  reasonCounter,
  toObjectionInput,
  type ObjectionDraft,
  type ObjectionField,
} from './objection-form';
import { publicityOver, publicityPeriod } from './outcome-texts';
import { PublicPending } from './public-pending';
import { loadOutcome, type Result } from './result-view';
import { campaignUrl, resultUrl } from './routes';
import { stageNote, type Campaign } from './texts';
import './outcome.css';
import './vote.css';
import { useNow } from '@/platform/clock';

export type Objection = z.infer<typeof objectionSchema>;

const EMPTY_DRAFT: ObjectionDraft = { name: '', contact: '', candidateId: 'none', reason: '' };

function PlacedNames({ result }: { result: Result }) {
  return (
    <View className="jx-card" aria-label="入选名单">
      <Text className="jx-text-title jx-block">入选名单</Text>
      {result.categories.map((category) => {
        const placed = category.rows.filter((row) => row.placed);
        return (
          <View key={category.id} className="jx-muted-line">
            <Text className="jx-text-body jx-block jx-candidate__name">
              {category.name}（{placed.length} 名）
            </Text>
            {placed.length === 0 ? <Text className="jx-text-secondary jx-block">本类别无人入选</Text> : null}
            {placed.map((row) => (
              <Text key={row.candidateId} className="jx-text-body jx-placed-name">
                ✓ {row.name} · {row.enterprise}
              </Text>
            ))}
          </View>
        );
      })}
    </View>
  );
}

export function ObjectionItem({ objection }: { objection: Objection }) {
  return (
    <View className="jx-objection" aria-label={`${formatDateTime(objection.createdAt)}提出的异议`}>
      <View className="jx-roles-line">
        <Text className={`jx-tag${objection.answer ? ' jx-tag--success' : ' jx-tag--brand'}`}>
          {objection.answer ? '✓ 已答复' : '待答复'}
        </Text>
        <Text className="jx-text-secondary">{formatDateTime(objection.createdAt)} 提出</Text>
      </View>
      <Text className="jx-text-secondary jx-block jx-muted-line">
        针对：{objection.candidateName ?? '不针对具体候选人'}
      </Text>
      <Text className="jx-text-body jx-block jx-deeds">
        <HeldTag hold={textHoldOf(objection.content, 'reason')} />
        {objection.reason}
      </Text>
      {textHoldOf(objection.content, 'reason')?.state === 'review' ? (
        <Text className="jx-text-secondary jx-block jx-muted-line">
          异议理由需人工审核（内容安全），审核通过后主办方再核实答复。
        </Text>
      ) : null}
      {objection.answer ? (
        <View className="jx-objection__answer" role="note" aria-label="主办方答复">
          <Text className="jx-text-body jx-block jx-candidate__name">主办方答复</Text>
          <Text className="jx-text-body jx-block jx-deeds">{objection.answer.text}</Text>
          <Text className="jx-text-secondary jx-block jx-muted-line">
            {objection.answer.by} · {formatDateTime(objection.answer.at)}
          </Text>
        </View>
      ) : (
        <Text className="jx-text-secondary jx-block jx-muted-line">主办方核实后会在这里答复。</Text>
      )}
    </View>
  );
}

function MyObjections({ campaignId, version }: { campaignId: string; version: number }) {
  const { state, reload } = useCloudCall(
    () => callFunction(selectionContract, 'myObjections', { campaignId }),
    [campaignId, version],
  );
  return (
    <View className="jx-card" aria-label="我的异议">
      <Text className="jx-text-title jx-block">我的异议</Text>
      {state.status === 'loading' ? <LoadingBlock rows={2} shape="list" label="正在加载我的异议" /> : null}
      {state.status === 'error' ? <ErrorState error={state.error} onRetry={reload} /> : null}
      {state.status === 'ready' && state.data.objections.length === 0 ? (
        <EmptyState title="你还没有提出异议。" hint="提出后，主办方的答复会显示在这里。" />
      ) : null}
      {state.status === 'ready'
        ? state.data.objections.map((objection) => <ObjectionItem key={objection.id} objection={objection} />)
        : null}
    </View>
  );
}

export function ObjectionForm({
  campaign,
  candidates,
  onLodged,
}: {
  campaign: Campaign;
  candidates: Array<{ id: string; name: string }>;
  onLodged: () => void;
}) {
  const [draft, setDraft] = useState<ObjectionDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<Partial<Record<ObjectionField | 'candidateId', string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const scrollToFirstError = useScrollToFirstError();
  useSubscribeTemplates();

  const set = (key: keyof ObjectionDraft) => (value: string) => {
    setDraft((now) => ({ ...now, [key]: value }));
    setErrors((now) => ({ ...now, [key]: undefined }));
    setFailure(null);
    setDone(null);
  };

  const submit = async () => {
    if (busy) return;
    const problems = objectionProblems(draft);
    setErrors(problems);
    setFailure(null);
    if (Object.keys(problems).length > 0) {
      scrollToFirstError();
      return;
    }
    // Before any await: WeChat opens its subscribe dialog only inside the tap. Its answer never holds this up.
    void askToSubscribe(['objectionAnswered']);
    setBusy(true);
    try {
      const lodged = await callFunction(selectionContract, 'lodgeObjection', toObjectionInput(draft, campaign.id));
      setDraft((now) => ({ ...now, candidateId: 'none', reason: '' }));
      setDone(`✓ 异议已于${formatDateTime(lodged.createdAt)}提交，主办方核实后会答复，可在下方“我的异议”查看。`);
      onLodged();
    } catch (error) {
      const failed = asCloudError(error);
      const field = failed.field as ObjectionField | 'candidateId' | undefined;
      if (field && ['name', 'contact', 'reason', 'candidateId'].includes(field)) {
        setErrors({ [field]: fieldMessage(failed) });
        scrollToFirstError();
      } else {
        setFailure(failed.message);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="jx-card" aria-label="提出异议">
      <Text className="jx-text-title jx-block">提出异议</Text>
      <Text className="jx-text-body jx-block jx-muted-line">
        对入选人员有异议的，请在公示期内实名提出：填写真实姓名和联系方式，写明事实和依据。
      </Text>
      <Text className="jx-text-secondary jx-block jx-muted-line">
        联系方式只有主办方可以看到，仅用于核实和答复；匿名或无法联系的异议不予受理。每人最多提出5条。
      </Text>
      <TextField label="姓名" value={draft.name} onChange={set('name')} error={errors.name} maxLength={20} />
      <TextField
        label="联系方式"
        value={draft.contact}
        onChange={set('contact')}
        error={errors.contact}
        hint="手机号码或电子邮箱，仅主办方可见"
        placeholder="手机号码或电子邮箱"
        maxLength={60}
      />
      <ChoiceField
        label="针对的候选人（选填）"
        choices={[
          { value: 'none', label: '不针对具体候选人' },
          ...candidates.map((c) => ({ value: c.id, label: c.name })),
        ]}
        value={draft.candidateId}
        onChange={set('candidateId')}
        error={errors.candidateId}
      />
      <TextAreaField
        label="异议理由"
        value={draft.reason}
        onChange={set('reason')}
        error={errors.reason}
        hint={reasonCounter(draft.reason)}
        placeholder="写明事实和依据，至少10个字"
        maxLength={1000}
      />
      {errors.reason ? <Text className="jx-text-secondary jx-block">{reasonCounter(draft.reason)}</Text> : null}
      {failure ? <ErrorText className="jx-muted-line">{failure}</ErrorText> : null}
      {done ? <DoneText className="jx-muted-line">{done}</DoneText> : null}
      <Text className="jx-text-secondary jx-block jx-muted-line">
        答复会发到你的“我的 → 消息”；提交时允许订阅，微信也会通知你。
      </Text>
      <View className="jx-actions">
        <Button className="jx-button" type="primary" loading={busy} onClick={() => void submit()}>
          {busy ? '正在提交' : '提交异议'}
        </Button>
      </View>
    </View>
  );
}

export function PublicityView({ campaignId }: { campaignId: string | undefined }) {
  const { state, reload } = useCloudCall(() => loadOutcome(campaignId ?? ''), [campaignId]);
  const [lodged, setLodged] = useState(0);
  const now = useNow();
  if (!campaignId || state.status !== 'ready') {
    return (
      <PublicPending
        page="jx-outcome-page"
        linked={Boolean(campaignId)}
        missing="评选活动"
        state={state}
        label="正在加载公示"
        rows={6}
        onRetry={reload}
      />
    );
  }
  const { campaign, result } = state.data;
  const before = !publicityHasBegun(campaign.stage);
  const over = publicityOver(campaign, now);
  const period = publicityPeriod(campaign);
  // An objection is about someone the result places (入选), or about no one in particular.
  const candidates = result ? placedRows(result.categories) : [];
  return (
    <View className="jx-outcome-page">
      <View className="jx-card" aria-label="公示">
        <Text className="jx-text-hero jx-block">评选结果公示</Text>
        <Text className="jx-text-title jx-block jx-muted-line">{campaign.title}</Text>
        <Text className="jx-text-secondary jx-block jx-vote-head__org">主办：{campaign.org.name}</Text>
        <View className="jx-vote-head__stage">
          <Text className="jx-tag jx-tag--brand">当前阶段：{stageLabels[campaign.stage]}</Text>
        </View>
        {period ? <Text className="jx-text-body jx-block jx-muted-line">公示期：{period}</Text> : null}
        {before ? (
          <View className="jx-outcome-note" role="note">
            <Text className="jx-text-body jx-block">公示还没有开始：{stageNote(campaign)}。</Text>
          </View>
        ) : over ? (
          <View className="jx-outcome-note" role="note">
            <Text className="jx-text-body jx-block">
              {campaign.stage === 'publicity'
                ? `公示期已于${formatEnd(campaign.publicityEndsAt!)}结束，不再受理异议；主办方答复全部异议后确定评选结果。`
                : '公示已结束，评选结果已确定，不再受理异议。'}
            </Text>
          </View>
        ) : (
          <Text className="jx-text-body jx-block jx-muted-line">
            公示期内，任何人都可以对入选人员实名提出异议，主办方将逐条核实答复。
          </Text>
        )}
        {result ? (
          <View className="jx-actions">
            <Button className="jx-button" fill="outline" onClick={() => openPage(resultUrl(campaign.id))}>
              查看完整评选结果
            </Button>
          </View>
        ) : null}
      </View>
      {result ? <PlacedNames result={result} /> : null}
      {campaign.stage === 'publicity' && !over ? (
        <ObjectionForm
          campaign={campaign}
          candidates={candidates.map((row) => ({ id: row.candidateId, name: row.name }))}
          onLodged={() => setLodged((n) => n + 1)}
        />
      ) : null}
      {!before ? <MyObjections campaignId={campaign.id} version={lodged} /> : null}
      <View className="jx-home-link">
        <Button block className="jx-button" fill="outline" onClick={() => openPage(campaignUrl(campaign.id))}>
          查看评选活动
        </Button>
      </View>
      <HomeLink />
    </View>
  );
}
