// One contest (contest subpackage): everything about it, who may enter (the rules as sentences), and the caller's
// verdict — when a rule keeps them out, it is named before they try, with the way to fix it where there is one.
// Then the organiser's fields and one tap 报名 (the subscribe message asked at the tap); after, the entry's state,
// its waitlist place and 取消报名 until the cancellation deadline. A team contest offers 组队报名 (team-entry.tsx).
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { askToSubscribe, useSubscribeTemplates } from '@/cloud/subscribe';
import { asCloudError, useCloudCall } from '@/cloud/use-cloud-call';
import { Dialog } from '@/components/dialog/dialog';
import { ErrorText } from '@/components/form/messages';
import { fieldMessage, formatCalendarDay, formatDateTime } from '@/components/format/format';
import { openPage, useShownAgain } from '@/components/navigation/navigation';
import { PendingCard } from '@/components/states/states';
import { useNow } from '@/platform/clock';
import { contestContract, contestLevelLabels, type ContestView } from '@/shared/contracts/contest';
import { cancellationOpen, registrationRefusal } from '@/shared/contest/schedule';
import { weightingText } from '@/shared/contest/scores';
import { tradeLabels } from '@/shared/people/trades';
import type { FieldErrors } from '@/shared/validation/field-errors';
import { answerErrors, answersOf, type AnswerDraft } from './answers';
import { AnswersForm } from './answers-form';
import { useScrollToFirstError } from '@/components/form/scroll-to-error';
import { entryStateText, entryTagClass, fixOf, phaseLabel, phaseTagClass, placesText, windowLine } from './texts';
import { EntryHolds, Poster } from './contest-content';
import { CheckInButton } from './check-in-button';
import { ResultsSection } from './results-section';
import { FormTeam, MyTeam } from './team-entry';
import './contest.css';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View className="jx-contest-fact">
      <Text className="jx-text-secondary jx-contest-fact__label">{label}</Text>
      <Text className="jx-text-body jx-contest-fact__value">{value}</Text>
    </View>
  );
}

function About({ contest }: { contest: ContestView }) {
  const team = contest.entry.kind === 'team';
  return (
    <View className="jx-card" aria-label="比赛信息">
      <Poster contest={contest} />
      <View className="jx-contest-card__head">
        <Text className={phaseTagClass(contest.phase)}>{phaseLabel(contest.phase)}</Text>
        <Text className="jx-tag">{contestLevelLabels[contest.level]}</Text>
      </View>
      <Text className="jx-text-hero jx-block">{contest.title}</Text>
      {contest.description ? <Text className="jx-text-body jx-block">{contest.description}</Text> : null}
      <View className="jx-contest-facts">
        <Fact label="主办" value={contest.organiser.name} />
        <Fact label="工种" value={tradeLabels[contest.trade]} />
        <Fact label="比赛日" value={formatCalendarDay(contest.schedule.day)} />
        <Fact label="地点" value={contest.venue} />
        <Fact label="报名" value={windowLine(contest).replace('报名时间：', '')} />
        <Fact label="取消报名" value={`${formatDateTime(contest.schedule.cancelBy)} 前可取消`} />
        <Fact
          label="参赛形式"
          value={team ? `团体赛，每队${contest.entry.teamMin}到${contest.entry.teamMax}人` : '个人赛'}
        />
        <Fact label="名额" value={placesText(contest)} />
        <Fact label="审核" value={contest.review ? '报名后由主办方审核' : '报名即确认，无需审核'} />
        <Fact label="成绩" value={weightingText(contest.weighting)} />
        <Fact label="获奖名额" value={`${contest.awards}名`} />
      </View>
    </View>
  );
}

function Rules({ contest }: { contest: ContestView }) {
  return (
    <View className="jx-card" aria-label="参赛条件">
      <Text className="jx-text-title jx-block">参赛条件</Text>
      {contest.rules.length === 0 ? (
        <Text className="jx-text-body jx-block">所在企业和上级工会的职工均可报名。</Text>
      ) : (
        <View className="jx-contest-rules" role="list">
          {contest.rules.map((rule) => (
            <View key={rule} role="listitem">
              <Text className="jx-text-body jx-block">· {rule}</Text>
            </View>
          ))}
        </View>
      )}
      {contest.verdict && !contest.verdict.ok && !contest.mine ? <Verdict contest={contest} /> : null}
    </View>
  );
}

function Verdict({ contest }: { contest: ContestView }) {
  const fix = contest.verdict ? fixOf(contest.verdict) : null;
  return (
    <View className="jx-contest-verdict" role="alert" aria-label="你暂不能报名">
      <Text className="jx-text-body jx-block">你暂不能报名：{contest.verdict?.message}</Text>
      {fix ? (
        <View className="jx-actions">
          <Button className="jx-button" type="primary" onClick={() => openPage(fix.url)}>
            {fix.label}
          </Button>
        </View>
      ) : null}
    </View>
  );
}

function MyEntry({ contest, onChanged }: { contest: ContestView; onChanged: () => void }) {
  const now = useNow();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const entry = contest.mine!;
  const live = entry.state === 'confirmed' || entry.state === 'pending' || entry.state === 'waitlisted';
  const cancellable = live && cancellationOpen(contest.schedule, now);
  const cancel = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await callFunction(contestContract, 'cancelEntry', { contestId: contest.contestId });
      setAsking(false);
      onChanged();
    } catch (problem) {
      setFailure(asCloudError(problem).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="jx-card" aria-label="我的报名">
      <Text className="jx-text-title jx-block">我的报名</Text>
      <View className="jx-contest-card__head">
        <Text className={entryTagClass(entry)}>{entryStateText(entry)}</Text>
        <Text className="jx-text-secondary">{formatDateTime(entry.createdAt)} 报名</Text>
      </View>
      {entry.state === 'waitlisted' ? (
        <Text className="jx-text-body jx-block">
          名额已满，你在候补第{entry.position}位。有人取消时按顺序递补，递补后会通知你。
        </Text>
      ) : null}
      {entry.state === 'pending' ? <Text className="jx-text-body jx-block">已占名额，等待主办方审核。</Text> : null}
      {entry.state === 'confirmed' && !entry.checkedIn ? (
        <Text className="jx-text-body jx-block">请于{formatCalendarDay(contest.schedule.day)}按时参赛。</Text>
      ) : null}
      {entry.checkedIn ? (
        <Text className="jx-text-body jx-block">已签到（{formatDateTime(entry.checkedIn.at)}）</Text>
      ) : null}
      {entry.state === 'confirmed' && !entry.checkedIn && contest.phase === 'day' ? (
        <CheckInButton contestId={contest.contestId} onDone={onChanged} />
      ) : null}
      {entry.reason ? <Text className="jx-text-error jx-block">原因：{entry.reason}</Text> : null}
      <EntryHolds contest={contest} entry={entry} />
      {entry.result ? (
        <Text className="jx-text-body jx-block">
          成绩：{entry.result.total ?? '—'}分{entry.result.rank ? `，第${entry.result.rank}名` : ''}
          {entry.result.awarded ? '，获奖' : ''}
        </Text>
      ) : null}
      {failure ? <ErrorText>{failure}</ErrorText> : null}
      {cancellable ? (
        <View className="jx-actions">
          <Button className="jx-button" fill="outline" onClick={() => setAsking(true)}>
            取消报名
          </Button>
        </View>
      ) : live ? (
        <Text className="jx-text-secondary jx-block">
          取消报名已截止（{formatDateTime(contest.schedule.cancelBy)}）。
        </Text>
      ) : null}
      <Dialog
        open={asking}
        title="取消报名"
        onClose={() => setAsking(false)}
        actions={
          <>
            <Button className="jx-button" fill="outline" onClick={() => setAsking(false)}>
              不取消
            </Button>
            <Button className="jx-button" type="primary" loading={busy} onClick={() => void cancel()}>
              {busy ? '正在取消' : '确定取消'}
            </Button>
          </>
        }
      >
        <Text className="jx-text-body jx-block">
          取消后名额会让给候补的人，这场比赛不能再次报名。确定取消“{contest.title}”的报名吗？
        </Text>
      </Dialog>
    </View>
  );
}

function Register({ contest, onDone }: { contest: ContestView; onDone: () => void }) {
  const now = useNow();
  const [draft, setDraft] = useState<AnswerDraft>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const scrollToFirstError = useScrollToFirstError();
  const closed = registrationRefusal(contest.schedule, now);
  if (closed) {
    return (
      <View className="jx-card" aria-label="报名">
        <Text className="jx-text-body jx-block">{closed}</Text>
      </View>
    );
  }
  if (contest.verdict && !contest.verdict.ok) return null;
  const submit = () => {
    const problems = answerErrors(contest.fields, draft);
    setErrors(problems);
    setFailure(null);
    if (Object.keys(problems).length > 0) {
      scrollToFirstError();
      return;
    }
    // WeChat's dialog must open inside the tap, before anything waits.
    void askToSubscribe(['contestEntry']);
    setBusy(true);
    callFunction(contestContract, 'register', {
      contestId: contest.contestId,
      answers: answersOf(contest.fields, draft),
    })
      .then(onDone, (problem: unknown) => {
        const error = asCloudError(problem);
        const key = error.field?.startsWith('answers.') ? error.field.slice('answers.'.length) : null;
        if (key) {
          setErrors({ [key]: fieldMessage(error) });
          scrollToFirstError();
        } else setFailure(error.message);
      })
      .finally(() => setBusy(false));
  };
  return (
    <View className="jx-card" aria-label="报名">
      <Text className="jx-text-title jx-block">报名</Text>
      {contest.fields.length > 0 ? (
        <AnswersForm
          fields={contest.fields}
          contestId={contest.contestId}
          draft={draft}
          onChange={setDraft}
          errors={errors}
        />
      ) : null}
      {contest.placesLeft === 0 ? (
        <Text className="jx-text-body jx-block">名额已满，现在报名将进入候补，有人取消时按顺序递补。</Text>
      ) : null}
      {failure ? <ErrorText>{failure}</ErrorText> : null}
      <Button block className="jx-button" type="primary" loading={busy} onClick={submit}>
        {busy ? '正在报名' : contest.placesLeft === 0 ? '报名候补' : '报名'}
      </Button>
    </View>
  );
}

export function ContestDetail({ contestId }: { contestId: string }) {
  useSubscribeTemplates();
  const { state, reload } = useCloudCall(() => callFunction(contestContract, 'contest', { contestId }), [contestId]);
  useShownAgain(reload);
  if (state.status !== 'ready') {
    return <PendingCard state={state} rows={6} shape="detail" label="正在加载比赛" onRetry={reload} />;
  }
  const contest = state.data;
  return (
    <View>
      <About contest={contest} />
      <Rules contest={contest} />
      {contest.mine?.team ? (
        <MyTeam entry={contest.mine} contest={contest} onChanged={reload} />
      ) : contest.mine ? (
        <MyEntry contest={contest} onChanged={reload} />
      ) : contest.entry.kind === 'team' ? (
        <FormTeam contest={contest} />
      ) : (
        <Register contest={contest} onDone={reload} />
      )}
      {contest.published ? (
        <ResultsSection
          contestId={contest.contestId}
          myEntryId={contest.mine?.team?.teamId ?? contest.mine?.entryId ?? null}
        />
      ) : null}
    </View>
  );
}
