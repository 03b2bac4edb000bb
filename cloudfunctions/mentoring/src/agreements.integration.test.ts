// Agreements, checks and cadence through the built `mentoring` function: the master proposes, the apprentice agrees
// (a change waits for them again), bad terms and goals named by field, checks only by the pair's master and dated
// within the rules, history read by the pair and staff in scope, overdue checks shown to both and in staff's
// cadence table (read from an index, not a scan), and the clock's reminder once per due date.
import { mentoringContract } from '../../../src/shared/contracts/mentoring';
import { addMonths } from '../../../src/shared/mentoring/agreement';
import { addDays, beijingDay } from '../../../src/shared/time/beijing';
import { localDb } from '../../../test-support/in-process';
import {
  agreedPair,
  agreementFor,
  CITY,
  ENT,
  freshPair as freshPairOf,
  goal,
  startMentoringCloud,
  XIHU,
} from '../../../test-support/mentoring';
import { callerOf, data, error, type SeededCloud } from '../../../test-support/seeded-cloud';

jest.setTimeout(120_000);
let env: SeededCloud;
beforeAll(async () => {
  env = await startMentoringCloud();
}, 60_000);
afterAll(() => env.close());

const mentoring = callerOf(mentoringContract, () => env);
const DAY = 86_400_000;
const today = () => beijingDay(env.now());
const messagesTo = (openid: string) =>
  [...env.cloud.database.store.collection('messages').docs.values()].filter((message) => message.to === openid);

let serial = 0;
const freshPair = () => freshPairOf(env, `agr${++serial}`);
const agreement = (id: string, change: Record<string, unknown> = {}) => agreementFor(env, id, change);
const agreed = () => agreedPair(env, `agr${++serial}`);

describe('agreements', () => {
  it('names a bad term or goal date by field, and lets only the master propose', async () => {
    const { master, apprentice, other, id } = await freshPair();
    const start = today();
    const refused = async (change: Record<string, unknown>, by = master.openid) =>
      error(await mentoring('proposeAgreement', agreement(id, change), by));
    // A term of five years, one of eleven months, a goal outside the term, reviews more often than checks.
    expect(await refused({ term: { start, end: addMonths(start, 60) } })).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'term.end',
    });
    expect((await refused({ term: { start, end: addMonths(start, 11) } })).field).toBe('term.end');
    expect((await refused({ goals: [goal(1, addDays(start, -1))] })).field).toBe('goals.0.targetDate');
    expect((await refused({ cadence: { checkEveryMonths: 2, reviewEveryMonths: 1 } })).field).toBe(
      'cadence.reviewEveryMonths',
    );
    // A start before the pair formed (Beijing day), and a goal text WeChat finds risky.
    const early = addDays(start, -3);
    expect(
      (await refused({ term: { start: early, end: addDays(addMonths(early, 12), -1) }, goals: [goal(1, start)] }))
        .field,
    ).toBe('term.start');
    expect((await refused({ goals: [goal(1, start, '含违禁词的目标')] })).field).toBe('goals.0.text');
    // Someone else's agreement: the apprentice, another worker, staff.
    for (const by of [apprentice.openid, other.openid, CITY]) expect((await refused({}, by)).code).toBe('FORBIDDEN');
    const unknown = error(await mentoring('proposeAgreement', agreement('ap-nobody'), master.openid));
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', field: 'apprenticeshipId' });
    // Nothing was stored by any of those.
    const read = data(await mentoring('apprenticeship', { apprenticeshipId: id }, master.openid));
    expect(read).toMatchObject({ agreement: 'none', agreed: null, proposal: null });
  });

  it('comes into force when the apprentice agrees to the version read; a change waits for them again', async () => {
    const { master, apprentice, id } = await freshPair();
    const proposed = data(await mentoring('proposeAgreement', agreement(id), master.openid));
    expect(proposed).toMatchObject({ agreement: 'proposed', proposal: { version: 1 }, nextDue: null });
    expect(messagesTo(apprentice.openid).some((m) => String(m.title).includes('拟定协议'))).toBe(true);
    const confirm = (version: number, by = apprentice.openid) =>
      mentoring('confirmAgreement', { apprenticeshipId: id, version }, by);
    expect(error(await confirm(1, master.openid)).code).toBe('FORBIDDEN');
    expect(error(await confirm(2))).toMatchObject({ code: 'CONFLICT', field: 'version' });
    const first = data(await confirm(1));
    expect(first).toMatchObject({ agreement: 'agreed', agreed: { version: 1 }, proposal: null });
    expect(first.nextDue).toEqual({ day: addMonths(today(), 1), kind: 'check' });
    expect(first.agreed!.confirmedAt).not.toBeNull();
    expect(error(await confirm(1))).toMatchObject({ code: 'CONFLICT', field: 'version' });

    // A change: the agreed terms stay in force until the apprentice agrees to it.
    const changed = agreement(id, { goals: [goal(1, addMonths(today(), 2)), goal(3, addMonths(today(), 6))] });
    const waiting = data(await mentoring('proposeAgreement', changed, master.openid));
    expect(waiting).toMatchObject({ agreement: 'agreed', changeWaiting: true, agreed: { version: 1 } });
    expect(waiting.proposal!.version).toBe(2);
    expect(waiting.agreed!.goals.map((g) => g.goalId)).toEqual(['goal-0001', 'goal-0002']);
    const second = data(await confirm(2));
    expect(second).toMatchObject({ changeWaiting: false, agreed: { version: 2 } });
    expect(second.agreed!.goals.map((g) => g.goalId)).toEqual(['goal-0001', 'goal-0003']);
  });

  it('shows a goal WeChat holds to the master marked, and to the apprentice empty', async () => {
    const { master, apprentice, id } = await freshPair();
    const held = agreement(id, { goals: [goal(1, addMonths(today(), 2), '学习待复核的内容')] });
    expect(data(await mentoring('proposeAgreement', held, master.openid)).proposal!.goals[0]).toMatchObject({
      held: true,
      text: '学习待复核的内容',
    });
    const seen = data(await mentoring('apprenticeship', { apprenticeshipId: id }, apprentice.openid));
    expect(seen.proposal!.goals[0]).toMatchObject({ held: true, text: '' });
  });
});

describe('checks', () => {
  it('are recorded by the pair’s master only, dated neither ahead nor before the term, for every goal', async () => {
    const { master, apprentice, other, id } = await freshPair();
    const check = (change: Record<string, unknown> = {}, by = master.openid) =>
      mentoring(
        'recordCheck',
        {
          apprenticeshipId: id,
          date: today(),
          notes: '本月完成装配练习，进步明显',
          progress: [
            { goalId: 'goal-0001', percent: 30 },
            { goalId: 'goal-0002', percent: 10 },
          ],
          ...change,
        } as never,
        by,
      );
    data(await mentoring('proposeAgreement', agreement(id), master.openid));
    // Not before the apprentice agreed.
    expect(error(await check())).toMatchObject({ code: 'CONFLICT', field: 'apprenticeshipId' });
    data(await mentoring('confirmAgreement', { apprenticeshipId: id, version: 1 }, apprentice.openid));
    expect((await check({ date: addDays(today(), 1) }).then(error)).field).toBe('date');
    expect((await check({ date: addDays(today(), -1) }).then(error)).field).toBe('date');
    expect((await check({ progress: [{ goalId: 'goal-0001', percent: 30 }] }).then(error)).field).toBe('progress');
    const unknownGoal = {
      progress: [
        { goalId: 'goal-9999', percent: 1 },
        { goalId: 'goal-0002', percent: 1 },
      ],
    };
    expect((await check(unknownGoal).then(error)).field).toBe('progress.0.goalId');
    expect(
      (
        await check({
          progress: [
            { goalId: 'goal-0001', percent: 101 },
            { goalId: 'goal-0002', percent: 1 },
          ],
        }).then(error)
      ).field,
    ).toBe('progress.0.percent');
    for (const by of [apprentice.openid, other.openid, ENT])
      expect((await check({}, by).then(error)).code).toBe('FORBIDDEN');
    expect((await check({ notes: '含违禁词' }).then(error)).field).toBe('notes');

    const recorded = data(await check());
    expect(recorded.checks).toHaveLength(1);
    expect(recorded).toMatchObject({ lastCheck: today(), overdueDays: 0 });
    // The history: the pair and staff over the master's enterprise read it; nobody else.
    for (const by of [apprentice.openid, ENT, CITY]) {
      const read = data(await mentoring('apprenticeship', { apprenticeshipId: id }, by));
      expect(read.checks[0]).toMatchObject({ date: today(), progress: [{ goalId: 'goal-0001', percent: 30 }, {}] });
    }
    for (const by of [other.openid, XIHU, 'persona-worker']) {
      expect(error(await mentoring('apprenticeship', { apprenticeshipId: id }, by)).code).toBe('FORBIDDEN');
    }
  });

  it('shows an overdue check to both and in staff’s cadence table from the index, and reminds once', async () => {
    const pair = await agreed();
    const due = addMonths(today(), 1);
    const table = async (by: string, overdueOnly = true) =>
      data(await mentoring('cadenceTable', { orgId: 'org-jinggong', overdueOnly }, by)).rows;
    expect((await table(ENT)).map((row) => row.apprenticeshipId)).not.toContain(pair.id);
    expect((await table(ENT, false)).some((row) => row.apprenticeshipId === pair.id)).toBe(true);

    // Three days past the first check's day.
    env.cloud.clock.set(new Date(`${addDays(due, 3)}T09:00:00+08:00`).getTime());
    for (const who of [pair.master, pair.apprentice]) {
      const row = data(await mentoring('myPairs', {}, who.openid)).rows.find((r) => r.apprenticeshipId === pair.id);
      expect(row).toMatchObject({ overdueDays: 3, nextDue: { day: due, kind: 'check' } });
    }
    const rows = await table(CITY);
    expect(rows.find((row) => row.apprenticeshipId === pair.id)).toMatchObject({
      masterName: '测试职工1',
      apprenticeName: '测试职工2',
      trade: 'fitter',
      lastCheck: null,
      overdueDays: 3,
    });
    // The trade filter: the fitter pair is under 钳工 and not under 焊工; an unknown trade is refused by name.
    const ofTrade = async (trade: string) =>
      data(await mentoring('cadenceTable', { orgId: 'org-jinggong', trade } as never, CITY)).rows.map(
        (row) => row.apprenticeshipId,
      );
    expect(await ofTrade('fitter')).toContain(pair.id);
    expect(await ofTrade('welder')).not.toContain(pair.id);
    expect(
      error(await mentoring('cadenceTable', { orgId: 'org-jinggong', trade: 'juggler' } as never, CITY)),
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'trade', message: expect.stringContaining('请选择工种') });
    expect(error(await mentoring('cadenceTable', { orgId: 'org-jinggong' }, XIHU)).code).toBe('FORBIDDEN');
    expect(error(await mentoring('cadenceTable', { orgId: 'org-jinggong' }, pair.master.openid)).code).toBe(
      'FORBIDDEN',
    );

    // The clock reminds both once for this due date, however often it runs.
    const tick = () => env.cloud.timers.fire('mentoring-clock', 'everyTenMinutes') as Promise<Record<string, number>>;
    expect((await tick()).reminders).toBeGreaterThanOrEqual(1);
    await tick();
    const overdue = (openid: string) => messagesTo(openid).filter((m) => String(m.title).includes('检查逾期'));
    expect(overdue(pair.master.openid)).toHaveLength(1);
    expect(overdue(pair.apprentice.openid)).toHaveLength(1);

    // A check answers it: off the overdue table, next due a month on from the first.
    data(
      await mentoring(
        'recordCheck',
        {
          apprenticeshipId: pair.id,
          date: today(),
          notes: '补记本月检查',
          progress: [
            { goalId: 'goal-0001', percent: 40 },
            { goalId: 'goal-0002', percent: 20 },
          ],
        },
        pair.master.openid,
      ),
    );
    expect((await table(CITY)).map((row) => row.apprenticeshipId)).not.toContain(pair.id);

    // A hundred overdue pairs in another district: the table of org-jinggong reads what it did before.
    const examined = async () => {
      const before = env.cloud.database.engine.examined;
      await table(ENT);
      return env.cloud.database.engine.examined - before;
    };
    const small = await examined();
    const template = (await localDb(env.cloud).collection('apprenticeships').doc(pair.id).get()) as {
      data: Array<Record<string, unknown>>;
    };
    await localDb(env.cloud)
      .collection('apprenticeships')
      .add(
        Array.from({ length: 100 }, (_, i) => ({
          ...template.data[0],
          _id: `ap-xihu-${i}`,
          tradeSlot: `ap-xihu-${i}`,
          orgPath: ['org-city', 'org-xihu', 'org-build'],
          overdueAt: new Date(env.now().getTime() - DAY),
        })),
      );
    expect(await examined()).toBe(small);
  });
});

describe('under concurrency and hostile input', () => {
  it('never stores two checks under one number, nor agrees to a version the apprentice did not read', async () => {
    const pair = await agreed();
    const check = (notes: string) =>
      mentoring(
        'recordCheck',
        {
          apprenticeshipId: pair.id,
          date: today(),
          notes,
          progress: [
            { goalId: 'goal-0001', percent: 10 },
            { goalId: 'goal-0002', percent: 5 },
          ],
        },
        pair.master.openid,
      );
    const raced = await Promise.all([check('第一条检查记录'), check('第二条检查记录'), check('第三条检查记录')]);
    const stored = data(await mentoring('apprenticeship', { apprenticeshipId: pair.id }, pair.master.openid));
    expect(stored.checks).toHaveLength(raced.filter((answer) => answer.ok).length);
    expect(new Set(stored.checks.map((c) => c.checkId)).size).toBe(stored.checks.length);
    for (const answer of raced.filter((a) => !a.ok)) expect(error(answer).code).toBe('CONFLICT');

    // The master changes the agreement while the apprentice agrees to the version they read: whichever lands
    // first, what is in force is a version the apprentice agreed to, and the other waits or is refused.
    const change = agreement(pair.id, { goals: [goal(5, addMonths(today(), 4))] });
    data(await mentoring('proposeAgreement', change, pair.master.openid));
    const [proposed, confirmed] = await Promise.all([
      mentoring(
        'proposeAgreement',
        agreement(pair.id, { goals: [goal(6, addMonths(today(), 5))] }),
        pair.master.openid,
      ),
      mentoring('confirmAgreement', { apprenticeshipId: pair.id, version: 2 }, pair.apprentice.openid),
    ]);
    const after = data(await mentoring('apprenticeship', { apprenticeshipId: pair.id }, pair.apprentice.openid));
    if (confirmed.ok) expect(after.agreed!.goals.map((g) => g.goalId)).toEqual(['goal-0005']);
    else expect(after.agreed!.version).toBe(1);
    if (proposed.ok) expect(after.proposal!.goals.map((g) => g.goalId)).toEqual(['goal-0006']);
  });

  it('refuses hostile payloads naming the field, and changes nothing', async () => {
    const pair = await agreed();
    const raw = (input: unknown) => env.callRaw('mentoring', 'recordCheck', input, pair.master.openid);
    const base = {
      apprenticeshipId: pair.id,
      date: today(),
      notes: '正常记录',
      progress: [
        { goalId: 'goal-0001', percent: 10 },
        { goalId: 'goal-0002', percent: 5 },
      ],
    };
    expect(error(await raw({ ...base, notes: '控制\u0000字符' }))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'notes',
    });
    expect(error(await raw({ ...base, state: 'ended' })).code).toBe('INVALID_INPUT');
    expect(error(await raw({ ...base, date: { $gt: '' } }))).toMatchObject({ field: 'date' });
    expect(error(await raw({ ...base, apprenticeshipId: { $ne: null } }))).toMatchObject({
      field: 'apprenticeshipId',
    });
    const many = Array.from({ length: 11 }, (_, i) => ({ goalId: `goal-${1000 + i}`, percent: 1 }));
    expect(error(await raw({ ...base, progress: many }))).toMatchObject({ field: 'progress' });
    const proposeRaw = (input: unknown) => env.callRaw('mentoring', 'proposeAgreement', input, pair.master.openid);
    expect(
      error(await proposeRaw({ ...(agreement(pair.id) as object), term: { start: today(), end: 'forever' } })),
    ).toMatchObject({ field: 'term.end' });
    const read = data(await mentoring('apprenticeship', { apprenticeshipId: pair.id }, pair.master.openid));
    expect(read).toMatchObject({ checks: [], agreed: { version: 1 }, proposal: null, state: 'active' });
  });
});
