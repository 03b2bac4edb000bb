// 成绩录入 (contest-admin subpackage): one contest's score sheet from its day on — every confirmed contestant
// (checked in, or 缺考) with theory and practical inputs, the total by the published weighting and the place as it
// stands with what is typed (the rule stated above the sheet), several lines saved at once; 发布成绩 after a
// confirmation freezes it, and a published score changes only by 更正 with a reason (audited). The results Excel
// file is downloaded here.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useMemo, useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError, useCloudCall } from '@/cloud/use-cloud-call';
import { Dialog, ReasonDialog } from '@/components/dialog/dialog';
import { TextField } from '@/components/form/fields';
import { DoneText, ErrorText } from '@/components/form/messages';
import { fieldMessage, formatCalendarDay, formatDateTime } from '@/components/format/format';
import { openPage } from '@/components/navigation/navigation';
import { AdminDeadEnd, AdminFrame, AdminPending } from '@/components/staff/admin-frame';
import { contestContract, type ContestView, type ResultRow, type ResultsView } from '@/shared/contracts/contest';
import { CONTEST_PAGES } from '../routes';
import { ContestExport } from './contest-export';
import { ScoreRows } from './score-rows';
import {
  changedLines,
  checkLines,
  draftOf,
  placeErrors,
  pointsOf,
  pointsText,
  scorable,
  SIDE_LABELS,
  SIDES,
  standings,
  type DraftLine,
  type ScoreDraft,
  type SheetErrors,
  type Side,
} from './score-sheet-form';
import '@/components/staff/admin.css';
import '@/components/staff/back-office.css';
import '@/components/data-table/data-table.css';
import '../contest.css';
import './scores.css';

const NO_ERRORS: SheetErrors = { byEntry: {}, sentences: [] };

function statusLine(view: ResultsView): string {
  const scorableRows = view.rows.filter(scorable);
  const done = scorableRows.filter((row) => row.result.total !== null).length;
  const absent = view.rows.filter((row) => row.absent).length;
  if (view.published)
    return `成绩已于${formatDateTime(view.publishedAt!)}发布，已冻结。如需修改，请点“更正”并说明原因。`;
  return `已录全 ${done}/${scorableRows.length} 位签到选手的成绩${absent > 0 ? `，缺考 ${absent} 位` : ''}。两项都录全后才能发布。`;
}

function CorrectDialog({
  row,
  onClose,
  onDone,
}: {
  row: ResultRow | null;
  onClose: () => void;
  onDone: (view: ResultsView) => void;
}) {
  const [typed, setTyped] = useState<DraftLine>({ theory: '', practical: '' });
  useEffect(() => {
    if (row) setTyped({ theory: pointsText(row.result.theory), practical: pointsText(row.result.practical) });
  }, [row]);
  return (
    <ReasonDialog
      open={row !== null}
      title={`更正成绩：${row?.name ?? ''}`}
      description="成绩已发布，更正会重新计算总分和名次，并记入操作日志。"
      confirmText="确认更正"
      reasonLabel="更正原因"
      reasonHint="记入操作日志"
      fields={SIDES}
      onCancel={onClose}
      onConfirm={async (reason) => {
        const view = await callFunction(contestContract, 'correctScore', {
          entryId: row!.entryId,
          theory: pointsOf(typed.theory),
          practical: pointsOf(typed.practical),
          reason,
        });
        onDone(view);
      }}
    >
      {(errorOf) =>
        SIDES.map((side) => (
          <TextField
            key={side}
            label={`${SIDE_LABELS[side]}成绩`}
            type="digit"
            value={typed[side]}
            onChange={(text) => setTyped((current) => ({ ...current, [side]: text }))}
            error={errorOf(side)}
            placeholder="0～100"
            maxLength={5}
          />
        ))
      }
    </ReasonDialog>
  );
}

function Sheet({ contest, initial }: { contest: ContestView; initial: ResultsView }) {
  const [view, setView] = useState(initial);
  const [draft, setDraft] = useState<ScoreDraft>(() => draftOf(initial));
  const [errors, setErrors] = useState<SheetErrors>(NO_ERRORS);
  const [saved, setSaved] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [correcting, setCorrecting] = useState<ResultRow | null>(null);
  const shown = useMemo(() => standings(view, draft, contest.weighting), [view, draft, contest.weighting]);
  const changes = changedLines(view, draft);

  const replace = (next: ResultsView) => {
    setView(next);
    setDraft(draftOf(next));
    setErrors(NO_ERRORS);
  };
  const type = (entryId: string, side: Side, text: string) => {
    setDraft((current) => ({ ...current, [entryId]: { ...current[entryId]!, [side]: text } }));
    setSaved(null);
  };
  const save = async () => {
    setSaved(null);
    setFailure(null);
    const lines = changedLines(view, draft);
    const problems = checkLines(view, lines);
    setErrors(problems);
    if (problems.sentences.length > 0) return;
    setBusy(true);
    try {
      replace(await callFunction(contestContract, 'saveScores', { contestId: view.contestId, lines }));
      setSaved(`已保存 ${lines.length} 位选手的成绩`);
    } catch (problem) {
      const error = asCloudError(problem);
      // The function names the line it refused (`lines.2.entryId`): put it on that contestant's line.
      if (error.field?.startsWith('lines.'))
        setErrors(placeErrors(view, lines, { [error.field]: fieldMessage(error) }));
      else setFailure(error.message);
    } finally {
      setBusy(false);
    }
  };
  const publish = async () => {
    setBusy(true);
    setFailure(null);
    try {
      replace(await callFunction(contestContract, 'publishResults', { contestId: view.contestId }));
      setSaved('成绩已发布，选手可以查看排名');
    } catch (problem) {
      setFailure(asCloudError(problem).message);
    } finally {
      setBusy(false);
      setPublishing(false);
    }
  };

  return (
    <AdminFrame
      title={`成绩录入：${view.title}`}
      intro={`比赛日 ${formatCalendarDay(contest.schedule.day)} · ${statusLine(view)}`}
    >
      <View className="jx-card" aria-label="计分规则">
        <Text className="jx-text-title jx-block">计分规则</Text>
        <Text className="jx-scores__rule">{view.rule}</Text>
        <Text className="jx-scores__rule">
          {`前${view.awards}名获奖；总分相同名次并列，下一名次顺延，并列在获奖名次上的都获奖。`}
        </Text>
      </View>
      <View className="jx-more">
        <Button
          className="jx-button"
          fill="outline"
          onClick={() => openPage(CONTEST_PAGES.entries(contest.contestId))}
        >
          报名名单
        </Button>
      </View>
      <ScoreRows
        view={view}
        draft={draft}
        errors={errors.byEntry}
        standings={shown}
        onType={type}
        onCorrect={(row) => setCorrecting(row)}
      />
      <View className="jx-card" aria-label="保存与发布">
        {errors.sentences.length > 0 ? (
          <View className="jx-scores__problems" role="alert" aria-label="成绩有误">
            {errors.sentences.map((sentence) => (
              <ErrorText key={sentence}>{sentence}</ErrorText>
            ))}
          </View>
        ) : null}
        {failure ? <ErrorText>{failure}</ErrorText> : null}
        {saved ? <DoneText>✓ {saved}</DoneText> : null}
        {view.published ? null : (
          <View className="jx-actions">
            <Button className="jx-button" type="primary" loading={busy} onClick={() => void save()}>
              {changes.length > 0 ? `保存成绩（${changes.length}位）` : '保存成绩'}
            </Button>
            <Button
              className="jx-button"
              type="primary"
              fill="outline"
              onClick={() => {
                setFailure(changes.length > 0 ? '还有未保存的成绩，请先保存再发布' : null);
                if (changes.length === 0) setPublishing(true);
              }}
            >
              发布成绩
            </Button>
          </View>
        )}
      </View>
      <ContestExport contestId={view.contestId} kind="results" />
      <Dialog
        open={publishing}
        title="发布成绩"
        onClose={() => setPublishing(false)}
        actions={
          <>
            <Button className="jx-button" fill="outline" onClick={() => setPublishing(false)}>
              再看看
            </Button>
            <Button className="jx-button" type="primary" loading={busy} onClick={() => void publish()}>
              {busy ? '正在发布' : '确认发布'}
            </Button>
          </>
        }
      >
        <Text className="jx-text-body jx-block">
          {`发布后选手即可查看排名，成绩随即冻结；之后只能逐条更正并说明原因。确定发布“${view.title}”的成绩吗？`}
        </Text>
      </Dialog>
      <CorrectDialog
        row={correcting}
        onClose={() => setCorrecting(null)}
        onDone={(next) => {
          replace(next);
          setSaved(`已更正${correcting?.name ?? ''}的成绩`);
          setCorrecting(null);
        }}
      />
    </AdminFrame>
  );
}

export function ScoreSheet({ contestId }: { contestId: string }) {
  const { state, reload } = useCloudCall(
    () =>
      Promise.all([
        callFunction(contestContract, 'staffContest', { contestId }),
        callFunction(contestContract, 'scoreSheet', { contestId }),
      ]),
    [contestId],
  );
  if (state.status !== 'ready')
    return <AdminPending title="成绩录入" state={state} label="正在加载成绩" onRetry={reload} />;
  const [{ contest }, view] = state.data;
  if (contest.phase !== 'day' && contest.phase !== 'over') {
    return (
      <AdminDeadEnd
        title={`成绩录入：${contest.title}`}
        reason="比赛当天起才能录入成绩。"
        hint={`比赛日是${formatCalendarDay(contest.schedule.day)}。`}
      />
    );
  }
  return <Sheet key={view.publishedAt ?? 'draft'} contest={contest} initial={view} />;
}
