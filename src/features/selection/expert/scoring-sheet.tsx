// The scoring sheet: one candidate at a time — their material (photos full screen on a tap, honours, the
// nomination's deeds; never a vote count) and then the rubric, each criterion with its maximum and what earns high
// and low points — with 上一位 / 下一位 and a list to jump to anyone. While the campaign is in 专家评审 each criterion
// takes a number; the running total adds only the entries the rule takes, 提交评分 asks for a confirmation, a
// submitted score is locked and the sheet moves on to the next candidate still to score. 已评 n/m stays in view;
// before scoring opens it says when it opens.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type * as z from 'zod';
import { callFunction } from '@/cloud/call-function';
import { asCloudError, useCloudCall } from '@/cloud/use-cloud-call';
import { Dialog } from '@/components/dialog/dialog';
import { TextField } from '@/components/form/fields';
import { DoneText, ErrorText } from '@/components/form/messages';
import { fieldMessage, formatDateTime } from '@/components/format/format';
import { goBack } from '@/components/navigation/navigation';
import { PhotoGallery } from '@/components/photos/photos';
import { EmptyState, ErrorState, LoadingBlock } from '@/components/states/states';
import { scrollToFirst } from '@/platform/scroll-to';
import { selectionContract } from '@/shared/contracts/selection';
import { honourLevelLabels } from '@/shared/people/vocabulary';
import { POINTS_RULE, scoreTotal } from '@/shared/selection/scores';
import { scoringHasOpened, stageLabels, type Stage } from '@/shared/selection/stages';
import {
  checkPoints,
  criterionIndex,
  criterionLabel,
  liveProblem,
  nextUnscored,
  progressLine,
  runningTotal,
  sheetOrder,
  startingIndex,
  barTotal,
  totalLine,
  type Criterion,
  type Rubric,
} from './score-form';
import './expert.css';

type Sheet = z.infer<(typeof selectionContract)['actions']['scoringSheet']['output']>;
export type SheetCandidate = Sheet['candidates'][number];
type MyScore = NonNullable<SheetCandidate['myScore']>;

/** What earns high and low points on a criterion, as the organisers wrote it (older rubrics have none). */
function CriterionGuide({ item }: { item: Criterion }) {
  if (!item.high && !item.low) return null;
  return (
    <View className="jx-sheet__guide">
      {item.high ? <Text className="jx-text-secondary jx-block">高分：{item.high}</Text> : null}
      {item.low ? <Text className="jx-text-secondary jx-block">低分：{item.low}</Text> : null}
    </View>
  );
}

/** The rubric to read, without boxes: before scoring opens, after it closes, and under a locked score. */
function RubricList({ rubric, score }: { rubric: Rubric; score?: MyScore | null }) {
  return (
    <View className="jx-sheet__criteria" role="list" aria-label="评分细则">
      {rubric.map((item, i) => (
        <View key={item.criterion} className="jx-sheet__criterion" role="listitem">
          <Text className="jx-text-body jx-block jx-expert__progress">
            {criterionLabel(item)}
            {score ? `：${score.points[i] ?? '—'} 分` : ''}
          </Text>
          <CriterionGuide item={item} />
        </View>
      ))}
    </View>
  );
}

function LockedScore({ score, rubric }: { score: MyScore; rubric: Rubric }) {
  return (
    <View className="jx-sheet__score">
      <View className="jx-sheet__locked" role="status" aria-label="我的评分">
        <Text className="jx-text-body jx-sheet__locked-title">✓ 已提交 · 合计 {score.total} 分</Text>
        <Text className="jx-text-body jx-block jx-expert__line">
          {rubric.map((item, i) => `${item.criterion} ${score.points[i] ?? '—'} 分`).join('，')}
        </Text>
        <Text className="jx-text-secondary jx-block">{formatDateTime(score.submittedAt)} 提交，不能修改</Text>
      </View>
      <RubricList rubric={rubric} score={score} />
    </View>
  );
}

export interface ScoreFormProps {
  campaignId: string;
  candidate: Pick<SheetCandidate, 'id' | 'name'>;
  rubric: Rubric;
  /** The entries as typed, kept by the sheet so that stepping to another candidate and back loses nothing. */
  texts: string[];
  onTexts: (texts: string[]) => void;
  onSubmitted: (score: MyScore) => void;
}

/**
 * One candidate's score: per criterion its guide and a box, the total of the valid entries as they are typed, and
 * 提交评分 with a confirmation. A wrong number says so as it is typed; an empty box once submit is tried.
 */
export function ScoreForm({ campaignId, candidate, rubric, texts, onTexts, onSubmitted }: ScoreFormProps) {
  const [errors, setErrors] = useState<Array<string | undefined>>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<number[] | null>(null);
  const [busy, setBusy] = useState(false);

  const edit = (i: number, value: string) => {
    onTexts(rubric.map((_, j) => (j === i ? value : (texts[j] ?? ''))));
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
        <View key={item.criterion} className="jx-sheet__criterion">
          <TextField
            label={criterionLabel(item)}
            type="digit"
            value={texts[i] ?? ''}
            onChange={(value) => edit(i, value)}
            error={errors[i] ?? liveProblem(texts[i] ?? '', item)}
            placeholder={`0～${item.maxPoints}`}
            maxLength={5}
          />
          <CriterionGuide item={item} />
        </View>
      ))}
      <View className="jx-sheet__total" role="status" aria-label="合计">
        <Text className="jx-text-body">{totalLine(runningTotal(texts, rubric), rubric.length)}</Text>
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
        <Text className="jx-text-title jx-block jx-expert__line">合计 {scoreTotal(confirming ?? [])} 分</Text>
        <Text className="jx-text-body jx-block jx-expert__line">评分提交后不能修改，请确认无误。</Text>
      </Dialog>
    </View>
  );
}

/** Who the candidate is and what was put forward for them: photos, honours, the nomination's deeds. */
function CandidateMaterial({ candidate }: { candidate: SheetCandidate }) {
  return (
    <>
      <Text className="jx-text-title jx-block jx-sheet__name">
        {candidate.number !== null ? `${String(candidate.number).padStart(3, '0')}号 ` : ''}
        {candidate.name}
      </Text>
      <Text className="jx-text-body jx-block">
        {candidate.enterprise} · {candidate.trade}
      </Text>
      {candidate.photoFileIds.length > 0 ? (
        <View className="jx-expert__line">
          <PhotoGallery fileIds={candidate.photoFileIds} name={candidate.name} />
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
    </>
  );
}

/** Every candidate, marked scored or not, to jump to; the one shown is current. */
function CandidatePicker({
  candidates,
  current,
  onPick,
}: {
  candidates: SheetCandidate[];
  current: number;
  onPick: (index: number) => void;
}) {
  return (
    <View className="jx-sheet__picker" role="list" aria-label="候选人名单">
      {candidates.map((candidate, i) => (
        <View key={candidate.id} role="listitem">
          <Button
            className={`jx-button jx-sheet__pick${i === current ? ' jx-sheet__pick--current' : ''}`}
            fill={i === current ? 'solid' : 'outline'}
            type={i === current ? 'primary' : 'default'}
            aria-current={i === current ? 'true' : undefined}
            aria-label={`第${i + 1}位 ${candidate.name}，${candidate.myScore ? '已评' : '未评'}`}
            onClick={() => onPick(i)}
          >
            {`${i + 1}. ${candidate.name}${candidate.myScore ? ' ✓' : ''}`}
          </Button>
        </View>
      ))}
    </View>
  );
}

/** Why the sheet cannot take scores now (before: when it opens), or null while it can. */
export function readOnlyNote(stage: Stage, scoringStartsAt: string): string | null {
  if (stage === 'scoring') return null;
  if (!scoringHasOpened(stage)) {
    return `专家评审将于${formatDateTime(scoringStartsAt)}开始（当前阶段：${stageLabels[stage]}），现在可以先看候选人材料和评分细则，开始后再评分。`;
  }
  return `专家评审已结束（当前阶段：${stageLabels[stage]}），评分已锁定，只能查看。`;
}

export function ScoringSheet({ campaignId, candidateId }: { campaignId: string | undefined; candidateId?: string }) {
  const { state, reload, replace } = useCloudCall(
    () => callFunction(selectionContract, 'scoringSheet', { campaignId: campaignId ?? '' }),
    [campaignId],
  );
  const [current, setCurrent] = useState<number | null>(null);
  const [drafts, setDrafts] = useState<Record<string, string[]>>({});
  const [justDone, setJustDone] = useState<string | null>(null);
  const moved = useRef(false);

  const candidates = useMemo(() => (state.status === 'ready' ? sheetOrder(state.data.candidates) : []), [state]);
  // A step to another candidate brings their name into view (not on the first showing: the page starts at the top).
  useEffect(() => {
    if (!moved.current) return;
    scrollToFirst('.jx-sheet__name');
  }, [current]);

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
  const { campaign } = sheet;
  const scored = candidates.filter((candidate) => candidate.myScore).length;
  const note = readOnlyNote(campaign.stage, campaign.scoringStartsAt);
  const opens = scoringHasOpened(campaign.stage) ? undefined : formatDateTime(campaign.scoringStartsAt);
  // Until the expert moves: the linked candidate, else the first still to score (as the sheet first loaded).
  const start =
    current ??
    startingIndex(
      candidates.map((c) => ({ id: c.id, scored: !!c.myScore })),
      candidateId,
    );
  const index = Math.min(start, Math.max(candidates.length - 1, 0));
  const candidate = candidates[index];
  const scoring = campaign.stage === 'scoring';
  const texts = (candidate && drafts[candidate.id]) ?? campaign.rubric.map(() => '');
  const go = (to: number) => {
    moved.current = true;
    setJustDone(null);
    setCurrent(to);
  };
  const submitted = (who: SheetCandidate) => (score: MyScore) => {
    const next = candidates.map((item) => (item.id === who.id ? { ...item, myScore: score } : item));
    replace({ ...sheet, candidates: next });
    const to = nextUnscored(
      next.map((item) => ({ scored: !!item.myScore })),
      index,
    );
    // None left: stay with the candidate just scored, showing their locked score.
    if (to !== null) go(to);
    else setCurrent(index);
    setJustDone(`✓ 已提交${who.name}的评分：${score.total} 分${to !== null ? `，下面是${next[to]!.name}` : ''}`);
  };

  return (
    <View className="jx-expert">
      <View className="jx-sheet__bar" role="status" aria-label="评分进度">
        <Text className="jx-text-body jx-block jx-expert__progress">
          {progressLine(scored, candidates.length, opens)}
        </Text>
        {candidate ? (
          <View>
            <Text className="jx-text-secondary">
              第 {index + 1}/{candidates.length} 位：{candidate.name}
              {candidate.myScore ? ' · 已评' : ''}
            </Text>
            {/* While scoring, the total stays in view beside the box being typed in, however long the rubric. */}
            {scoring && !candidate.myScore ? (
              <Text className="jx-text-secondary">
                {` · ${barTotal(runningTotal(texts, campaign.rubric), campaign.rubric.length)}`}
              </Text>
            ) : null}
          </View>
        ) : null}
      </View>
      <View className="jx-card" aria-label="评分表">
        <Text className="jx-text-hero jx-block">{campaign.title}</Text>
        <View className="jx-expert__tags">
          <Text className="jx-tag jx-tag--brand">当前阶段：{stageLabels[campaign.stage]}</Text>
        </View>
        <Text className="jx-text-secondary jx-block jx-expert__line">
          {`评分细则：${campaign.rubric.map((item) => `${item.criterion}${item.maxPoints}分`).join('、')}，满分100分。${POINTS_RULE}。评审时看不到公众票数；每位候选人的评分提交后不能修改。`}
        </Text>
        {note ? (
          <View className="jx-expert__note" role="note">
            <Text className="jx-text-body jx-block">{note}</Text>
          </View>
        ) : null}
        {justDone ? <DoneText className="jx-expert__line">{justDone}</DoneText> : null}
        {candidates.length > 1 ? <CandidatePicker candidates={candidates} current={index} onPick={go} /> : null}
      </View>
      {candidate ? (
        <View className="jx-card jx-sheet__candidate" aria-label={candidate.name}>
          <CandidateMaterial candidate={candidate} />
          {candidate.myScore ? (
            <LockedScore score={candidate.myScore} rubric={campaign.rubric} />
          ) : scoring ? (
            <ScoreForm
              key={candidate.id}
              campaignId={campaign.id}
              candidate={candidate}
              rubric={campaign.rubric}
              texts={texts}
              onTexts={(texts) => setDrafts((now) => ({ ...now, [candidate.id]: texts }))}
              onSubmitted={submitted(candidate)}
            />
          ) : (
            <View className="jx-sheet__score">
              <Text className="jx-text-secondary jx-block">未评分</Text>
              <RubricList rubric={campaign.rubric} />
            </View>
          )}
          {/* Only the steps there are: a greyed-out one would be a button that does nothing. */}
          {candidates.length > 1 ? (
            <View className="jx-sheet__steps" role="group" aria-label="换一位候选人">
              {index > 0 ? (
                <Button className="jx-button" fill="outline" onClick={() => go(index - 1)}>
                  上一位
                </Button>
              ) : null}
              {index < candidates.length - 1 ? (
                <Button className="jx-button" fill="outline" onClick={() => go(index + 1)}>
                  下一位
                </Button>
              ) : null}
            </View>
          ) : null}
        </View>
      ) : (
        <View className="jx-card">
          <EmptyState title="这次评选还没有候选人。" hint="候选人审核通过后会出现在这里。" />
        </View>
      )}
      <View className="jx-expert__end">
        <Button block className="jx-button" fill="outline" onClick={() => goBack()}>
          返回评审任务
        </Button>
      </View>
    </View>
  );
}
