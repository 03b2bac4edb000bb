// The scoring sheet: each candidate's material (never a vote count) and, while the campaign is in 专家评审, one
// number per rubric criterion with its maximum, a live total and 提交评分 after a confirmation — a submitted score
// is locked. What is wrong shows next to its field, from the form's own check or from the server.
import { Button } from '@nutui/nutui-react-taro';
import { Image, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type * as z from 'zod';
import { callFunction } from '@/cloud/call-function';
import { files } from '@/cloud/files';
import { asCloudError, useCloudCall } from '@/cloud/use-cloud-call';
import { Dialog } from '@/components/dialog/dialog';
import { TextField } from '@/components/form/fields';
import { DoneText, ErrorText } from '@/components/form/messages';
import { fieldMessage, formatDateTime } from '@/components/format/format';
import { goBack } from '@/components/navigation/navigation';
import { EmptyState, ErrorState, LoadingBlock } from '@/components/states/states';
import { selectionContract } from '@/shared/contracts/selection';
import { honourLevelLabels } from '@/shared/people/vocabulary';
import { scoringHasOpened, stageLabels, type Stage } from '@/shared/selection/stages';
import { checkPoints, criterionIndex, criterionLabel, liveTotal, progressLine, type Rubric } from './score-form';
import './expert.css';

type Sheet = z.infer<(typeof selectionContract)['actions']['scoringSheet']['output']>;
export type SheetCandidate = Sheet['candidates'][number];
type MyScore = NonNullable<SheetCandidate['myScore']>;

/** Temporary URLs for every photo on the sheet, fetched once; a photo that cannot be shown is left out. */
function usePhotoUrls(fileIds: string[]): Record<string, string> {
  const [urls, setUrls] = useState<Record<string, string>>({});
  const key = fileIds.join('|');
  useEffect(() => {
    if (fileIds.length === 0) return;
    let live = true;
    files.fileUrls(fileIds).then(
      (found) => live && setUrls(found),
      () => undefined,
    );
    return () => {
      live = false;
    };
    // `key` stands for the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return urls;
}

function LockedScore({ score, rubric }: { score: MyScore; rubric: Rubric }) {
  return (
    <View className="jx-sheet__locked" role="status" aria-label="我的评分">
      <Text className="jx-text-body jx-sheet__locked-title">✓ 已提交 · 合计 {score.total} 分</Text>
      <Text className="jx-text-body jx-block jx-expert__line">
        {rubric.map((item, i) => `${item.criterion} ${score.points[i] ?? '—'} 分`).join('，')}
      </Text>
      <Text className="jx-text-secondary jx-block">{formatDateTime(score.submittedAt)} 提交，不能修改</Text>
    </View>
  );
}

export interface ScoreFormProps {
  campaignId: string;
  candidate: Pick<SheetCandidate, 'id' | 'name'>;
  rubric: Rubric;
  onSubmitted: (score: MyScore) => void;
}

/** One candidate's score: a field per criterion, the total as it is typed, and 提交评分 with a confirmation. */
export function ScoreForm({ campaignId, candidate, rubric, onSubmitted }: ScoreFormProps) {
  const [texts, setTexts] = useState<string[]>(() => rubric.map(() => ''));
  const [errors, setErrors] = useState<Array<string | undefined>>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<number[] | null>(null);
  const [busy, setBusy] = useState(false);

  const edit = (i: number, value: string) => {
    setTexts((now) => now.map((text, j) => (j === i ? value : text)));
    setErrors((now) => now.map((error, j) => (j === i ? undefined : error)));
    setFailure(null);
  };

  const review = () => {
    const checked = checkPoints(texts, rubric);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors([]);
    setFailure(null);
    setConfirming(checked.points);
  };

  const submit = async () => {
    if (!confirming || busy) return;
    setBusy(true);
    try {
      const saved = await callFunction(selectionContract, 'submitScore', {
        campaignId,
        candidateId: candidate.id,
        points: confirming,
      });
      setConfirming(null);
      onSubmitted({ points: confirming, ...saved });
    } catch (error) {
      const failed = asCloudError(error);
      const index = criterionIndex(failed.field);
      setConfirming(null);
      if (index !== null && index < rubric.length) {
        setErrors(rubric.map((_, i) => (i === index ? fieldMessage(failed) : undefined)));
      } else {
        setFailure(failed.field ? fieldMessage(failed) : failed.message);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="jx-sheet__score" aria-label={`给${candidate.name}评分`}>
      {rubric.map((item, i) => (
        <TextField
          key={item.criterion}
          label={criterionLabel(item)}
          type="digit"
          value={texts[i] ?? ''}
          onChange={(value) => edit(i, value)}
          error={errors[i]}
          placeholder={`0～${item.maxPoints}`}
          maxLength={5}
        />
      ))}
      <View className="jx-sheet__total" role="status">
        <Text className="jx-text-body">合计：{liveTotal(texts)} 分（满分100分）</Text>
      </View>
      {failure ? <ErrorText className="jx-sheet__failure">{failure}</ErrorText> : null}
      <View className="jx-actions">
        <Button className="jx-button" type="primary" onClick={review}>
          提交评分
        </Button>
      </View>
      <Dialog
        open={confirming !== null}
        title={`提交${candidate.name}的评分`}
        onClose={() => setConfirming(null)}
        actions={
          <>
            <Button className="jx-button" fill="outline" onClick={() => setConfirming(null)}>
              再看看
            </Button>
            <Button className="jx-button" type="primary" loading={busy} onClick={() => void submit()}>
              {busy ? '正在提交' : '确认提交'}
            </Button>
          </>
        }
      >
        <Text className="jx-text-body jx-block">
          {rubric.map((item, i) => `${item.criterion} ${confirming?.[i] ?? ''} 分`).join('，')}
        </Text>
        <Text className="jx-text-title jx-block jx-expert__line">
          合计 {confirming ? liveTotal(confirming.map(String)) : 0} 分
        </Text>
        <Text className="jx-text-body jx-block jx-expert__line">评分提交后不能修改，请确认无误。</Text>
      </Dialog>
    </View>
  );
}

function CandidateCard({
  candidate,
  campaign,
  photos,
  onSubmitted,
}: {
  candidate: SheetCandidate;
  campaign: Sheet['campaign'];
  photos: Record<string, string>;
  onSubmitted: (score: MyScore) => void;
}) {
  const shown = candidate.photoFileIds.filter((id) => photos[id]);
  return (
    <View className="jx-card" aria-label={candidate.name}>
      <Text className="jx-text-title jx-block">{candidate.name}</Text>
      <Text className="jx-text-body jx-block">
        {candidate.enterprise} · {candidate.trade}
      </Text>
      {shown.length > 0 ? (
        <View className="jx-sheet__photos">
          {shown.map((id, i) => (
            <Image
              key={id}
              className="jx-sheet__photo"
              src={photos[id]!}
              mode="aspectFill"
              aria-label={`${candidate.name}的照片${i + 1}`}
            />
          ))}
        </View>
      ) : null}
      {candidate.honours.length > 0 ? (
        <View className="jx-expert__line">
          <Text className="jx-text-body jx-block jx-expert__progress">荣誉</Text>
          {candidate.honours.map((honour) => (
            <Text key={`${honour.title}${honour.year}`} className="jx-text-body jx-block">
              {honour.year}年 {honour.title}（{honourLevelLabels[honour.level]}）
            </Text>
          ))}
        </View>
      ) : null}
      <Text className="jx-text-body jx-block jx-expert__line jx-expert__progress">主要事迹</Text>
      <Text className="jx-text-body jx-sheet__deeds">{candidate.deeds}</Text>
      {candidate.myScore ? (
        <LockedScore score={candidate.myScore} rubric={campaign.rubric} />
      ) : campaign.stage === 'scoring' ? (
        <ScoreForm
          campaignId={campaign.id}
          candidate={candidate}
          rubric={campaign.rubric}
          onSubmitted={onSubmitted}
        />
      ) : (
        <Text className="jx-text-secondary jx-block jx-sheet__score">未评分</Text>
      )}
    </View>
  );
}

/** Why the sheet cannot take scores now, or null while it can. */
export function readOnlyNote(stage: Stage): string | null {
  if (stage === 'scoring') return null;
  if (!scoringHasOpened(stage)) {
    return `专家评审尚未开始（当前阶段：${stageLabels[stage]}），现在可以先看候选人材料，开始后再评分。`;
  }
  return `专家评审已结束（当前阶段：${stageLabels[stage]}），评分已锁定，只能查看。`;
}

export function ScoringSheet({ campaignId }: { campaignId: string | undefined }) {
  const { state, reload, replace } = useCloudCall(
    () => callFunction(selectionContract, 'scoringSheet', { campaignId: campaignId ?? '' }),
    [campaignId],
  );
  const photoIds = state.status === 'ready' ? state.data.candidates.flatMap((c) => c.photoFileIds) : [];
  const photos = usePhotoUrls(photoIds);
  const [justDone, setJustDone] = useState<string | null>(null);

  if (!campaignId) {
    return (
      <View className="jx-expert">
        <View className="jx-card">
          <EmptyState title="链接不完整，没有找到要评审的评选。" hint="从“我的 → 评审任务”进入评分表。" />
        </View>
      </View>
    );
  }
  if (state.status !== 'ready') {
    return (
      <View className="jx-expert">
        <View className="jx-card">
          {state.status === 'loading' ? <LoadingBlock rows={4} shape="form" label="正在加载评分表" /> : null}
          {state.status === 'error' ? <ErrorState error={state.error} onRetry={reload} /> : null}
        </View>
      </View>
    );
  }
  const sheet = state.data;
  const scored = sheet.candidates.filter((candidate) => candidate.myScore).length;
  const note = readOnlyNote(sheet.campaign.stage);
  const submitted = (candidate: SheetCandidate) => (score: MyScore) => {
    replace({
      ...sheet,
      candidates: sheet.candidates.map((item) => (item.id === candidate.id ? { ...item, myScore: score } : item)),
    });
    setJustDone(`✓ 已提交${candidate.name}的评分：${score.total} 分`);
  };

  return (
    <View className="jx-expert">
      <View className="jx-card" aria-label="评分表">
        <Text className="jx-text-hero jx-block">{sheet.campaign.title}</Text>
        <View className="jx-expert__tags">
          <Text className="jx-tag jx-tag--brand">当前阶段：{stageLabels[sheet.campaign.stage]}</Text>
        </View>
        <View className="jx-expert__line" role="status" aria-label="评分进度">
          <Text className="jx-text-title">{progressLine(scored, sheet.candidates.length)}</Text>
        </View>
        <Text className="jx-text-secondary jx-block jx-expert__line">
          {`评分细则：${sheet.campaign.rubric.map((item) => `${item.criterion}${item.maxPoints}分`).join('、')}，满分100分。评审时看不到公众票数；每位候选人的评分提交后不能修改。`}
        </Text>
        {note ? (
          <View className="jx-expert__note" role="note">
            <Text className="jx-text-body jx-block">{note}</Text>
          </View>
        ) : null}
        {justDone ? <DoneText className="jx-expert__line">{justDone}</DoneText> : null}
      </View>
      {sheet.candidates.length === 0 ? (
        <View className="jx-card">
          <EmptyState title="这次评选还没有候选人。" hint="候选人审核通过后会出现在这里。" />
        </View>
      ) : null}
      {sheet.candidates.map((candidate) => (
        <CandidateCard
          key={candidate.id}
          candidate={candidate}
          campaign={sheet.campaign}
          photos={photos}
          onSubmitted={submitted(candidate)}
        />
      ))}
      <View className="jx-expert__end">
        <Button block className="jx-button" fill="outline" onClick={() => goBack()}>
          返回评审任务
        </Button>
      </View>
    </View>
  );
}
