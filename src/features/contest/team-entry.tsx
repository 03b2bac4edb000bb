// 组队报名 on a team contest's page: a worker with no team forms one (its name and the organiser's fields, the
// subscribe message asked at the tap) and lands on the team page to invite teammates; one in a team sees it with
// its state and goes to it. The verdict above (Rules) has already named a failing rule, so nothing is offered then.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { askToSubscribe } from '@/cloud/subscribe';
import { asCloudError } from '@/cloud/use-cloud-call';
import { ErrorText } from '@/components/form/messages';
import { TextField } from '@/components/form/fields';
import { fieldMessage, formatDateTime } from '@/components/format/format';
import { openPage } from '@/components/navigation/navigation';
import { useNow } from '@/platform/clock';
import { contestContract, type ContestView, type EntryView } from '@/shared/contracts/contest';
import { registrationRefusal } from '@/shared/contest/schedule';
import type { FieldErrors } from '@/shared/validation/field-errors';
import { answerErrors, answersOf, type AnswerDraft } from './answers';
import { CheckInButton } from './check-in-button';
import { AnswersForm } from './answers-form';
import { CONTEST_PAGES } from './routes';
import { useScrollToFirstError } from '@/components/form/scroll-to-error';
import { teamStateText, teamTagClass } from './team-texts';

/**
 * The team's check-in on the contest day: any member's scan checks the whole team in, so once anyone has scanned the
 * others read 全队已签到.
 */
function TeamCheckIn({
  entry,
  contest,
  onChanged,
}: {
  entry: EntryView;
  contest: ContestView;
  onChanged: () => void;
}) {
  if (entry.checkedIn) {
    return <Text className="jx-text-body jx-block">全队已签到（{formatDateTime(entry.checkedIn.at)}）</Text>;
  }
  if (entry.state !== 'confirmed' || contest.phase !== 'day') return null;
  return (
    <>
      <Text className="jx-text-body jx-block">队员任一人扫码签到，即为全队签到。</Text>
      <CheckInButton contestId={contest.contestId} onDone={onChanged} />
    </>
  );
}

/** The worker's team on the contest page: its name, their part, its state, its check-in, and the way to it. */
export function MyTeam({
  entry,
  contest,
  onChanged,
}: {
  entry: EntryView;
  contest: ContestView;
  onChanged: () => void;
}) {
  const team = entry.team!;
  return (
    <View className="jx-card" aria-label="我的队伍">
      <Text className="jx-text-title jx-block">我的队伍</Text>
      <View className="jx-contest-card__head">
        <Text className={teamTagClass(entry)}>{teamStateText(entry)}</Text>
        <Text className="jx-tag">{team.captain ? '队长' : '队员'}</Text>
      </View>
      <Text className="jx-text-body jx-block">
        {team.name}（{team.members.length}人）
      </Text>
      {entry.reason ? <Text className="jx-text-error jx-block">原因：{entry.reason}</Text> : null}
      <TeamCheckIn entry={entry} contest={contest} onChanged={onChanged} />
      <View className="jx-actions">
        <Button className="jx-button" type="primary" onClick={() => openPage(CONTEST_PAGES.team(team.teamId))}>
          {team.captain ? '管理队伍' : '查看队伍'}
        </Button>
      </View>
    </View>
  );
}

export function FormTeam({ contest }: { contest: ContestView }) {
  const now = useNow();
  const [name, setName] = useState('');
  const [draft, setDraft] = useState<AnswerDraft>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const scrollToFirstError = useScrollToFirstError();
  const closed = registrationRefusal(contest.schedule, now);
  if (closed) {
    return (
      <View className="jx-card" aria-label="组队报名">
        <Text className="jx-text-body jx-block">{closed}</Text>
      </View>
    );
  }
  if (contest.verdict && !contest.verdict.ok) return null;
  const submit = () => {
    const trimmed = name.trim();
    const problems: FieldErrors = {
      ...(trimmed.length < 2 || trimmed.length > 20 ? { teamName: '队名2到20个字' } : {}),
      ...answerErrors(contest.fields, draft),
    };
    setErrors(problems);
    setFailure(null);
    if (Object.keys(problems).length > 0) {
      scrollToFirstError();
      return;
    }
    // WeChat's dialog must open inside the tap, before anything waits.
    void askToSubscribe(['contestEntry']);
    setBusy(true);
    callFunction(contestContract, 'createTeam', {
      contestId: contest.contestId,
      name: trimmed,
      answers: answersOf(contest.fields, draft),
    })
      .then(
        (team) => openPage(CONTEST_PAGES.team(team.teamId)),
        (problem: unknown) => {
          const error = asCloudError(problem);
          // The name's own error sits apart from the organiser's fields (whose keys are theirs to choose).
          const key =
            error.field === 'name'
              ? 'teamName'
              : error.field?.startsWith('answers.')
                ? error.field.slice('answers.'.length)
                : null;
          if (key) {
            setErrors({ [key]: fieldMessage(error) });
            scrollToFirstError();
          } else setFailure(error.message);
        },
      )
      .finally(() => setBusy(false));
  };
  return (
    <View className="jx-card" aria-label="组队报名">
      <Text className="jx-text-title jx-block">组队报名</Text>
      <Text className="jx-text-body jx-block">
        团体赛每队{contest.entry.teamMin}到{contest.entry.teamMax}
        人。你创建队伍并担任队长，再邀请队友加入；人数够了由你提交报名。
      </Text>
      <TextField
        label="队名"
        value={name}
        onChange={setName}
        error={errors.teamName}
        maxLength={20}
        placeholder="2到20个字，其他人都能看到"
      />
      {contest.fields.length > 0 ? (
        <AnswersForm
          fields={contest.fields}
          contestId={contest.contestId}
          draft={draft}
          onChange={setDraft}
          errors={errors}
        />
      ) : null}
      {failure ? <ErrorText>{failure}</ErrorText> : null}
      <Button block className="jx-button" type="primary" loading={busy} onClick={submit}>
        {busy ? '正在创建' : '创建队伍'}
      </Button>
    </View>
  );
}
