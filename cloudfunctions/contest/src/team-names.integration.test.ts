// Team names under content security, through the built `contest` function and the local cloud's WeChat check: a
// risky name is refused naming 队名 and nothing is stored; a name held for review is read only by its captain and the
// organisers (teammates and the invitation read `<captain>的队伍`) until the organisers pass or refuse it.
import { contestContract } from '../../../src/shared/contracts/contest';
import { contestFields } from '../../../test-support/contests';
import { callerOf, data, error, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';
import { addWorkers } from '../../../test-support/tenones';

let env: SeededCloud;
beforeAll(async () => {
  env = await startSeededCloud();
  env.cloud.wechat.setRules({
    text: [
      { contains: '违禁', suggest: 'risky', label: 20001 },
      { contains: '待复核', suggest: 'review', label: 21000 },
    ],
  });
}, 60_000);
afterAll(() => env.close());

const contest = callerOf(contestContract, () => env);
const STAFF = 'persona-city-staff';

it('refuses a risky team name, holds one for review until the organisers decide', async () => {
  const made = data(
    await contest(
      'createContest',
      { orgId: 'org-city', contest: contestFields(env, { entry: { kind: 'team', teamMin: 2, teamMax: 3 } }) },
      STAFF,
    ),
  );
  const { contestId } = made;
  const [cap, mate, cap2, mate2] = await addWorkers(env, 'names', 4);

  // Risky: refused naming the field, and nothing is stored (the captain is in no team and may form one at once).
  const refused = error(await contest('createTeam', { contestId, name: '违禁一队', answers: {} }, cap!.openid));
  expect(refused).toMatchObject({ code: 'INVALID_INPUT', field: 'name' });
  expect(refused.message).toMatch(/^队名含有不宜发布的内容/);
  expect(data(await contest('myTeam', { contestId }, cap!.openid))).toBeNull();
  const stored = [...env.cloud.database.store.collection('contestTeams').docs.values()];
  expect(stored.filter((team) => team.contestId === contestId)).toEqual([]);

  // Held for review: the captain reads the name and its hold; a teammate, the invitation and 我的 read the neutral one.
  const held = data(await contest('createTeam', { contestId, name: '待复核先锋队', answers: {} }, cap!.openid));
  expect(held).toMatchObject({ name: '待复核先锋队', nameHold: { state: 'review', reason: null } });
  const seen = data(await contest('joinTeam', { teamId: held.teamId }, mate!.openid));
  expect(seen).toMatchObject({ name: '测试职工1的队伍', nameHold: null });
  expect(data(await contest('team', { teamId: held.teamId }, cap2!.openid)).name).toBe('测试职工1的队伍');
  expect(data(await contest('contest', { contestId }, mate!.openid)).mine?.team).toMatchObject({
    name: '测试职工1的队伍',
    nameHold: null,
  });
  // The organisers read it with its hold, the captain first among the members.
  const rows = data(await contest('contestEntries', { contestId }, STAFF)).rows;
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({
    entryId: held.teamId,
    team: { name: '待复核先锋队', nameHold: 'review', members: ['测试职工1', '测试职工2'] },
    person: { userId: cap!.userId, name: '测试职工1' },
  });

  // Only the organisers decide, a refusal needs its reason, and a pass shows the name to everyone.
  expect(error(await contest('decideTeamName', { teamId: held.teamId, decision: 'pass' }, mate!.openid)).code).toBe(
    'FORBIDDEN',
  );
  expect(error(await contest('decideTeamName', { teamId: held.teamId, decision: 'refuse' }, STAFF)).field).toBe(
    'reason',
  );
  expect(data(await contest('decideTeamName', { teamId: held.teamId, decision: 'pass' }, STAFF)).team).toMatchObject({
    name: '待复核先锋队',
    nameHold: null,
  });
  expect(data(await contest('team', { teamId: held.teamId }, mate!.openid)).name).toBe('待复核先锋队');
  expect(error(await contest('decideTeamName', { teamId: held.teamId, decision: 'pass' }, STAFF)).code).toBe(
    'CONFLICT',
  );

  // Refused: the name stays hidden from others for good, the captain reads why and is told.
  const second = data(await contest('createTeam', { contestId, name: '待复核二队', answers: {} }, cap2!.openid));
  data(await contest('joinTeam', { teamId: second.teamId }, mate2!.openid));
  data(await contest('decideTeamName', { teamId: second.teamId, decision: 'refuse', reason: '队名不规范' }, STAFF));
  expect(data(await contest('team', { teamId: second.teamId }, cap2!.openid))).toMatchObject({
    name: '待复核二队',
    nameHold: { state: 'refused', reason: '队名不规范' },
  });
  expect(data(await contest('team', { teamId: second.teamId }, mate2!.openid)).name).toBe('测试职工3的队伍');
  const told = [...env.cloud.database.store.collection('messages').docs.values()].filter(
    (message) => message.to === cap2!.openid,
  );
  expect(told.map((message) => String(message.title))).toContain(`比赛报名队名未通过：${made.title}`);
});
