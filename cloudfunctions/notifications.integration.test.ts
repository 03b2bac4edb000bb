// Notifications through the built functions in a local cloud: every notice is an in-app message, and a subscribe
// message goes on top only where the recipient accepted that template in a tap — one acceptance, one push, even
// when two sends race; WeChat's 43101 and no acceptance leave the in-app message alone. Selection and people send
// them: a nomination reviewed (to the nominating staff), an objection answered (to the objector, whose openid is
// sealed on the objection and appears in no log or staff view), a join request decided (to the worker).
import { localDb } from '../test-support/in-process';
import { candidateRecord } from '../test-support/selection-records';
import { callerOf, data, error, startSeededCloud, type SeededCloud } from '../test-support/seeded-cloud';
import { LOCAL_SUBSCRIBE_TEMPLATES } from '../scripts/local-data';
import { accountContract } from '../src/shared/contracts/account';
import { selectionContract } from '../src/shared/contracts/selection';
import { unionContract } from '../src/shared/contracts/union';
import { DISTRICT_CAMPAIGN_ID, PUBLICITY_CAMPAIGN_ID } from '../database/seed/people';
import { PRIVACY_TERMS_VERSION } from '../src/shared/people/vocabulary';

let env: SeededCloud;
beforeAll(async () => {
  env = await startSeededCloud();
}, 30_000);
afterAll(() => env.close());

const account = callerOf(accountContract, () => env);
const selection = callerOf(selectionContract, () => env);
const union = callerOf(unionContract, () => env);

const NOMINATION = LOCAL_SUBSCRIBE_TEMPLATES.JX_TMPL_NOMINATION_REVIEWED!;
const OBJECTION = LOCAL_SUBSCRIBE_TEMPLATES.JX_TMPL_OBJECTION_ANSWERED!;
const JOIN = LOCAL_SUBSCRIBE_TEMPLATES.JX_TMPL_JOIN_DECIDED!;
const nominator = 'persona-enterprise-staff';
const city = 'persona-city-staff';

const outboxTo = (openid: string) => env.cloud.wechat.outbox.filter((sent) => sent.touser === openid);

async function userIdOf(openid: string): Promise<string> {
  return data(await account('me', {}, openid)).userId;
}

let nominees = 0;
/** A nomination by 孙丽华 (精工机械's union), waiting for the city union's review in the seeded 2027 campaign. */
async function submittedNomination(): Promise<string> {
  const record = candidateRecord('demo-2027-young', `notify-nominee-${++nominees}`, env.now(), {
    name: `被提名人${nominees}`,
    status: 'submitted',
    nominatedBy: await userIdOf(nominator),
    nominatedByName: '孙丽华',
  });
  await localDb(env.cloud).collection('candidates').add(record);
  return record._id;
}

async function stored(collection: string, query: Record<string, unknown>) {
  const { data: docs } = (await localDb(env.cloud).collection(collection).where(query).limit(100).get()) as {
    data: Array<Record<string, unknown>>;
  };
  return docs;
}

beforeEach(() => env.cloud.wechat.setRules({}));

describe('subscribe templates and acceptances', () => {
  it('offers the templates this environment has, and records only those', async () => {
    const { templates } = data(await account('subscribeTemplates', {}, 'persona-public'));
    expect(templates).toEqual(
      expect.arrayContaining([
        { key: 'nominationReviewed', templateId: NOMINATION },
        { key: 'objectionAnswered', templateId: OBJECTION },
        { key: 'joinDecided', templateId: JOIN },
      ]),
    );
    const answer = data(
      await account('acceptSubscriptions', { templateIds: [JOIN, 'someone-elses-template'] }, 'accepter-1'),
    );
    expect(answer.recorded).toEqual(['joinDecided']);
    expect(await stored('subscriptions', { openid: 'accepter-1' })).toEqual([
      expect.objectContaining({ templateId: JOIN, available: 1 }),
    ]);
    const tooMany = error(
      await account('acceptSubscriptions', { templateIds: [JOIN, JOIN, JOIN, JOIN] }, 'accepter-1'),
    );
    expect(tooMany).toMatchObject({ code: 'INVALID_INPUT', field: 'templateIds' });
  });
});

describe('a nomination reviewed', () => {
  it('reaches the nominating staff as a message and, accepted, as one subscribe message that fits WeChat', async () => {
    data(await account('acceptSubscriptions', { templateIds: [NOMINATION] }, nominator));
    const candidateId = await submittedNomination();
    const before = outboxTo(nominator).length;
    data(
      await selection(
        'reviewNomination',
        { candidateId, decision: 'return', reason: '主要事迹请补充近三年的具体创新成果和带徒人数' },
        city,
      ),
    );
    const { messages } = data(await account('myMessages', {}, nominator));
    expect(messages[0]).toMatchObject({
      kind: 'nominationReviewed',
      title: `提名已退回：被提名人${nominees}`,
      read: false,
      page: `/admin/pages/nominate/index?campaignId=demo-2027-young&candidate=${encodeURIComponent(candidateId)}`,
    });
    expect(messages[0]!.body).toContain('主要事迹请补充近三年的具体创新成果和带徒人数');
    const sent = outboxTo(nominator).slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      template_id: NOMINATION,
      page: expect.stringMatching(/^admin\/pages\/nominate\/index\?/),
      data: {
        thing1: { value: '2027年度示范市青年岗位能手' },
        phrase3: { value: '已退回' },
        // Cut to thing's 20 characters; the in-app message keeps it whole.
        thing4: { value: '主要事迹请补充近三年的具体创新成果和带…' },
      },
    });
  });

  it('spends one acceptance once when two sends race: one push, two in-app messages', async () => {
    data(await account('acceptSubscriptions', { templateIds: [NOMINATION] }, nominator));
    const [first, second] = [await submittedNomination(), await submittedNomination()];
    const before = outboxTo(nominator).length;
    const unread = data(await account('unreadMessages', {}, nominator)).count;
    await Promise.all(
      [first, second].map(async (candidateId) =>
        data(await selection('reviewNomination', { candidateId, decision: 'approve' }, city)),
      ),
    );
    expect(outboxTo(nominator).length - before).toBe(1);
    expect(data(await account('unreadMessages', {}, nominator)).count).toBe(unread + 2);
    const pushes = (await stored('messages', { to: nominator, kind: 'nominationReviewed' })).map((m) => m.push);
    expect(pushes.filter((push) => push === 'sent').length).toBeGreaterThanOrEqual(1);
    expect((await stored('subscriptions', { openid: nominator }))[0]).toMatchObject({ available: 0 });
  });

  it('without an acceptance sends the in-app message alone', async () => {
    const candidateId = await submittedNomination();
    const before = outboxTo(nominator).length;
    data(await selection('reviewNomination', { candidateId, decision: 'approve' }, city));
    expect(outboxTo(nominator)).toHaveLength(before);
    const { messages } = data(await account('myMessages', {}, nominator));
    expect(messages[0]).toMatchObject({ title: `提名已通过：被提名人${nominees}`, read: false });
    expect((await stored('messages', { _id: messages[0]!.id }))[0]).toMatchObject({ push: 'none' });
  });

  it('refused by WeChat (43101) sends the in-app message alone and leaves the acceptance spent', async () => {
    data(await account('acceptSubscriptions', { templateIds: [NOMINATION] }, nominator));
    env.cloud.wechat.setRules({ subscribeRefused: [nominator] });
    const candidateId = await submittedNomination();
    const before = outboxTo(nominator).length;
    const reviewed = data(await selection('reviewNomination', { candidateId, decision: 'approve' }, city));
    // The review stands whatever became of the push.
    expect(reviewed.status).toBe('approved');
    expect(outboxTo(nominator)).toHaveLength(before);
    const { messages } = data(await account('myMessages', {}, nominator));
    expect((await stored('messages', { _id: messages[0]!.id }))[0]).toMatchObject({ push: 'refused' });
    expect((await stored('subscriptions', { openid: nominator }))[0]).toMatchObject({ available: 0 });
  });
});

describe('the caller’s own messages', () => {
  it('lists newest first, counts unread, and marks one read; nobody reads or marks another’s', async () => {
    const older = await submittedNomination();
    data(await selection('reviewNomination', { candidateId: older, decision: 'approve' }, city));
    const newer = await submittedNomination();
    data(await selection('reviewNomination', { candidateId: newer, decision: 'return', reason: '请补充材料' }, city));
    const mine = data(await account('myMessages', {}, nominator)).messages;
    // Newest first.
    expect(mine[0]!.title).toBe(`提名已退回：被提名人${nominees}`);
    expect(mine[1]!.title).toBe(`提名已通过：被提名人${nominees - 1}`);
    const newest = mine[0]!;
    // Another person sees none of them and cannot mark them.
    expect(data(await account('myMessages', {}, 'persona-public')).messages.map((m) => m.id)).not.toContain(
      newest.id,
    );
    expect(error(await account('readMessage', { messageId: newest.id }, 'persona-public'))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'messageId',
    });
    const unread = data(await account('unreadMessages', {}, nominator)).count;
    expect(data(await account('myMessages', {}, nominator)).messages[0]!.read).toBe(false);
    data(await account('readMessage', { messageId: newest.id }, nominator));
    expect(data(await account('unreadMessages', {}, nominator)).count).toBe(unread - 1);
    // Marking again is harmless.
    data(await account('readMessage', { messageId: newest.id }, nominator));
    expect(data(await account('unreadMessages', {}, nominator)).count).toBe(unread - 1);
  });
});

describe('an objection answered', () => {
  it('reaches the objector, whose openid stays out of the log and every staff view', async () => {
    const objector = 'objector-notify-1';
    data(await account('acceptSubscriptions', { templateIds: [OBJECTION] }, objector));
    const lodged = data(
      await selection(
        'lodgeObjection',
        {
          campaignId: PUBLICITY_CAMPAIGN_ID,
          name: '王明',
          contact: '13912345678',
          reason: '该候选人的获奖证书年份与事迹材料不一致，请核实。',
        },
        objector,
      ),
    );
    const answer = '经核实，证书年份无误，事迹材料中的年份为笔误，已更正。';
    data(await selection('answerObjection', { objectionId: lodged.id, answer }, city));
    const { messages } = data(await account('myMessages', {}, objector));
    expect(messages[0]).toMatchObject({
      kind: 'objectionAnswered',
      body: `答复：${answer}`,
      page: `/vote/pages/publicity/index?id=${PUBLICITY_CAMPAIGN_ID}`,
    });
    expect(outboxTo(objector)).toEqual([
      expect.objectContaining({
        template_id: OBJECTION,
        data: expect.objectContaining({ thing2: expect.anything() }),
      }),
    ]);
    // The objection keeps the openid sealed only; the staff list and the audit log never carry it.
    const [record] = await stored('objections', { _id: lodged.id });
    expect(JSON.stringify(record)).not.toContain(objector);
    expect(record!.notifyTo).toEqual(expect.stringMatching(/^v1\./));
    const staffView = data(await selection('listObjections', { campaignId: PUBLICITY_CAMPAIGN_ID }, city));
    expect(JSON.stringify(staffView)).not.toContain(objector);
    expect(JSON.stringify(staffView)).not.toContain(String(record!.notifyTo));
    const log = await stored('auditLog', {});
    expect(JSON.stringify(log)).not.toContain(objector);
    expect(JSON.stringify(data(await union('auditLog', {}, city)))).not.toContain(objector);
  });
});

describe('an objection refused under content security', () => {
  it('is answered with the refusal, which reaches the objector', async () => {
    const objector = 'objector-notify-2';
    env.cloud.wechat.setRules({ text: [{ contains: '待复核', suggest: 'review', label: 21000 }] });
    const lodged = data(
      await selection(
        'lodgeObjection',
        {
          campaignId: PUBLICITY_CAMPAIGN_ID,
          name: '李明',
          contact: '13912345679',
          reason: '该候选人的事迹材料待复核，请核实后答复。',
        },
        objector,
      ),
    );
    data(
      await selection(
        'decideHeldText',
        { owner: 'objection', id: lodged.id, field: 'reason', decision: 'refuse', reason: '含有不实的人身攻击' },
        city,
      ),
    );
    const { messages } = data(await account('myMessages', {}, objector));
    expect(messages[0]).toMatchObject({
      kind: 'objectionAnswered',
      body: '答复：异议内容未通过审核，不予受理。原因：含有不实的人身攻击',
    });
  });
});

describe('a join request decided', () => {
  it('reaches the worker', async () => {
    const worker = 'joiner-notify-1';
    data(await account('consent', { version: PRIVACY_TERMS_VERSION }, worker));
    data(await account('saveProfile', { realName: '申请人乙', trade: 'fitter', skillLevel: 'senior' }, worker));
    data(await account('acceptSubscriptions', { templateIds: [JOIN] }, worker));
    data(await account('requestJoin', { orgId: 'org-jinggong' }, worker));
    const pending = data(await union('listJoinRequests', {}, nominator));
    const userId = await userIdOf(worker);
    const request = pending.requests.find((entry: { person: { id: string } }) => entry.person.id === userId)!;
    data(await union('decideJoin', { requestId: request.id, approve: false, reason: '请先提供劳动合同' }, nominator));
    const { messages } = data(await account('myMessages', {}, worker));
    expect(messages[0]).toMatchObject({ kind: 'joinDecided', title: '入会申请未通过：示范市精工机械有限公司工会' });
    expect(messages[0]!.body).toContain('请先提供劳动合同');
    expect(outboxTo(worker)).toEqual([
      expect.objectContaining({
        template_id: JOIN,
        data: expect.objectContaining({
          phrase2: { value: '未通过' },
          thing1: { value: '示范市精工机械有限公司工会' },
        }),
      }),
    ]);
  });
});

// Last: it moves the cloud's clock on.
describe('scoring reminders', () => {
  it('go once, a day before scoring closes, to an expert who asked and has candidates to score', async () => {
    const expert = 'persona-expert';
    const reminder = LOCAL_SUBSCRIBE_TEMPLATES.JX_TMPL_SCORING_REMINDER!;
    const tick = () => env.cloud.timers.fire('selection-clock', 'everyMinute') as Promise<{ remindersSent: number }>;
    // Only an expert of the campaign may ask.
    expect(
      error(await selection('remindMeToScore', { campaignId: DISTRICT_CAMPAIGN_ID }, 'persona-worker')).code,
    ).toBe('FORBIDDEN');
    data(await account('acceptSubscriptions', { templateIds: [reminder] }, expert));
    const asked = data(await selection('remindMeToScore', { campaignId: DISTRICT_CAMPAIGN_ID }, expert));
    const task = data(await selection('myScoring', {}, expert)).campaigns.find((c) => c.id === DISTRICT_CAMPAIGN_ID)!;
    expect(task.reminderSet).toBe(true);
    const closes = Date.parse(task.scoringEndsAt);
    expect(Date.parse(asked.remindAt)).toBe(closes - 86_400_000);
    // Not yet due: nothing goes.
    expect((await tick()).remindersSent).toBe(0);
    expect(outboxTo(expert)).toEqual([]);
    env.cloud.clock.set(new Date(closes - 12 * 3_600_000));
    expect((await tick()).remindersSent).toBe(1);
    const { messages } = data(await account('myMessages', {}, expert));
    expect(messages[0]).toMatchObject({ kind: 'scoringReminder', page: '/expert/pages/index/index' });
    expect(messages[0]!.body).toMatch(/^还有4位候选人等你评分/);
    expect(outboxTo(expert)).toEqual([
      expect.objectContaining({ template_id: reminder, data: expect.objectContaining({ number2: { value: '4' } }) }),
    ]);
    // Once only, however often the clock looks again.
    expect((await tick()).remindersSent).toBe(0);
    expect(outboxTo(expert)).toHaveLength(1);
  });
});
