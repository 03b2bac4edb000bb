// Team entry through the built `contest` function: a captain forms a team, teammates join from the invitation
// (never beyond the maximum, also when they race for the last seat; nobody in two teams of a contest), the team takes
// one place when the captain submits at its minimum, members are credited; a teammate leaving below the minimum
// withdraws the team, its place goes to the waitlisted team at once, and the captain is told.
import { contestContract } from '../../../src/shared/contracts/contest';
import { activityContract } from '../../../src/shared/contracts/activity';
import { contestFields, creditYear } from '../../../test-support/contests';
import { callerOf, data, error, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';
import { addWorkers } from '../../../test-support/tenones';

let env: SeededCloud;
beforeAll(async () => {
  env = await startSeededCloud();
}, 60_000);
afterAll(() => env.close());

const contest = callerOf(contestContract, () => env);
const activity = callerOf(activityContract, () => env);
const itemTwo = async (openid: string) =>
  data(await activity('myYear', { year: creditYear(env) }, openid)).items.find((item) => item.item === 2)!.done;

it('forms, fills, submits and withdraws teams by the rules', async () => {
  const made = data(
    await contest(
      'createContest',
      {
        orgId: 'org-city',
        contest: contestFields(env, { capacity: 1, awards: 1, entry: { kind: 'team', teamMin: 2, teamMax: 3 } }),
      },
      'persona-city-staff',
    ),
  );
  const people = await addWorkers(env, 'team', 6);
  const [cap, m1, m2, m3, cap2, n1] = people;
  expect(error(await contest('register', { contestId: made.contestId, answers: {} }, cap!.openid)).code).toBe(
    'CONFLICT',
  );
  const team = data(
    await contest('createTeam', { contestId: made.contestId, name: '精工一队', answers: {} }, cap!.openid),
  );
  expect(team).toMatchObject({ state: 'forming', isCaptain: true, min: 2, max: 3 });
  // Below the minimum the captain cannot submit.
  expect(error(await contest('submitTeam', { teamId: team.teamId }, cap!.openid)).message).toMatch(/至少2人/);
  // Three race for the last two seats: exactly two get in.
  const joins = await Promise.all([m1, m2, m3].map((m) => contest('joinTeam', { teamId: team.teamId }, m!.openid)));
  expect(joins.filter((answer) => answer.ok)).toHaveLength(2);
  const full = data(await contest('team', { teamId: team.teamId }, cap!.openid));
  expect(full.members).toHaveLength(3);
  const outsider = [m1, m2, m3].find((m, i) => !joins[i]!.ok)!;
  // Nobody is in two teams of one contest.
  const second = data(
    await contest('createTeam', { contestId: made.contestId, name: '精工二队', answers: {} }, cap2!.openid),
  );
  data(await contest('joinTeam', { teamId: second.teamId }, outsider.openid));
  const insider = [m1, m2, m3].find((m, i) => joins[i]!.ok)!;
  expect(error(await contest('joinTeam', { teamId: second.teamId }, insider.openid)).message).toBe(
    '你已在本比赛的一支队伍中',
  );
  // Only the captain submits; the team takes the one place, and every member is credited.
  expect(error(await contest('submitTeam', { teamId: team.teamId }, insider.openid)).code).toBe('FORBIDDEN');
  expect(data(await contest('submitTeam', { teamId: team.teamId }, cap!.openid)).state).toBe('confirmed');
  expect(await itemTwo(insider.openid)).toBe(true);
  expect(data(await contest('submitTeam', { teamId: second.teamId }, cap2!.openid))).toMatchObject({
    state: 'waitlisted',
    position: 1,
  });
  expect(data(await contest('contest', { contestId: made.contestId }, insider.openid)).mine).toMatchObject({
    state: 'confirmed',
    team: { teamId: team.teamId, captain: false },
  });
  // A late joiner of a confirmed team is credited too.
  const late = data(await contest('joinTeam', { teamId: second.teamId }, n1!.openid));
  expect(late.members).toHaveLength(3);

  // Two leave team 1: the second leaves it below the minimum, so it is withdrawn and team 2 takes the place.
  const members = [m1, m2, m3].filter((m, i) => joins[i]!.ok);
  data(await contest('leaveTeam', { teamId: team.teamId }, members[0]!.openid));
  expect(await itemTwo(members[0]!.openid)).toBe(false);
  expect(data(await contest('team', { teamId: team.teamId }, cap!.openid)).state).toBe('confirmed');
  const after = data(await contest('leaveTeam', { teamId: team.teamId }, members[1]!.openid));
  expect(after).toMatchObject({ state: 'withdrawn', reason: '队员退出后不足2人' });
  expect(await itemTwo(cap!.openid)).toBe(false);
  expect(data(await contest('team', { teamId: second.teamId }, cap2!.openid)).state).toBe('confirmed');
  expect(await itemTwo(n1!.openid)).toBe(true);
  const told = [...env.cloud.database.store.collection('messages').docs.values()].filter((m) => m.to === cap!.openid);
  expect(told.map((m) => String(m.title))).toContain('比赛报名已撤销：示范市数控车工职业技能竞赛');
  // The captain of team 2 cancels: the entry ends for all, and members are free to form a new team.
  data(await contest('cancelEntry', { contestId: made.contestId }, cap2!.openid));
  expect(await itemTwo(n1!.openid)).toBe(false);
  expect(data(await contest('myEntries', {}, n1!.openid)).items).toEqual([]);
});
