// The contest day through the built `contest` function, the cloud's clock carried to the day: the organisers' code
// rotates every 10 s and checks a contestant in; a code two periods old, one for another contest and one made
// without the server's secret (from the contest id and the current period alone) are refused; staff check a named
// contestant in by hand with a reason; scores need a check-in and are totalled by the weighting; publishing needs
// every checked-in contestant scored, then freezes the result (a correction needs a reason); the Excel files hold
// the registrations (masked phones) and the ranking.
import { createHmac } from 'node:crypto';
import ExcelJS from 'exceljs';
import { contestContract } from '../../../src/shared/contracts/contest';
import { periodOf } from '../../../src/shared/check-in/codes';
import { contestFields } from '../../../test-support/contests';
import { callerOf, data, error, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';
import { addWorkers } from '../../../test-support/tenones';

let env: SeededCloud;
beforeAll(async () => {
  env = await startSeededCloud();
}, 60_000);
afterAll(() => env.close());

const contest = callerOf(contestContract, () => env);
const staff = 'persona-city-staff';

async function sheetRows(url: string): Promise<unknown[][]> {
  const response = await fetch(url);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

it('runs a contest day from the rotating code to the published result', async () => {
  const fields = contestFields(env, {
    capacity: 4,
    awards: 1,
    fields: [{ key: 'size', label: '工作服尺码', type: 'single', required: true, options: ['M', 'L'] }],
  });
  const made = data(await contest('createContest', { orgId: 'org-city', contest: fields }, staff));
  const other = data(await contest('createContest', { orgId: 'org-city', contest: contestFields(env) }, staff));
  const [a, b, c, d] = await addWorkers(env, 'day', 4);
  for (const worker of [a!, b!, c!, d!]) {
    data(await contest('register', { contestId: made.contestId, answers: { size: 'L' } }, worker.openid));
  }
  expect(error(await contest('checkInCode', { contestId: made.contestId }, staff))).toMatchObject({
    code: 'CONFLICT',
  });

  // The contest day, 08:30 Beijing.
  env.cloud.clock.set(new Date(`${fields.schedule.day}T08:30:00+08:00`).getTime());
  const first = data(await contest('checkInCode', { contestId: made.contestId }, staff));
  expect(first).toMatchObject({ checkedIn: 0, expected: 4 });
  expect(Date.parse(first.validUntil) - env.now().getTime()).toBeLessThanOrEqual(10_000);
  const scanned = data(await contest('checkIn', { contestId: made.contestId, token: first.token }, a!.openid));
  expect(scanned.checkedIn).toMatchObject({ how: 'scan' });
  // Scanning again answers the same check-in.
  expect(
    data(await contest('checkIn', { contestId: made.contestId, token: first.token }, a!.openid)).checkedIn!.at,
  ).toBe(scanned.checkedIn!.at);

  // One period later the code is still good; two periods later it is refused.
  env.cloud.clock.set(env.now().getTime() + 10_000);
  data(await contest('checkIn', { contestId: made.contestId, token: first.token }, b!.openid));
  env.cloud.clock.set(env.now().getTime() + 10_000);
  expect(error(await contest('checkIn', { contestId: made.contestId, token: first.token }, c!.openid))).toMatchObject(
    {
      code: 'INVALID_INPUT',
      field: 'token',
      message: '二维码已过期，请扫描现场最新的二维码',
    },
  );
  // Another contest's genuine code, and one built from the id and the period without the server's secret.
  const foreign = data(await contest('checkInCode', { contestId: other.contestId }, staff)).token;
  expect(error(await contest('checkIn', { contestId: made.contestId, token: foreign }, c!.openid)).message).toBe(
    '这不是本场的签到二维码',
  );
  const period = periodOf(env.now());
  const guessed = createHmac('sha256', 'not-the-secret')
    .update(`jx1.qr.contest.${made.contestId}.${period}`)
    .digest();
  const forged = `jx1.c.${made.contestId}.${period}.${guessed.subarray(0, 12).toString('base64url')}`;
  expect(error(await contest('checkIn', { contestId: made.contestId, token: forged }, c!.openid)).message).toBe(
    '二维码无效',
  );

  // Staff check C in by hand, with a reason; D never comes.
  const entries = data(await contest('contestEntries', { contestId: made.contestId }, staff)).rows;
  const entryOf = (userId: string) => entries.find((entry) => entry.person!.userId === userId)!.entryId;
  expect(error(await contest('manualCheckIn', { entryId: entryOf(c!.userId), reason: '' }, staff)).field).toBe(
    'reason',
  );
  expect(
    data(await contest('manualCheckIn', { entryId: entryOf(c!.userId), reason: '手机没电' }, staff)).checkedIn,
  ).toMatchObject({
    how: 'manual',
  });
  expect(data(await contest('checkInCode', { contestId: made.contestId }, staff))).toMatchObject({ checkedIn: 3 });

  // Scores: only for those who checked in; totals by 30/70, one decimal.
  const line = (userId: string, theory: number | null, practical: number | null) => ({
    entryId: entryOf(userId),
    theory,
    practical,
  });
  expect(
    error(await contest('saveScores', { contestId: made.contestId, lines: [line(d!.userId, 80, 80)] }, staff)).field,
  ).toBe('lines.0.entryId');
  expect(
    error(await contest('saveScores', { contestId: made.contestId, lines: [line(a!.userId, 80.25, 80)] }, staff))
      .field,
  ).toBe('lines.0.theory');
  data(
    await contest(
      'saveScores',
      { contestId: made.contestId, lines: [line(a!.userId, 85.5, 90), line(b!.userId, 90, 88)] },
      staff,
    ),
  );
  expect(error(await contest('publishResults', { contestId: made.contestId }, staff)).message).toMatch(
    /还有1位选手成绩未录全/,
  );
  const sheet = data(
    await contest('saveScores', { contestId: made.contestId, lines: [line(c!.userId, 60, 70)] }, staff),
  );
  expect(sheet.rule).toBe('总分 = 理论 × 30% + 实操 × 70%，四舍五入保留一位小数');
  expect(sheet.rows.map((row) => [row.result.total, row.result.rank, row.result.awarded, row.absent])).toEqual([
    [88.7, 1, true, false],
    [88.6, 2, false, false],
    [67, 3, false, false],
    [null, null, false, false],
  ]);
  expect(error(await contest('results', { contestId: made.contestId }, a!.openid)).code).toBe('CONFLICT');
  data(await contest('publishResults', { contestId: made.contestId }, staff));
  expect(
    error(await contest('saveScores', { contestId: made.contestId, lines: [line(c!.userId, 61, 70)] }, staff)).code,
  ).toBe('CONFLICT');
  expect(error(await contest('correctScore', { ...line(c!.userId, 61, 70) } as never, staff)).field).toBe('reason');
  const corrected = data(await contest('correctScore', { ...line(c!.userId, 61, 70), reason: '复核理论卷' }, staff));
  expect(corrected.rows.find((row) => row.entryId === entryOf(c!.userId))!.result.total).toBe(67.3);
  const mine = data(await contest('contest', { contestId: made.contestId }, a!.openid)).mine!;
  expect(mine.result).toMatchObject({ rank: 1, awarded: true, total: 88.7 });

  // Excel: registrations with masked phones and the organiser's field; results with the rule.
  const registrations = data(
    await contest('exportContest', { contestId: made.contestId, kind: 'registrations' }, staff),
  );
  const rows = await sheetRows(registrations.url);
  expect(rows[1]).toEqual(['报名顺序', '姓名', '单位', '手机号', '状态', '工作服尺码', '报名时间', '签到', '备注']);
  expect(rows.slice(2).map((row) => row[5])).toEqual(['L', 'L', 'L', 'L']);
  expect(rows.slice(2).some((row) => String(row[7]).includes('（人工）'))).toBe(true);
  const results = await sheetRows(
    data(await contest('exportContest', { contestId: made.contestId, kind: 'results' }, staff)).url,
  );
  expect(String(results[0]![0])).toContain('四舍五入保留一位小数');
  expect(results.slice(2).map((row) => row[0])).toEqual([1, 2, 3, '']);
});
