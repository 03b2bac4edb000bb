// The pair texts WeChat held for review, listed for staff through the built `mentoring` function: a held goal, a
// held check's notes and a held grade comment show in full to staff over the pair, and only to them (a foreign
// district's pair stays with its own staff); each row names what decidePairText takes, and a decided text leaves
// the list. Texts WeChat passed are never listed.
import { mentoringContract, type HeldPairText } from '../../../src/shared/contracts/mentoring';
import { addMonths } from '../../../src/shared/mentoring/agreement';
import { addDays, beijingDay } from '../../../src/shared/time/beijing';
import { CITY, ENT, startMentoringCloud, XIHU, XIHU_PATH } from '../../../test-support/mentoring';
import { callerOf, data, error, type SeededCloud } from '../../../test-support/seeded-cloud';
import { addWorkers } from '../../../test-support/tenones';

jest.setTimeout(120_000);
let env: SeededCloud;
beforeAll(async () => {
  env = await startMentoringCloud();
}, 60_000);
afterAll(() => env.close());

const mentoring = callerOf(mentoringContract, () => env);
const reason = '经工会研究指定';

async function pairWithHeldTexts(prefix: string, path?: string[]) {
  const [master, apprentice] = await addWorkers(env, prefix, 2, path);
  data(
    await mentoring(
      'designateMaster',
      { userId: master!.userId, trade: 'fitter', level: 'technician', basis: 'skilled', reason },
      CITY,
    ),
  );
  const id = data(
    await mentoring('assignPair', { masterId: master!.userId, apprenticeId: apprentice!.userId, reason }, CITY),
  ).apprenticeshipId;
  const start = beijingDay(env.now());
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
      master!.openid,
    ),
  );
  data(await mentoring('confirmAgreement', { apprenticeshipId: id, version: 1 }, apprentice!.openid));
  const check = data(
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
      master!.openid,
    ),
  ).checks[0]!;
  return { master: master!, apprentice: apprentice!, id, checkId: check.checkId };
}

it('lists a pair’s held texts in full to staff over it, as decidePairText names them, until decided', async () => {
  const mine = await pairWithHeldTexts('pair-held');
  data(
    await mentoring(
      'graduate',
      { apprenticeshipId: mine.id, grade: 'pass', comment: '考核合格，待复核的评语' },
      mine.master.openid,
    ),
  );
  // The held grade comment: its master reads it marked as held, the apprentice reads only that it is held.
  const endedAs = async (openid: string) =>
    data(await mentoring('apprenticeship', { apprenticeshipId: mine.id }, openid)).ended;
  expect(await endedAs(mine.master.openid)).toMatchObject({ comment: '考核合格，待复核的评语', commentHeld: true });
  expect(await endedAs(mine.apprentice.openid)).toMatchObject({ comment: '', commentHeld: true });
  const foreign = await pairWithHeldTexts('pair-held-xihu', XIHU_PATH);

  const ours = (rows: HeldPairText[], id: string) => rows.filter((r) => r.apprenticeshipId === id);
  const listed = ours(data(await mentoring('heldPairTexts', {}, ENT)).rows, mine.id);
  expect(listed.map(({ text, id, content }) => ({ text, id, content }))).toEqual([
    { text: 'goal', id: 'goal-0002', content: '学习待复核的工艺' },
    { text: 'check', id: mine.checkId, content: '本月待复核的记录' },
    { text: 'ending', id: null, content: '考核合格，待复核的评语' },
  ]);
  expect(listed[0]).toMatchObject({ masterName: expect.any(String), apprenticeName: expect.any(String) });
  // Staff of another district see their own pair, not this one; the city sees both; the pair's people see nothing.
  const xihu = data(await mentoring('heldPairTexts', {}, XIHU)).rows;
  expect(ours(xihu, mine.id)).toEqual([]);
  expect(ours(xihu, foreign.id).map((r) => r.text)).toEqual(['goal', 'check']);
  expect(ours(data(await mentoring('heldPairTexts', {}, ENT)).rows, foreign.id)).toEqual([]);
  expect(ours(data(await mentoring('heldPairTexts', {}, CITY)).rows, foreign.id)).toHaveLength(2);
  expect(error(await mentoring('heldPairTexts', {}, mine.master.openid)).code).toBe('FORBIDDEN');

  // Each row decided as it is named; then it leaves the list.
  for (const row of listed) {
    data(
      await mentoring(
        'decidePairText',
        {
          apprenticeshipId: row.apprenticeshipId,
          text: row.text,
          ...(row.id ? { id: row.id } : {}),
          decision: row.text === 'check' ? 'refuse' : 'pass',
          ...(row.text === 'check' ? { reason: '记录内容不宜公开' } : {}),
        },
        ENT,
      ),
    );
  }
  expect(ours(data(await mentoring('heldPairTexts', {}, ENT)).rows, mine.id)).toEqual([]);
  expect(ours(data(await mentoring('heldPairTexts', {}, XIHU)).rows, foreign.id)).toHaveLength(2);
});
