// The organisers' decision on a team name WeChat held for review: passing shows it to everyone, refusing keeps the
// neutral `<captain>的队伍` for good and tells the captain why. Staff over the contest's organiser decide (never the
// team's own captain or members); the decision is audited as every content decision is.
import type { contestContract } from '../../../src/shared/contracts/contest';
import { PAGES, withQuery } from '../../../src/shared/routes';
import { contestOrFail } from '../../../server/contest/records';
import { teamNameContent, teamNameHold, TEAM_NAME_FIELD } from '../../../server/contest/team-names';
import { teamOrFail, teamRowView } from '../../../server/contest/teams';
import { decideHeldText } from '../../../server/content-security/text';
import { AppError } from '../../../server/kit/app-error';
import type { GuardedHandlers } from '../../../server/kit/guarded-function';
import { contestEntryChanged } from '../../../server/notify/senders';

export const teamNameHandlers = {
  decideTeamName: async ({ teamId, decision, reason }, ctx) => {
    const team = await teamOrFail(ctx.db, teamId);
    const contest = await contestOrFail(ctx.db, team.contestId);
    ctx.requireOver(contest.orgPath);
    if (team.members.some((member) => member.person === ctx.actor.id)) {
      throw new AppError('FORBIDDEN', '不能审核自己所在队伍的队名', 'teamId');
    }
    const hold = teamNameHold(team);
    if (hold?.state !== 'review') throw new AppError('CONFLICT', '这个队名不在待审核状态，请刷新后再试', 'teamId');
    await decideHeldText(ctx, teamNameContent, {
      ownerId: teamId,
      field: TEAM_NAME_FIELD,
      checkId: hold.checkId,
      passed: decision === 'pass',
      reason: reason ?? null,
      actor: ctx.actor,
      audit: {
        orgPath: contest.orgPath,
        target: { type: 'contestEntry', id: teamId, label: `${contest.title}：${team.name}` },
      },
    });
    if (decision === 'refuse') {
      await contestEntryChanged(ctx, {
        person: team.captain,
        contestTitle: contest.title,
        status: '队名未通过',
        note: `原因：${reason}`,
        page: withQuery(PAGES.contest.team, { id: teamId }),
      });
    }
    return teamRowView(contest, await teamOrFail(ctx.db, teamId));
  },
} satisfies Pick<GuardedHandlers<typeof contestContract>, 'decideTeamName'>;
