// The organisers' acts on a team in a team contest, where the entry id they hold is the team's id: review
// (`reviewEntry`) and manual check-in (`manualCheckIn`). Same rules as for a person: staff over the organiser, nobody
// acts on a team they are in, every act audited (the team is the contest's entry, so its target is a contestEntry).
import { checkInOpen } from '../../../src/shared/contest/schedule';
import type { EntryView } from '../../../src/shared/contracts/contest';
import { contestOrFail } from '../../../server/contest/records';
import { checkInTeam, refuseOwnTeam, reviewTeam } from '../../../server/contest/team-day';
import { teamRowView, type TeamRecord } from '../../../server/contest/teams';
import { AppError } from '../../../server/kit/app-error';
import type { GuardedContext } from '../../../server/kit/guarded-function';
import { audit } from '../../../server/people/audit';

const label = (title: string, team: TeamRecord) => `${title}：${team.name}`;

export async function reviewTeamEntry(
  ctx: GuardedContext,
  team: TeamRecord,
  approve: boolean,
  reason: string | null,
): Promise<EntryView> {
  const contest = await contestOrFail(ctx.db, team.contestId);
  ctx.requireOver(contest.orgPath);
  refuseOwnTeam(ctx.actor.id, team, '审核这支队伍', 'entryId');
  const stored = await reviewTeam(ctx, contest, team, { approve, reason });
  await audit(ctx.db, ctx.actor, ctx.now, {
    action: approve ? 'contest.approveEntry' : 'contest.rejectEntry',
    orgPath: contest.orgPath,
    target: { type: 'contestEntry', id: team._id, label: label(contest.title, team) },
    reason,
    before: { state: team.state },
    after: { state: stored.state, members: stored.count },
  });
  return teamRowView(contest, stored);
}

export async function manualTeamCheckIn(ctx: GuardedContext, team: TeamRecord, reason: string): Promise<EntryView> {
  const contest = await contestOrFail(ctx.db, team.contestId);
  ctx.requireOver(contest.orgPath);
  refuseOwnTeam(ctx.actor.id, team, '为这支队伍签到', 'entryId');
  if (!checkInOpen(contest.schedule, ctx.now)) {
    throw new AppError('CONFLICT', `只能在比赛当天（${contest.schedule.day}）签到`, 'entryId');
  }
  const checked = await checkInTeam(ctx, team, 'manual', ctx.actor.id, 'entryId');
  // Audited only when this call checked the team in (a repeat answers the first check-in).
  if (checked.checkedIn?.how === 'manual' && checked.checkedIn.at.getTime() === ctx.now.getTime()) {
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'contest.checkIn',
      orgPath: contest.orgPath,
      target: { type: 'contestEntry', id: team._id, label: label(contest.title, team) },
      reason,
      before: { checkedIn: null },
      after: { checkedIn: 'manual' },
    });
  }
  return teamRowView(contest, checked);
}
