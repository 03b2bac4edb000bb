// 出师考核, dissolving and plan comments through the built `mentoring` function: a grade ends the pair, gives the
// master's place back once (also when two endings race) and frees the worker's trade, so after 不合格 the same pair
// can start a new term; staff in scope may grade (audited) and dissolve (audited, the pair's item 6 revoked, a
// graduated pair's kept); the master reads the apprentice's 十个一 and comments on their plan, which only the pair
// reads.
import { accountContract } from '../../../src/shared/contracts/account';
import { activityContract } from '../../../src/shared/contracts/activity';
import { mentoringContract } from '../../../src/shared/contracts/mentoring';
import { addMonths } from '../../../src/shared/mentoring/agreement';
import { addDays, beijingDay, beijingYear } from '../../../src/shared/time/beijing';
import { localDb } from '../../../test-support/in-process';
import { agreedPair as agreedPairOf, CITY, ENT, startMentoringCloud, XIHU } from '../../../test-support/mentoring';
import { callerOf, data, error, type SeededCloud } from '../../../test-support/seeded-cloud';
import { addWorkers } from '../../../test-support/tenones';

jest.setTimeout(120_000);
let env: SeededCloud;
beforeAll(async () => {
  env = await startMentoringCloud();
}, 60_000);
afterAll(() => env.close());

const mentoring = callerOf(mentoringContract, () => env);
const activity = callerOf(activityContract, () => env);
const reason = '经工会研究指定';
const today = () => beijingDay(env.now());

let serial = 0;
const agreedPair = (limit = 5) => agreedPairOf(env, `end${++serial}`, limit);

const active = async (masterId: string) =>
  data(await mentoring('master', { masterId }, CITY)) as { active: number; hasPlace: boolean };
const itemSix = async (openid: string) =>
  data(await activity('myYear', { year: beijingYear(env.now()) }, openid)).items.find((i) => i.item === 6)!.done;
const auditOf = async (action: string, targetId: string) =>
  (
    (await localDb(env.cloud).collection('auditLog').where({ action, 'target.id': targetId }).get()) as {
      data: Array<{ reason: string | null; after: unknown }>;
    }
  ).data;

describe('出师考核', () => {
  it('ends the pair with its grade, frees the place and the trade once, and 不合格 can start a new term', async () => {
    const { master, apprentice, other, id } = await agreedPair(1);
    expect(await itemSix(apprentice.openid)).toBe(true);
    expect(await active(master.userId)).toMatchObject({ active: 1, hasPlace: false });
    const graduate = (by: string, grade: 'excellent' | 'pass' | 'fail' = 'fail', comment = '基本功仍需加强') =>
      mentoring('graduate', { apprenticeshipId: id, grade, comment }, by);
    for (const by of [apprentice.openid, other.openid, XIHU])
      expect(error(await graduate(by)).code).toBe('FORBIDDEN');
    expect(
      error(
        await mentoring('graduate', { apprenticeshipId: id, grade: 'good', comment: '很好' } as never, master.openid),
      ),
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'grade' });
    expect(error(await graduate(master.openid, 'pass', '含违禁词'))).toMatchObject({ field: 'comment' });

    // Two endings at once (the master and the enterprise's staff): one wins, the place comes back once.
    const raced = await Promise.all([graduate(master.openid), graduate(ENT, 'pass', '工会考核合格')]);
    expect(raced.filter((answer) => answer.ok)).toHaveLength(1);
    expect(raced.map((answer) => (answer.ok ? 'ok' : answer.error.code)).sort()).toEqual(['CONFLICT', 'ok']);
    expect(await active(master.userId)).toMatchObject({ active: 0, hasPlace: true });

    const ended = data(await mentoring('apprenticeship', { apprenticeshipId: id }, apprentice.openid));
    expect(ended.state).toBe('ended');
    expect(ended.ended!.how).toBe('graduated');
    // The master's record counts one apprentice trained this year, with the grade that won the race.
    const record = data(await mentoring('masterRecord', { masterId: master.userId }, CITY));
    const thisYear = record.years.find((year) => year.year === beijingYear(env.now()))!;
    expect(thisYear.apprentices).toMatchObject({ trained: 1, grades: { [ended.ended!.grade!]: 1 } });
    // A graduated pair keeps its credit; the history stays readable to both.
    expect(await itemSix(apprentice.openid)).toBe(true);
    data(await mentoring('apprenticeship', { apprenticeshipId: id }, master.openid));
    expect(error(await graduate(master.openid)).code).toBe('CONFLICT');
    expect(
      error(
        await mentoring(
          'recordCheck',
          {
            apprenticeshipId: id,
            date: today(),
            notes: '结束后的检查',
            progress: [{ goalId: 'goal-0001', percent: 5 }],
          },
          master.openid,
        ),
      ).code,
    ).toBe('CONFLICT');

    // The same pair starts a new term: a new apprenticeship within the master's limit.
    const again = data(
      await mentoring('assignPair', { masterId: master.userId, apprenticeId: apprentice.userId, reason }, CITY),
    );
    expect(again.apprenticeshipId).not.toBe(id);
    const mine = data(await mentoring('myPairs', {}, apprentice.openid)).rows;
    expect(mine.map((row) => [row.apprenticeshipId, row.state])).toEqual([
      [again.apprenticeshipId, 'active'],
      [id, 'ended'],
    ]);
    if (ended.ended!.grade === 'pass') expect(await auditOf('mentoring.graduate', id)).toHaveLength(1);
    else expect(await auditOf('mentoring.graduate', id)).toHaveLength(0);
  });

  it('by staff in scope is audited, and is refused before an agreement is in force', async () => {
    const { id, master } = await agreedPair();
    data(
      await mentoring('graduate', { apprenticeshipId: id, grade: 'excellent', comment: '技艺精湛，准予出师' }, ENT),
    );
    expect(await auditOf('mentoring.graduate', id)).toMatchObject([
      { reason: '技艺精湛，准予出师', after: { grade: '优秀' } },
    ]);
    expect(await active(master.userId)).toMatchObject({ active: 0 });
    const [m2, a2] = await addWorkers(env, `noagr${++serial}`, 2);
    data(
      await mentoring(
        'designateMaster',
        { userId: m2!.userId, trade: 'fitter', level: 'technician', basis: 'skilled', reason },
        CITY,
      ),
    );
    const bare = data(
      await mentoring('assignPair', { masterId: m2!.userId, apprenticeId: a2!.userId, reason }, CITY),
    );
    expect(
      error(
        await mentoring(
          'graduate',
          { apprenticeshipId: bare.apprenticeshipId, grade: 'pass', comment: '合格出师' },
          m2!.openid,
        ),
      ),
    ).toMatchObject({ code: 'CONFLICT', field: 'apprenticeshipId' });
  });
});

describe('dissolving', () => {
  it('is for staff over the pair, audited; it frees the place and revokes the pair’s item 6', async () => {
    const { master, apprentice, id } = await agreedPair();
    const dissolve = (by: string) =>
      mentoring('dissolvePair', { apprenticeshipId: id, reason: '师徒双方协商解除' }, by);
    for (const by of [master.openid, apprentice.openid, XIHU])
      expect(error(await dissolve(by)).code).toBe('FORBIDDEN');
    expect(await itemSix(apprentice.openid)).toBe(true);
    const done = data(await dissolve(CITY));
    expect(done).toMatchObject({ state: 'ended', ended: { how: 'dissolved', grade: null } });
    expect(await itemSix(apprentice.openid)).toBe(false);
    expect(await active(master.userId)).toMatchObject({ active: 0 });
    expect(await auditOf('mentoring.dissolvePair', id)).toMatchObject([{ reason: '师徒双方协商解除' }]);
    expect(error(await dissolve(CITY)).code).toBe('CONFLICT');
    // A dissolved pair is not an apprentice trained.
    const record = data(await mentoring('masterRecord', { masterId: master.userId }, CITY));
    expect(record.years[0]!.apprentices).toMatchObject({ trained: 0, grades: {} });
    // The worker may take a master in the trade again.
    data(await mentoring('assignPair', { masterId: master.userId, apprenticeId: apprentice.userId, reason }, CITY));
    expect(await itemSix(apprentice.openid)).toBe(true);
  });

  it('is never done by staff who are one of the pair (回避)', async () => {
    const staff = data(await env.call(accountContract, 'me', {}, ENT));
    data(
      await mentoring(
        'designateMaster',
        { userId: staff.userId, trade: 'fitter', level: 'technician', basis: 'skilled', reason },
        CITY,
      ),
    );
    const [apprentice] = await addWorkers(env, `recuse${++serial}`, 1);
    const pair = data(
      await mentoring('assignPair', { masterId: staff.userId, apprenticeId: apprentice!.userId, reason }, CITY),
    );
    const dissolve = (by: string) =>
      mentoring('dissolvePair', { apprenticeshipId: pair.apprenticeshipId, reason: '本人申请解除' }, by);
    expect(error(await dissolve(ENT))).toMatchObject({ code: 'FORBIDDEN', field: 'apprenticeshipId' });
    data(await dissolve(CITY));
  });
});

describe('held texts', () => {
  it('wait for staff over the pair: a refused goal stays hidden from the apprentice, passed notes show', async () => {
    const { master, apprentice, id } = await agreedPair();
    const start = today();
    data(
      await mentoring(
        'proposeAgreement',
        {
          apprenticeshipId: id,
          goals: [
            { goalId: 'goal-0001', text: '独立完成部件装配', targetDate: addMonths(start, 6) },
            { goalId: 'goal-0002', text: '学习待复核的工艺', targetDate: addMonths(start, 8) },
          ],
          term: { start, end: addDays(addMonths(start, 12), -1) },
          cadence: { checkEveryMonths: 1, reviewEveryMonths: 3 },
        },
        master.openid,
      ),
    );
    const checked = data(
      await mentoring(
        'recordCheck',
        {
          apprenticeshipId: id,
          date: start,
          notes: '本月待复核的记录',
          progress: [
            { goalId: 'goal-0001', percent: 20 },
            { goalId: 'goal-0002', percent: 10 },
          ],
        },
        master.openid,
      ),
    );
    const decide = (input: Record<string, unknown>) =>
      mentoring('decidePairText', { apprenticeshipId: id, ...input } as never, CITY);
    expect(error(await decide({ text: 'check', id: 'ap-other.1', decision: 'pass' }))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'id',
    });
    data(await decide({ text: 'check', id: checked.checks[0]!.checkId, decision: 'pass' }));
    data(await decide({ text: 'goal', id: 'goal-0002', decision: 'refuse', reason: '内容不宜发布' }));
    expect(error(await decide({ text: 'goal', id: 'goal-0001', decision: 'pass' })).code).toBe('CONFLICT');
    const seen = data(await mentoring('apprenticeship', { apprenticeshipId: id }, apprentice.openid));
    expect(seen.checks[0]).toMatchObject({ notes: '本月待复核的记录', notesHeld: false });
    expect(seen.proposal!.goals[1]).toMatchObject({ held: true, text: '' });
    expect(
      (
        (await localDb(env.cloud)
          .collection('auditLog')
          .where({ 'target.id': id, action: 'content.refuse' })
          .get()) as {
          data: unknown[];
        }
      ).data,
    ).toHaveLength(1);
  });
});

describe('plan comments', () => {
  it('let the pair’s master read the apprentice’s 十个一 and plan and comment; only the pair reads them', async () => {
    const { master, apprentice, other, id } = await agreedPair();
    const year = beijingYear(env.now());
    const read = (by: string) => mentoring('apprenticePlan', { apprenticeshipId: id }, by);
    const comment = (text: string, by = master.openid) =>
      mentoring('commentPlan', { apprenticeshipId: id, year, text }, by);
    expect(data(await read(master.openid))).toMatchObject({ year, plan: null, comments: [] });
    expect(data(await read(master.openid)).done).toContain(6);
    expect(error(await comment('计划很好'))).toMatchObject({ code: 'CONFLICT', field: 'year' });
    data(
      await activity(
        'savePlan',
        { year, goals: [{ goalId: 'plan-goal-01', text: '考取钳工技师证书', targetDate: `${year}-12-31` }] },
        apprentice.openid,
      ),
    );
    expect(data(await read(master.openid)).plan!.goals[0]!.text).toBe('考取钳工技师证书');
    for (const by of [apprentice.openid, other.openid, ENT])
      expect(error(await comment('不错', by)).code).toBe('FORBIDDEN');
    for (const by of [other.openid, XIHU]) expect(error(await read(by)).code).toBe('FORBIDDEN');
    data(await read(ENT));
    expect(error(await comment('含违禁词'))).toMatchObject({ field: 'text' });
    data(await comment('目标明确，建议补充时间节点'));
    data(await comment('这段待复核'));
    const seen = data(await read(apprentice.openid)).comments;
    expect(seen.map((c) => [c.text, c.held])).toEqual([
      ['', true],
      ['目标明确，建议补充时间节点', false],
    ]);
    expect(data(await read(master.openid)).comments[0]).toMatchObject({ text: '这段待复核', held: true });

    // Staff over the pair decide the held comment: the pair cannot, a refusal needs a reason; passed, it shows.
    const held = data(await read(ENT)).comments[0]!;
    const decide = (by: string, decision: 'pass' | 'refuse', why?: string) =>
      mentoring(
        'decidePairText',
        { apprenticeshipId: id, text: 'comment', id: held.commentId, decision, ...(why ? { reason: why } : {}) },
        by,
      );
    expect(error(await decide(master.openid, 'pass')).code).toBe('FORBIDDEN');
    expect(error(await decide(XIHU, 'pass')).code).toBe('FORBIDDEN');
    expect(error(await decide(ENT, 'refuse'))).toMatchObject({ code: 'INVALID_INPUT', field: 'reason' });
    data(await decide(ENT, 'pass'));
    expect(error(await decide(CITY, 'pass'))).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(data(await read(apprentice.openid)).comments[0]).toMatchObject({ text: '这段待复核', held: false });
  });
});
