// A team (contest subpackage), as its invitation opens it: name, captain, members with their units (队长 marked),
// its size against the minimum and maximum, and its state (组队中 / 已报名 / 候补第n位 / 已退出 and why). What the
// caller may do follows their part: anyone eligible 加入队伍; a teammate 退出队伍 (warned when that withdraws the
// team); the captain 提交报名 at the minimum, 邀请队友 (WeChat's share card, or a link in a browser) and 取消报名.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { askToSubscribe, useSubscribeTemplates } from '@/cloud/subscribe';
import { asCloudError, useCloudCall } from '@/cloud/use-cloud-call';
import { Dialog } from '@/components/dialog/dialog';
import { DoneText, ErrorText } from '@/components/form/messages';
import { openPage, useShownAgain } from '@/components/navigation/navigation';
import { PendingCard } from '@/components/states/states';
import { useNow } from '@/platform/clock';
import { contestContract, type ContestView, type TeamView } from '@/shared/contracts/contest';
import { InviteAction, useInviteCard } from './invite';
import { CONTEST_PAGES } from './routes';
import { inviteTitle, leaveWarning, teamActionsOf, teamSizeText, teamStateText, teamTagClass } from './team-texts';
import './contest.css';
import './team.css';

type Asking = null | 'leave' | 'cancel';

function Members({ team }: { team: TeamView }) {
  return (
    <View className="jx-card" aria-label="队员">
      <Text className="jx-text-title jx-block">队员</Text>
      <Text className="jx-text-secondary jx-block">{teamSizeText(team)}</Text>
      <View className="jx-team-members" role="list">
        {team.members.map((member, i) => (
          <View key={`${member.name}-${i}`} className="jx-team-member" role="listitem">
            <View className="jx-contest-card__head">
              <Text className="jx-text-body jx-contest-card__title">{member.name}</Text>
              {member.captain ? <Text className="jx-tag jx-tag--brand">队长</Text> : null}
            </View>
            {member.orgName ? <Text className="jx-text-secondary jx-block">{member.orgName}</Text> : null}
          </View>
        ))}
      </View>
    </View>
  );
}

function NameHold({ team }: { team: TeamView }) {
  if (!team.nameHold) return null;
  return team.nameHold.state === 'review' ? (
    <Text className="jx-text-secondary jx-block">
      队名正在审核，审核通过前队友和其他人看到的是“{team.captainName}的队伍”。
    </Text>
  ) : (
    <Text className="jx-text-error jx-block">
      队名未通过审核{team.nameHold.reason ? `（${team.nameHold.reason}）` : ''}，其他人看到的是“{team.captainName}
      的队伍”。
    </Text>
  );
}

function TeamCard({ team, contest }: { team: TeamView; contest: ContestView }) {
  return (
    <View className="jx-card" aria-label="队伍">
      <View className="jx-contest-card__head">
        <Text className={teamTagClass(team)}>{teamStateText(team)}</Text>
        {team.isCaptain ? (
          <Text className="jx-tag">我是队长</Text>
        ) : team.isMember ? (
          <Text className="jx-tag">我在队中</Text>
        ) : null}
      </View>
      <Text className="jx-text-hero jx-block">{team.name}</Text>
      <NameHold team={team} />
      <Text className="jx-text-body jx-block">队长：{team.captainName}</Text>
      <Text className="jx-text-body jx-block">比赛：{team.contestTitle}</Text>
      {team.state === 'waitlisted' ? (
        <Text className="jx-text-body jx-block">
          名额已满，队伍在候补第{team.position}位，有队伍退出时按顺序递补。
        </Text>
      ) : null}
      {team.state === 'pending' ? <Text className="jx-text-body jx-block">已占名额，等待主办方审核。</Text> : null}
      {team.reason ? <Text className="jx-text-error jx-block">原因：{team.reason}</Text> : null}
      {team.state === 'withdrawn' || team.state === 'cancelled' ? (
        <Text className="jx-text-body jx-block">这支队伍已不再参赛，队员可以另行组队报名。</Text>
      ) : null}
      <View className="jx-actions">
        <Button
          className="jx-button"
          fill="outline"
          onClick={() => openPage(CONTEST_PAGES.detail(contest.contestId))}
        >
          查看比赛
        </Button>
      </View>
    </View>
  );
}

function Actions({ team, contest, onChanged }: { team: TeamView; contest: ContestView; onChanged: () => void }) {
  const now = useNow();
  const [asking, setAsking] = useState<Asking>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const can = teamActionsOf(team, contest.schedule, now);
  const act = async (run: () => Promise<unknown>, doneText: string) => {
    setBusy(true);
    setFailure(null);
    setDone(null);
    try {
      await run();
      setAsking(null);
      setDone(doneText);
      onChanged();
    } catch (problem) {
      setFailure(asCloudError(problem).message);
    } finally {
      setBusy(false);
    }
  };
  const join = () => {
    // WeChat's dialog must open inside the tap, before anything waits.
    void askToSubscribe(['contestEntry']);
    void act(() => callFunction(contestContract, 'joinTeam', { teamId: team.teamId }), '已加入队伍');
  };
  const submit = () => {
    void askToSubscribe(['contestEntry']);
    void act(() => callFunction(contestContract, 'submitTeam', { teamId: team.teamId }), '已提交报名');
  };
  const verdict = contest.verdict && !contest.verdict.ok && can.join ? contest.verdict.message : null;
  const buttons = (can.join && !verdict) || can.leave || can.submit || can.invite || can.cancel;
  const nothing = !buttons && !can.note && !verdict;
  if (nothing && !failure && !done) return null;
  return (
    <View className="jx-card" aria-label="操作">
      {can.note ? <Text className="jx-text-body jx-block">{can.note}</Text> : null}
      {verdict ? (
        <View className="jx-contest-verdict" role="alert" aria-label="你暂不能加入">
          <Text className="jx-text-body jx-block">你暂不能加入：{verdict}</Text>
        </View>
      ) : null}
      {can.join && !verdict ? (
        <Text className="jx-text-body jx-block">
          {team.captainName}邀请你加入这支队伍。加入后由队长提交报名，截止前可以退出。
        </Text>
      ) : null}
      {failure ? <ErrorText>{failure}</ErrorText> : null}
      {done ? <DoneText>✓ {done}</DoneText> : null}
      {buttons ? (
        <View className="jx-actions">
          {can.join && !verdict ? (
            <Button className="jx-button" type="primary" loading={busy} onClick={join}>
              {busy ? '正在加入' : '加入队伍'}
            </Button>
          ) : null}
          {can.submit ? (
            <Button className="jx-button" type="primary" loading={busy} onClick={submit}>
              {busy ? '正在提交' : '提交报名'}
            </Button>
          ) : null}
          {can.invite ? (
            <InviteAction target={{ title: inviteTitle(team), path: CONTEST_PAGES.team(team.teamId) }} />
          ) : null}
          {can.leave ? (
            <Button className="jx-button" fill="outline" onClick={() => setAsking('leave')}>
              退出队伍
            </Button>
          ) : null}
          {can.cancel ? (
            <Button className="jx-button" fill="outline" onClick={() => setAsking('cancel')}>
              取消报名
            </Button>
          ) : null}
        </View>
      ) : null}
      <Dialog
        open={asking !== null}
        title={asking === 'leave' ? '退出队伍' : '取消报名'}
        onClose={() => setAsking(null)}
        actions={
          <>
            <Button className="jx-button" fill="outline" onClick={() => setAsking(null)}>
              {asking === 'leave' ? '不退出' : '不取消'}
            </Button>
            <Button
              className="jx-button"
              type="primary"
              loading={busy}
              onClick={() =>
                void (asking === 'leave'
                  ? act(() => callFunction(contestContract, 'leaveTeam', { teamId: team.teamId }), '已退出队伍')
                  : act(
                      () => callFunction(contestContract, 'cancelEntry', { contestId: team.contestId }),
                      '已取消报名',
                    ))
              }
            >
              {asking === 'leave' ? '确定退出' : '确定取消'}
            </Button>
          </>
        }
      >
        <Text className="jx-text-body jx-block">
          {asking === 'leave'
            ? leaveWarning(team)
            : `取消后整支队伍的报名结束，队员都会退出，名额让给候补。确定取消“${team.name}”的报名吗？`}
        </Text>
      </Dialog>
    </View>
  );
}

async function teamAndContest(teamId: string) {
  const team = await callFunction(contestContract, 'team', { teamId });
  const contest = await callFunction(contestContract, 'contest', { contestId: team.contestId });
  return { team, contest };
}

export function TeamPage({ teamId }: { teamId: string }) {
  useSubscribeTemplates();
  const { state, reload, replace } = useCloudCall(() => teamAndContest(teamId), [teamId]);
  useShownAgain(reload);
  // After an action the page is read again in place, so what the action said stays on screen.
  const refresh = () => teamAndContest(teamId).then(replace, reload);
  const ready = state.status === 'ready' ? state.data : null;
  useInviteCard(ready ? { title: inviteTitle(ready.team), path: CONTEST_PAGES.team(ready.team.teamId) } : null);
  if (!ready) return <PendingCard state={state} rows={5} shape="detail" label="正在加载队伍" onRetry={reload} />;
  return (
    <View>
      <TeamCard team={ready.team} contest={ready.contest} />
      <Members team={ready.team} />
      <Actions team={ready.team} contest={ready.contest} onChanged={() => void refresh()} />
    </View>
  );
}
