import type { TeamView } from '@/shared/contracts/contest';
import { inviteTitle, leaveWarning, teamActionsOf, teamSizeText, teamStateText } from './team-texts';

const schedule = {
  opensAt: '2026-03-01T00:00:00+08:00',
  closesAt: '2026-03-20T18:00:00+08:00',
  cancelBy: '2026-03-25T18:00:00+08:00',
  day: '2026-04-10',
};
const OPEN = new Date('2026-03-10T12:00:00+08:00');
const CLOSED = new Date('2026-03-22T12:00:00+08:00');
const PAST_CANCEL = new Date('2026-03-28T12:00:00+08:00');

const member = (name: string, captain = false) => ({ name, orgName: '示范市精工机械有限公司工会', captain });
function team(change: Partial<TeamView> = {}): TeamView {
  return {
    teamId: 'tm1',
    contestId: 'c1',
    contestTitle: '示范市班组焊接团体赛',
    name: '焊花一队',
    nameHold: null,
    captainName: '周建国',
    members: [member('周建国', true), member('李秀英')],
    min: 3,
    max: 3,
    state: 'forming',
    position: 0,
    reason: null,
    isMember: false,
    isCaptain: false,
    ...change,
  };
}

test('a team reads its state, its waitlist place and how many it still needs', () => {
  expect(teamStateText(team())).toBe('组队中');
  expect(teamStateText(team({ state: 'confirmed' }))).toBe('已报名');
  expect(teamStateText(team({ state: 'waitlisted', position: 2 }))).toBe('候补第2位');
  expect(teamStateText(team({ state: 'withdrawn' }))).toBe('已退出');
  expect(teamSizeText(team())).toBe('2人（每队3到3人），还差1人才能提交报名');
  expect(teamSizeText(team({ state: 'confirmed' }))).toBe('2人（每队3到3人）');
});

test('a non-member may join a team with room while registration is open, and is told why not otherwise', () => {
  expect(teamActionsOf(team(), schedule, OPEN)).toMatchObject({ join: true, leave: false, submit: false });
  const full = team({ members: [member('周建国', true), member('李秀英'), member('王强')] });
  expect(teamActionsOf(full, schedule, OPEN)).toMatchObject({ join: false, note: '队伍已满（最多3人）' });
  expect(teamActionsOf(team(), schedule, CLOSED)).toMatchObject({ join: false, note: '报名已截止' });
  // A team that is out takes nobody.
  expect(teamActionsOf(team({ state: 'withdrawn' }), schedule, OPEN)).toMatchObject({ join: false, note: null });
});

test('the captain submits only at the minimum, invites while there is room, and cancels until the deadline', () => {
  const mine = { isMember: true, isCaptain: true };
  expect(teamActionsOf(team(mine), schedule, OPEN)).toEqual({
    join: false,
    leave: false,
    submit: false,
    invite: true,
    cancel: true,
    note: '请邀请队友加入，人数够了就可以提交报名。',
  });
  const formed = team({ ...mine, members: [member('周建国', true), member('李秀英'), member('王强')] });
  expect(teamActionsOf(formed, schedule, OPEN)).toMatchObject({ submit: true, invite: false, note: null });
  const submitted = { ...formed, state: 'confirmed' as const };
  expect(teamActionsOf(submitted, schedule, OPEN)).toMatchObject({ submit: false, cancel: true });
  expect(teamActionsOf(submitted, schedule, PAST_CANCEL)).toMatchObject({
    cancel: false,
    note: '取消报名已截止，队伍不能再变动。',
  });
});

test('a teammate leaves a forming team any time, a submitted one until the cancellation deadline', () => {
  const mate = { isMember: true };
  expect(teamActionsOf(team(mate), schedule, PAST_CANCEL)).toMatchObject({ leave: true, submit: false });
  expect(teamActionsOf(team({ ...mate, state: 'confirmed' }), schedule, OPEN)).toMatchObject({ leave: true });
  expect(teamActionsOf(team({ ...mate, state: 'confirmed' }), schedule, PAST_CANCEL)).toMatchObject({ leave: false });
});

test('leaving warns when it withdraws a submitted team; the invitation never carries a held name', () => {
  const three = [member('周建国', true), member('李秀英'), member('王强')];
  expect(leaveWarning(team({ state: 'confirmed', members: three }))).toMatch(
    /^你退出后队伍不足3人，整支队伍的报名将被撤销/,
  );
  expect(leaveWarning(team({ state: 'forming', members: three }))).toMatch(/^退出后你不再是这支队伍的队员/);
  expect(leaveWarning(team({ state: 'confirmed', members: three, min: 2 }))).toMatch(/^退出后/);
  expect(inviteTitle(team())).toBe('邀请你加入“焊花一队”，一起参加示范市班组焊接团体赛');
  expect(inviteTitle(team({ nameHold: { state: 'review', reason: null } }))).toBe(
    '邀请你加入“周建国的队伍”，一起参加示范市班组焊接团体赛',
  );
});
