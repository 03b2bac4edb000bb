// A team contest from review to results through the built `contest` and `contest-clock` functions, where a team
// counts once: the organisers approve or reject a pending team (the place goes to the waiting team, every member's
// credit follows, members are told), nobody reviews, checks in or scores a team they are in (回避); a member's scan
// checks the whole team in (who scanned is kept), a second scan changes nothing and a non-member's is refused; a
// confirmed team nobody checked in for is 缺考 after the day; teams are scored and ranked by the shared rules (a tie
// at the award cutoff shares the award), and the Excel files list teams with their captains and members.
import ExcelJS from 'exceljs';
import { activityContract } from '../../../src/shared/contracts/activity';
import { accountContract } from '../../../src/shared/contracts/account';
import { contestContract, type ContestFields } from '../../../src/shared/contracts/contest';
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
const cityStaff = 'persona-city-staff';
// Staff over 东城区 and a worker of 东城电力 (under 东城区): eligible for a 东城区 contest, so a team member too.
const districtStaff = 'persona-district-staff';
const itemTwo = async (openid: string) =>
  data(await activity('myYear', { year: creditYear(env) }, openid)).items.find((item) => item.item === 2)!.done;
const messagesTo = async (openid: string) =>
  data(await env.call(accountContract, 'myMessages', {}, openid)).messages.map((m) => `${m.title} ${m.body}`);

async function teamContest(change: Partial<ContestFields>) {
  const fields = contestFields(env, {
    level: 'district',
    entry: { kind: 'team', teamMin: 2, teamMax: 3 },
    ...change,
  });
  const made = data(await contest('createContest', { orgId: 'org-dongcheng', contest: fields }, cityStaff));
  return { contestId: made.contestId, day: fields.schedule.day, fields };
}

/** A submitted team of `captain` and `mates` (as the captain's openid and the team's id). */
async function team(contestId: string, name: string, captain: string, mates: string[]) {
  const formed = data(await contest('createTeam', { contestId, name, answers: {} }, captain));
  for (const mate of mates) data(await contest('joinTeam', { teamId: formed.teamId }, mate));
  return data(await contest('submitTeam', { teamId: formed.teamId }, captain));
}

async function sheetRows(url: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await (await fetch(url)).arrayBuffer());
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

it('reviews teams: a rejection gives the place to the waiting team, credits follow every member', async () => {
  const { contestId } = await teamContest({ capacity: 1, awards: 1, review: true });
  const [a1, b1, b2] = await addWorkers(env, 'trev', 3);
  const first = await team(contestId, '电力一队', districtStaff, [a1!.openid]);
  const second = await team(contestId, '精工二队', b1!.openid, [b2!.openid]);
  expect(first.state).toBe('pending');
  expect(second).toMatchObject({ state: 'waitlisted', position: 1 });
  // A team of two counts once among the pending.
  expect(data(await contest('staffContest', { contestId }, cityStaff)).counts).toMatchObject({
    pending: 1,
    waitlisted: 1,
  });
  expect(await itemTwo(a1!.openid)).toBe(false);

  // Nobody reviews a team they are in.
  const own = error(await contest('reviewEntry', { entryId: first.teamId, approve: true }, districtStaff));
  expect(own).toMatchObject({ code: 'FORBIDDEN', field: 'entryId', message: expect.stringContaining('回避') });
  // A worker is not staff.
  expect(error(await contest('reviewEntry', { entryId: second.teamId, approve: true }, b1!.openid)).code).toBe(
    'FORBIDDEN',
  );

  const rejected = data(
    await contest('reviewEntry', { entryId: first.teamId, approve: false, reason: '队员工种不符' }, cityStaff),
  );
  expect(rejected).toMatchObject({ state: 'rejected', reason: '队员工种不符', team: { name: '电力一队' } });
  expect(data(await contest('contest', { contestId }, districtStaff)).mine).toMatchObject({
    state: 'rejected',
    reason: '队员工种不符',
  });
  expect((await messagesTo(a1!.openid)).join('\n')).toMatch(/未通过审核[\s\S]*队员工种不符/);
  // The waiting team took the place, to be reviewed in turn.
  expect(data(await contest('team', { teamId: second.teamId }, b2!.openid)).state).toBe('pending');
  expect(error(await contest('reviewEntry', { entryId: first.teamId, approve: true }, cityStaff)).message).toMatch(
    /不是待审核/,
  );

  const approved = data(await contest('reviewEntry', { entryId: second.teamId, approve: true }, cityStaff));
  expect(approved.state).toBe('confirmed');
  expect(await itemTwo(b1!.openid)).toBe(true);
  expect(await itemTwo(b2!.openid)).toBe(true);
  expect((await messagesTo(b2!.openid)).join('\n')).toContain('审核通过');
  expect(data(await contest('staffContest', { contestId }, cityStaff)).counts).toMatchObject({
    confirmed: 1,
    pending: 0,
    waitlisted: 0,
  });
  const audits = [...env.cloud.database.store.collection('auditLog').docs.values()].filter(
    (record) => (record.target as { id: string }).id === first.teamId,
  );
  expect(audits.map((record) => record.action)).toEqual(['contest.rejectEntry']);
});

it('promotes the waiting team when the organisers add places', async () => {
  const { contestId, fields } = await teamContest({ capacity: 1, awards: 1, review: false });
  const [g1, g2, g3, g4] = await addWorkers(env, 'tgrow', 4);
  await team(contestId, '增额一队', g1!.openid, [g2!.openid]);
  const waiting = await team(contestId, '增额二队', g3!.openid, [g4!.openid]);
  expect(waiting.state).toBe('waitlisted');
  data(
    await contest('updateContest', { contestId, contest: { ...fields, capacity: 2 }, reason: '增加名额' }, cityStaff),
  );
  expect(data(await contest('team', { teamId: waiting.teamId }, g4!.openid)).state).toBe('confirmed');
  expect(await itemTwo(g4!.openid)).toBe(true);
  expect((await messagesTo(g3!.openid)).join('\n')).toContain('候补转正');
});

it('checks a team in once by any member, marks the absent team 缺考, and ranks teams', async () => {
  const { contestId, day } = await teamContest({ capacity: 3, awards: 1, review: false });
  const [t1a, t1b, t2a, t2b, t3b, t4a, t4b, outsider] = await addWorkers(env, 'tday', 8);
  const one = await team(contestId, '精工一队', t1a!.openid, [t1b!.openid]);
  const two = await team(contestId, '精工二队', t2a!.openid, [t2b!.openid]);
  const three = await team(contestId, '电力三队', districtStaff, [t3b!.openid]);
  const four = await team(contestId, '候补四队', t4a!.openid, [t4b!.openid]);
  expect([one.state, two.state, three.state, four.state]).toEqual([
    'confirmed',
    'confirmed',
    'confirmed',
    'waitlisted',
  ]);

  // The day before: registration closed, the waiting team's members hear their place, the others are reminded.
  env.cloud.clock.set(new Date(`${day}T09:00:00+08:00`).getTime() - 86_400_000);
  await env.cloud.timers.fire('contest-clock', 'everyTenMinutes');
  expect((await messagesTo(t4b!.openid)).join('\n')).toContain('报名已截止，候补第1位');
  expect((await messagesTo(t1b!.openid)).join('\n')).toContain('队员任一人扫码即为全队签到');

  env.cloud.clock.set(new Date(`${day}T08:30:00+08:00`).getTime());
  const code = data(await contest('checkInCode', { contestId }, cityStaff));
  expect(code).toMatchObject({ checkedIn: 0, expected: 3 });
  // A teammate (not the captain) scans: the team is present, and who scanned is kept.
  const scanned = data(await contest('checkIn', { contestId, token: code.token }, t1b!.openid));
  expect(scanned).toMatchObject({ entryId: one.teamId, checkedIn: { how: 'scan' } });
  const scannedBy = () =>
    (
      env.cloud.database.store.collection('contestTeams').docs.get(one.teamId) as unknown as {
        checkedIn: { by: string };
      }
    ).checkedIn.by;
  expect(scannedBy()).toBe(t1b!.userId);
  // The captain's scan after changes nothing.
  const again = data(await contest('checkIn', { contestId, token: code.token }, t1a!.openid));
  expect(again.checkedIn!.at).toBe(scanned.checkedIn!.at);
  expect(scannedBy()).toBe(t1b!.userId);
  // Someone in no team, and a waitlisted team's member, are refused.
  expect(error(await contest('checkIn', { contestId, token: code.token }, outsider!.openid))).toMatchObject({
    code: 'NOT_FOUND',
    field: 'contestId',
  });
  expect(error(await contest('checkIn', { contestId, token: code.token }, t4b!.openid)).message).toBe(
    '候补名单中的队伍不能签到',
  );
  // Staff check a team in by hand, never their own.
  expect(
    error(await contest('manualCheckIn', { entryId: three.teamId, reason: '手机没电' }, districtStaff)).message,
  ).toContain('回避');
  const manual = data(await contest('manualCheckIn', { entryId: three.teamId, reason: '手机没电' }, cityStaff));
  expect(manual.checkedIn).toMatchObject({ how: 'manual' });
  expect(data(await contest('checkInCode', { contestId }, cityStaff))).toMatchObject({ checkedIn: 2, expected: 3 });
  expect(data(await contest('staffContest', { contestId }, cityStaff)).counts.checkedIn).toBe(2);

  // Scores: a team absent from the day cannot be scored; nobody scores their own team.
  expect(
    error(
      await contest(
        'saveScores',
        { contestId, lines: [{ entryId: two.teamId, theory: 80, practical: 80 }] },
        cityStaff,
      ),
    ),
  ).toMatchObject({ code: 'CONFLICT', field: 'lines.0.entryId' });
  expect(
    error(
      await contest(
        'saveScores',
        { contestId, lines: [{ entryId: three.teamId, theory: 80, practical: 80 }] },
        districtStaff,
      ),
    ),
  ).toMatchObject({ code: 'FORBIDDEN', field: 'lines.0.entryId' });
  // Equal totals at the one award place: both teams are first and both awarded.
  const sheet = data(
    await contest(
      'saveScores',
      {
        contestId,
        lines: [
          { entryId: one.teamId, theory: 90, practical: 80 },
          { entryId: three.teamId, theory: 80, practical: 84.3 },
        ],
      },
      cityStaff,
    ),
  );
  const line = (id: string) => sheet.rows.find((row) => row.entryId === id)!;
  expect(line(one.teamId)).toMatchObject({ name: '精工一队', orgName: '测试职工1、测试职工2', checkedIn: true });
  expect(line(one.teamId).result).toMatchObject({ total: 83, rank: 1, awarded: true });
  expect(line(three.teamId).result).toMatchObject({ total: 83, rank: 1, awarded: true });
  expect(sheet.rows).toHaveLength(3);
  expect(sheet.teams).toBe(true);

  // After the day: the team nobody checked in for is 缺考, and both its members lose the credit.
  expect(await itemTwo(t2b!.openid)).toBe(true);
  env.cloud.clock.set(new Date(`${day}T23:59:00+08:00`).getTime() + 3_600_000);
  await env.cloud.timers.fire('contest-clock', 'everyTenMinutes');
  await env.cloud.timers.fire('contest-clock', 'everyTenMinutes');
  expect(data(await contest('team', { teamId: two.teamId }, t2a!.openid))).toMatchObject({
    state: 'absent',
    reason: '比赛当天未签到',
  });
  expect(await itemTwo(t2a!.openid)).toBe(false);
  expect(await itemTwo(t2b!.openid)).toBe(false);
  expect(await itemTwo(t1b!.openid)).toBe(true);

  const published = data(await contest('publishResults', { contestId }, cityStaff));
  expect(published.rows.map((row) => [row.name, row.result.rank, row.absent])).toEqual([
    ['电力三队', 1, false],
    ['精工一队', 1, false],
    ['精工二队', null, true],
  ]);
  // The worker's ranking lists the teams; a member finds their team's line by their entry's id.
  const seen = data(await contest('results', { contestId }, t1b!.openid));
  expect(seen.rows.map((row) => row.name)).toEqual(['电力三队', '精工一队', '精工二队']);
  expect(data(await contest('contest', { contestId }, t1b!.openid)).mine!.entryId).toBe(one.teamId);
  // 我的比赛 gives the member their team's result.
  const mine = data(await contest('myEntries', {}, t1b!.openid)).items.find((item) => item.contestId === contestId);
  expect(mine).toMatchObject({ entryId: one.teamId, result: { total: 83, rank: 1, awarded: true } });

  const registrations = await sheetRows(
    data(await contest('exportContest', { contestId, kind: 'registrations' }, cityStaff)).url,
  );
  const header = registrations.find((row) => row.includes('队名'))!;
  expect(header).toEqual(expect.arrayContaining(['队名', '队长', '队长手机号', '队员', '签到']));
  const teamRow = registrations.find((row) => row.includes('精工一队'))!;
  expect(teamRow[header.indexOf('队长')]).toBe('测试职工1');
  expect(String(teamRow[header.indexOf('签到')])).toContain('测试职工2扫码');
  expect(registrations.filter((row) => row.includes('候补四队'))).toHaveLength(1);
  const results = await sheetRows(
    data(await contest('exportContest', { contestId, kind: 'results' }, cityStaff)).url,
  );
  expect(results.find((row) => row.includes('名次'))).toEqual(expect.arrayContaining(['队名', '队员']));
  expect(results.find((row) => row.includes('精工二队'))![0]).toBe('缺考');
});
