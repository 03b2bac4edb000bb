// The voter's controls: 投票 on a candidate (or 选择 for a ballot), the bar that always says what is left today,
// and the server's refusal in a dialog.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { Dialog } from '@/components/dialog/dialog';
import { daySpent } from '@/shared/selection/daily-quota';
import { votingHasOpened } from '@/shared/selection/stages';
import { SPENT_HINT, SPENT_LABEL } from './vote-texts';
import type { Campaign } from './texts';
import type { Voting } from './use-voting';
import './vote.css';
import './candidates.css';

export interface BallotPick {
  picked: boolean;
  toggle: () => void;
}

export function VoteButton({
  candidateId,
  name,
  voting,
  ballot,
}: {
  candidateId: string;
  name: string;
  voting: Voting;
  /** In ballot mode: whether this candidate is on the ballot being filled, and how to change that. */
  ballot?: BallotPick;
}) {
  const today = voting.today.status === 'ready' ? voting.today.data : null;
  if (today?.votedFor.includes(candidateId)) {
    return (
      <View className="jx-voted">
        <Text className="jx-voted__text">✓ 今日已投</Text>
      </View>
    );
  }
  if (today?.ballotSize && ballot) {
    return (
      <Button
        className="jx-button jx-vote-button"
        type="primary"
        fill={ballot.picked ? 'solid' : 'outline'}
        aria-label={ballot.picked ? `已选 ${name}，再点取消` : `选择 ${name}`}
        onClick={() => {
          if (voting.pending === null) ballot.toggle();
        }}
      >
        {ballot.picked ? '已选' : '选择'}
      </Button>
    );
  }
  if (today && daySpent(today)) {
    // The day's votes are used: the button says so, muted, instead of inviting a tap the server will refuse. A tap
    // still asks the server, whose answer (the day's rule in its words) opens in the dialog.
    return (
      <Button
        className="jx-button jx-vote-button jx-vote-button--spent"
        fill="outline"
        aria-label={`给${name}投票：${SPENT_LABEL}，${SPENT_HINT}`}
        onClick={() => {
          if (voting.pending === null) void voting.cast([candidateId]);
        }}
      >
        <View className="jx-vote-spent">
          <Text className="jx-vote-spent__text">{SPENT_LABEL}</Text>
          <Text className="jx-vote-spent__hint">{SPENT_HINT}</Text>
        </View>
      </Button>
    );
  }
  const mine = voting.pending?.includes(candidateId) ?? false;
  return (
    <Button
      className="jx-button jx-vote-button"
      type="primary"
      aria-label={`给${name}投票`}
      loading={mine}
      onClick={() => {
        // One request at a time; until today's state has loaded there is nothing to check a tap against.
        if (today && voting.pending === null) void voting.cast([candidateId]);
      }}
    >
      {mine ? '正在投票' : '投票'}
    </Button>
  );
}

/** Fixed at the bottom of the page: what the voter has left today, and in ballot mode the ballot being filled. */
export function TodayBar({
  campaign,
  voting,
  picked = [],
  onSubmitBallot,
}: {
  campaign: Campaign;
  voting: Voting;
  picked?: string[];
  onSubmitBallot?: () => void;
}) {
  if (campaign.stage !== 'voting') {
    // The head of the page says where the campaign stands; the bar says only what it means for voting.
    const before = !votingHasOpened(campaign.stage);
    return (
      <View className="jx-today" role="status">
        <Text className="jx-text-body jx-today__text">
          {before ? `投票尚未开始，开始后每人每天可投${campaign.rules.votesPerDay}票` : '投票已结束，感谢关注'}
        </Text>
      </View>
    );
  }
  const state = voting.today;
  return (
    <View className="jx-today" role="status" aria-live="polite" aria-label="今天的票数">
      {state.status === 'loading' ? (
        <Text className="jx-text-body jx-today__text">正在读取今天还可投的票数</Text>
      ) : null}
      {state.status === 'error' ? (
        <>
          <Text className="jx-text-body jx-today__text">{state.error.message}</Text>
          <Button className="jx-button" fill="outline" onClick={voting.reloadToday}>
            重试
          </Button>
        </>
      ) : null}
      {state.status === 'ready' ? (
        <>
          <View className="jx-today__text">
            <Text className="jx-text-body jx-block jx-today__left">
              今天还可投 <Text className="jx-today__number">{state.data.remaining}</Text> 票
            </Text>
            <Text className="jx-text-secondary jx-block">
              {daySpent(state.data)
                ? '今天的票已投完，明天可以再投'
                : state.data.ballotSize
                  ? `已选 ${picked.length}/${state.data.ballotSize} 人，选满后提交`
                  : `每人每天 ${state.data.quota} 票`}
            </Text>
          </View>
          {state.data.ballotSize && onSubmitBallot ? (
            <Button className="jx-button" type="primary" loading={voting.pending !== null} onClick={onSubmitBallot}>
              {voting.pending !== null ? '正在提交' : '提交选票'}
            </Button>
          ) : null}
        </>
      ) : null}
    </View>
  );
}

export function RefusalDialog({ voting }: { voting: Voting }) {
  return (
    <Dialog
      open={voting.refusal !== null}
      title="这次没有投上"
      onClose={voting.dismissRefusal}
      actions={
        <Button className="jx-button" type="primary" onClick={voting.dismissRefusal}>
          知道了
        </Button>
      }
    >
      <View role="alert">
        <Text className="jx-text-body jx-block">{voting.refusal}</Text>
      </View>
    </Dialog>
  );
}
