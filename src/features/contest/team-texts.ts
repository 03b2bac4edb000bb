// How a team reads on its page and on the contest page, and what the caller may do with it: joining while it takes
// members, leaving (warned when that withdraws a submitted team), and the captain's submit, invite and cancel.
import type { TeamView } from '@/shared/contracts/contest';
import { cancellationOpen, registrationRefusal, type ContestSchedule } from '@/shared/contest/schedule';

/** States in which a team still takes part (forming or holding its entry). */
const ACTIVE = ['forming', 'pending', 'confirmed', 'waitlisted'] as const;
/** States in which the team holds a place or a waitlist place. */
const BOOKED = ['pending', 'confirmed', 'waitlisted'] as const;

const isActive = (team: Pick<TeamView, 'state'>) => (ACTIVE as readonly string[]).includes(team.state);
const isBooked = (team: Pick<TeamView, 'state'>) => (BOOKED as readonly string[]).includes(team.state);

/** 组队中 / 已报名 / 已报名（待审核）/ 候补第2位 / 已退出 … */
export function teamStateText(team: Pick<TeamView, 'state' | 'position'>): string {
  switch (team.state) {
    case 'forming':
      return '组队中';
    case 'confirmed':
      return '已报名';
    case 'pending':
      return '已报名（待审核）';
    case 'waitlisted':
      return team.position > 0 ? `候补第${team.position}位` : '候补中';
    case 'withdrawn':
      return '已退出';
    case 'cancelled':
      return '已取消';
    case 'rejected':
      return '未通过';
    case 'absent':
      return '缺考';
  }
}

export function teamTagClass(team: Pick<TeamView, 'state'>): string {
  if (team.state === 'confirmed') return 'jx-tag jx-tag--success';
  if (team.state === 'forming' || team.state === 'pending' || team.state === 'waitlisted')
    return 'jx-tag jx-tag--brand';
  if (team.state === 'withdrawn' || team.state === 'rejected') return 'jx-tag jx-tag--alert';
  return 'jx-tag';
}

/** `3人（2到3人）`, and while forming how many more it needs before the captain can submit. */
export function teamSizeText(team: Pick<TeamView, 'members' | 'min' | 'max' | 'state'>): string {
  const count = team.members.length;
  const size = `${count}人（每队${team.min}到${team.max}人）`;
  if (team.state === 'forming' && count < team.min) return `${size}，还差${team.min - count}人才能提交报名`;
  return size;
}

export interface TeamActions {
  join: boolean;
  leave: boolean;
  submit: boolean;
  invite: boolean;
  cancel: boolean;
  /** Why the captain cannot submit yet, or why nothing can change any more; null when nothing needs saying. */
  note: string | null;
}

/** What the caller may do with the team now, by their part in it, its state and the contest's deadlines. */
export function teamActionsOf(team: TeamView, schedule: ContestSchedule, now: Date): TeamActions {
  const closed = registrationRefusal(schedule, now);
  const cancellable = cancellationOpen(schedule, now);
  const active = isActive(team);
  const roomy = team.members.length < team.max;
  const forming = team.state === 'forming';
  const none: TeamActions = { join: false, leave: false, submit: false, invite: false, cancel: false, note: null };
  if (!active) return none;
  if (!team.isMember) {
    if (closed) return { ...none, note: closed };
    return roomy ? { ...none, join: true } : { ...none, note: `队伍已满（最多${team.max}人）` };
  }
  // Leaving or cancelling a submitted team ends with the cancellation deadline; a forming one may always break up.
  const mayEnd = forming || cancellable;
  const endNote = mayEnd ? null : '取消报名已截止，队伍不能再变动。';
  if (!team.isCaptain) return { ...none, leave: mayEnd, note: endNote };
  const short = team.min - team.members.length;
  const submit = forming && !closed && short <= 0;
  let note = endNote;
  if (forming && closed) note = closed;
  else if (forming && short > 0) note = '请邀请队友加入，人数够了就可以提交报名。';
  return { ...none, submit, invite: !closed && roomy, cancel: mayEnd, note };
}

/** The confirm before a teammate leaves: a submitted team that falls below its minimum is withdrawn. */
export function leaveWarning(team: Pick<TeamView, 'members' | 'min' | 'state'>): string {
  if (isBooked(team) && team.members.length - 1 < team.min) {
    return `你退出后队伍不足${team.min}人，整支队伍的报名将被撤销，名额让给候补，队长会收到通知。确定退出吗？`;
  }
  return '退出后你不再是这支队伍的队员，可以再加入其他队伍。确定退出吗？';
}

/** The invitation card's title: the team and the contest (a name still held by the check is not sent on). */
export function inviteTitle(team: Pick<TeamView, 'name' | 'contestTitle' | 'captainName' | 'nameHold'>): string {
  const name = team.nameHold ? `${team.captainName}的队伍` : team.name;
  return `邀请你加入“${name}”，一起参加${team.contestTitle}`;
}
