// Statements WeChat held for review, through the built `mentoring` function: staff over the master see them in full
// and only theirs, pass one (the master then reads it) or refuse one with a reason (the application is declined, the
// worker told and free to apply again); foreign staff, a second decision and a staff member who is the master are
// refused.
import { mentoringContract } from '../../../src/shared/contracts/mentoring';
import { demoUserIdOf } from '../../../database/seed/people';
import { localDb } from '../../../test-support/in-process';
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
const reason = '经工会研究认定';

const designate = (userId: string) =>
  mentoring('designateMaster', { userId, trade: 'fitter', level: 'technician', basis: 'skilled', reason }, CITY);
const apply = (masterId: string, openid: string, statement = '一句待复核的拜师申请') =>
  mentoring('applyToMaster', { masterId, statement }, openid);
const messagesTo = (openid: string) =>
  [...env.cloud.database.store.collection('messages').docs.values()].filter((message) => message.to === openid);
const auditOf = async (action: string, targetId: string) => {
  const { data: rows } = (await localDb(env.cloud)
    .collection('auditLog')
    .where({ action, 'target.id': targetId })
    .get()) as { data: Array<{ reason: string | null }> };
  return rows;
};

it('shows held statements to staff over the master, who pass or refuse them once', async () => {
  const [master, a, b] = await addWorkers(env, 'held', 3);
  const [foreignMaster, c] = await addWorkers(env, 'held-xihu', 2, XIHU_PATH);
  data(await designate(master!.userId));
  data(
    await mentoring(
      'designateMaster',
      { userId: foreignMaster!.userId, trade: 'welder', level: 'technician', basis: 'skilled', reason },
      CITY,
    ),
  );
  const first = data(await apply(master!.userId, a!.openid));
  const second = data(await apply(master!.userId, b!.openid, '第二句待复核的话'));
  data(await apply(foreignMaster!.userId, c!.openid));
  // A statement WeChat passed is nobody's business here.
  const [, plain] = await addWorkers(env, 'held-plain', 2);
  data(await apply(master!.userId, plain!.openid, '想跟师傅学钳工'));

  const mine = data(await mentoring('heldStatements', {}, ENT)).rows;
  expect(mine.map((row) => [row.applicantId, row.statement])).toEqual([
    [a!.userId, '一句待复核的拜师申请'],
    [b!.userId, '第二句待复核的话'],
  ]);
  expect(data(await mentoring('heldStatements', {}, XIHU)).rows.map((row) => row.applicantId)).toEqual([c!.userId]);
  expect(
    error(await mentoring('decideStatementText', { applicationId: first.applicationId, decision: 'pass' }, XIHU))
      .code,
  ).toBe('FORBIDDEN');
  expect(
    error(await mentoring('decideStatementText', { applicationId: first.applicationId, decision: 'refuse' }, ENT)),
  ).toMatchObject({ code: 'INVALID_INPUT', field: 'reason' });

  data(await mentoring('decideStatementText', { applicationId: first.applicationId, decision: 'pass' }, ENT));
  const inbox = data(await mentoring('myMentoring', {}, master!.openid)).received;
  expect(inbox.find((app) => app.applicantId === a!.userId)).toMatchObject({
    statement: '一句待复核的拜师申请',
    statementHeld: false,
    state: 'pending',
  });
  expect(
    error(await mentoring('decideStatementText', { applicationId: first.applicationId, decision: 'pass' }, CITY)),
  ).toMatchObject({ code: 'CONFLICT', field: 'applicationId' });

  const refused = data(
    await mentoring(
      'decideStatementText',
      { applicationId: second.applicationId, decision: 'refuse', reason: '含不当用语' },
      ENT,
    ),
  );
  expect(refused).toMatchObject({ state: 'declined', reason: '申请内容未通过审核：含不当用语' });
  expect(
    messagesTo(b!.openid)
      .map((message) => message.body)
      .join(),
  ).toContain('含不当用语');
  expect(await auditOf('content.refuse', second.applicationId)).toMatchObject([{ reason: '含不当用语' }]);
  expect(data(await mentoring('heldStatements', {}, ENT)).rows).toEqual([]);
  // The worker may apply again, with other words.
  expect(data(await apply(master!.userId, b!.openid, '想跟师傅学习钳工技术'))).toMatchObject({ state: 'pending' });
});

it('leaves an application its master accepted meanwhile accepted when its statement is refused', async () => {
  const [master, a] = await addWorkers(env, 'held-accepted', 2);
  data(await designate(master!.userId));
  const app = data(await apply(master!.userId, a!.openid));
  data(await mentoring('decideApplication', { applicationId: app.applicationId, accept: true }, master!.openid));
  const decided = data(
    await mentoring(
      'decideStatementText',
      { applicationId: app.applicationId, decision: 'refuse', reason: '含不当用语' },
      ENT,
    ),
  );
  expect(decided).toMatchObject({ state: 'accepted', statementHeld: true });
});

it('refuses a staff member deciding an application to themselves', async () => {
  const staffId = demoUserIdOf(ENT);
  data(await designate(staffId));
  const [worker] = await addWorkers(env, 'held-own', 1);
  const app = data(await apply(staffId, worker!.openid));
  expect(
    error(await mentoring('decideStatementText', { applicationId: app.applicationId, decision: 'pass' }, ENT)),
  ).toMatchObject({ code: 'FORBIDDEN', field: 'applicationId' });
  data(await mentoring('decideStatementText', { applicationId: app.applicationId, decision: 'pass' }, CITY));
});
