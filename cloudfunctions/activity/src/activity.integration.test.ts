// The 十个一 through the built `activity` function in a local cloud: entries logged under the phone's id (a repeat
// answers the same entry, the id with other content is refused), counted only once content security passed them,
// reviewed by staff over the worker (认可 locks, 不予认可 revokes and tells why), the diary and the plan, bad input
// named by field, and 200 simultaneous logs, reviews and credits leaving every counter equal to a recount.
import { accountContract } from '../../../src/shared/contracts/account';
import { activityContract } from '../../../src/shared/contracts/activity';
import { addDays, beijingDay, beijingYear } from '../../../src/shared/time/beijing';
import { newId } from '../../../src/shared/ids';
import { demoUserIdOf } from '../../../database/seed/people';
import { grantCredit } from '../../../server/credits/credits';
import { recountCredits } from '../../../server/credits/recount';
import { creditTallies, credits, tallyId } from '../../../server/credits/records';
import { activityEntries } from '../../../server/activity/records';
import { localDb } from '../../../test-support/in-process';
import { callerOf, data, error, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';
import { addWorkers, entryInput, uploadPhoto } from '../../../test-support/tenones';

let env: SeededCloud;
beforeAll(async () => {
  env = await startSeededCloud();
  env.cloud.wechat.setRules({
    text: [
      { contains: '违禁词', suggest: 'risky', label: 20001 },
      { contains: '待复核', suggest: 'review', label: 21000 },
    ],
    media: [{ urlContains: 'risky-photo', suggest: 'risky', label: 20002 }],
    mediaVerdictDelayMs: 10 * 60_000,
  });
}, 60_000);
afterAll(() => env.close());

const activity = callerOf(activityContract, () => env);
const worker = 'persona-worker';
const enterpriseStaff = 'persona-enterprise-staff';
const xihuStaff = 'demo-staff-xihu';
const year = () => beijingYear(env.now());
const today = () => beijingDay(env.now());
const db = () => localDb(env.cloud);
const tally = async (org: string) => (await creditTallies.byId(db(), tallyId(org, year())))?.done ?? {};
const myItem = async (openid: string, item: number) =>
  data(await activity('myYear', {}, openid)).items.find((entry) => entry.item === item)!;

describe('logging an entry', () => {
  it('counts a clean entry at once: the item is done, with the entry as its evidence, and the enterprise counts it', async () => {
    const [fresh] = await addWorkers(env, 'first-log', 1);
    const before = await tally('org-jinggong');
    const input = entryInput(env, { item: 3, title: '五轴加工中心编程培训' });
    const entry = data(await activity('logEntry', input, fresh!.openid));
    expect(entry).toMatchObject({ entryId: input.entryId, state: 'counted', locked: false });
    const item = await myItem(fresh!.openid, 3);
    expect(item.done).toBe(true);
    expect(item.evidence[0]).toMatchObject({ kind: 'entry', title: '五轴加工中心编程培训', sourceId: input.entryId });
    expect((await tally('org-jinggong')).i3).toBe((before.i3 ?? 0) + 1);
    expect((await tally('org-dongcheng')).i3).toBeGreaterThanOrEqual(1);
  });

  it('answers a repeated send with the same entry, and refuses the id with other content or someone else’s id', async () => {
    const input = entryInput(env, { item: 7, title: '工业机器人离线编程' });
    const first = data(await activity('logEntry', input, worker));
    const again = data(await activity('logEntry', input, worker));
    expect(again.entryId).toBe(first.entryId);
    expect(
      [...env.cloud.database.store.collection('activityEntries').docs.values()].filter(
        (doc) => doc._id === input.entryId,
      ),
    ).toHaveLength(1);
    expect(error(await activity('logEntry', { ...input, title: '另一件事' }, worker))).toMatchObject({
      code: 'CONFLICT',
      field: 'entryId',
    });
    // Another worker sending an id already used learns nothing about it and stores nothing.
    expect(error(await activity('logEntry', input, 'demo-zhou'))).toMatchObject({
      code: 'CONFLICT',
      field: 'entryId',
    });
    expect(error(await activity('editEntry', { ...input, title: '改成我的' }, 'demo-zhou'))).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses risky text before saving, naming the field', async () => {
    const input = entryInput(env, { title: '这里有违禁词' });
    expect(error(await activity('logEntry', input, worker))).toMatchObject({ code: 'INVALID_INPUT', field: 'title' });
    expect(await activityEntries.byId(db(), input.entryId)).toBeUndefined();
  });

  it('holds text for review until staff pass it, and only then credits the item', async () => {
    const input = entryInput(env, { item: 1, title: '机电一体化大专，待复核' });
    expect(data(await activity('logEntry', input, worker)).state).toBe('held');
    expect((await myItem(worker, 1)).done).toBe(false);
    const decided = await activity(
      'decideRecordText',
      { kind: 'entry', id: input.entryId, field: 'title', decision: 'pass' },
      enterpriseStaff,
    );
    expect(data(decided).decided).toBe(true);
    expect((await myItem(worker, 1)).done).toBe(true);
  });

  it('keeps photos under check 审核中; a refused photo is removed, the author told why, and the entry counts', async () => {
    const me = data(await env.call(accountContract, 'me', {}, worker)).userId;
    const good = await uploadPhoto(env, worker, me, 'good.jpg');
    const bad = await uploadPhoto(env, worker, me, 'risky-photo.jpg');
    const input = entryInput(env, { item: 8, title: '薄壁件加工变形控制', photos: [good, bad] });
    const logged = data(await activity('logEntry', input, worker));
    expect(logged.state).toBe('held');
    expect(logged.holds.images.map((hold) => hold.state)).toEqual(['checking', 'checking']);
    expect((await myItem(worker, 8)).done).toBe(false);
    await env.cloud.wechat.flushVerdicts();
    const after = data(await activity('entry', { entryId: input.entryId }, worker));
    expect(after.state).toBe('counted');
    expect(after.photos).toEqual([good]);
    expect(after.holds.images).toEqual([expect.objectContaining({ fileId: bad, state: 'refused' })]);
    expect((await myItem(worker, 8)).done).toBe(true);
    const messages = data(await env.call(accountContract, 'myMessages', {}, worker)).messages;
    expect(messages[0]).toMatchObject({ kind: 'recordReviewed', title: expect.stringContaining('照片已移除') });
  });

  it('refuses bad input by field and changes nothing', async () => {
    const me = demoUserIdOf(worker);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ item: 11 }, 'item'],
      [{ item: 9 }, 'item'],
      [{ date: addDays(today(), 1) }, 'date'],
      [{ date: `${year() - 2}-06-01` }, 'date'],
      [{ photos: Array.from({ length: 10 }, (_, i) => `cloud://local.bucket/tenones/${me}/${i}.jpg`) }, 'photos'],
      [{ photos: ['cloud://local.bucket/tenones/someone-else/1.jpg'] }, 'photos.0'],
      [{ title: 'x' }, 'title'],
      [{ entryId: 'a.b' }, 'entryId'],
      // Hostile text: a control character no form can type.
      [{ title: '刀具\u0000快换' }, 'title'],
    ];
    for (const [change, field] of cases) {
      const answer = error(await env.callRaw('activity', 'logEntry', { ...entryInput(env), ...change }, worker));
      expect({ change, field: answer.field, code: answer.code }).toEqual({ change, field, code: 'INVALID_INPUT' });
    }
    const forged = error(
      await env.callRaw('activity', 'logEntry', { ...entryInput(env), person: 'u-demo-002', credited: true }, worker),
    );
    expect(forged.code).toBe('INVALID_INPUT');
    // No client action grants a credit.
    expect(error(await env.callRaw('activity', 'grantCredit', { item: 2 }, worker)).code).toBe('UNKNOWN_ACTION');
  });
});

describe('staff review', () => {
  it('不予认可 revokes the credit, is audited and tells the worker why; staff of another district cannot act', async () => {
    const input = entryInput(env, { item: 5, title: '劳模精神进车间' });
    data(await activity('logEntry', input, worker));
    expect((await myItem(worker, 5)).done).toBe(true);
    const reject = { entryId: input.entryId, decision: 'reject' as const, reason: '与本人岗位无关' };
    expect(error(await activity('reviewEntry', reject, xihuStaff)).code).toBe('FORBIDDEN');
    expect(error(await activity('reviewEntry', { ...reject, reason: undefined }, enterpriseStaff)).field).toBe(
      'reason',
    );
    const reviewed = data(await activity('reviewEntry', reject, enterpriseStaff));
    expect(reviewed).toMatchObject({ state: 'rejected', review: { decision: 'rejected', reason: '与本人岗位无关' } });
    expect((await myItem(worker, 5)).done).toBe(false);
    const seen = data(await activity('entry', { entryId: input.entryId }, worker));
    expect(seen.review?.reason).toBe('与本人岗位无关');
    const messages = data(await env.call(accountContract, 'myMessages', {}, worker)).messages;
    expect(messages[0]).toMatchObject({ title: expect.stringContaining('不予认可') });
    expect(error(await activity('editEntry', { ...input, title: '改一下' }, worker)).code).toBe('CONFLICT');
  });

  it('认可 locks the entry against edits and deletion', async () => {
    const input = entryInput(env, { item: 6, title: '跟李师傅学习精密零件加工' });
    data(await activity('logEntry', input, worker));
    const accepted = data(
      await activity('reviewEntry', { entryId: input.entryId, decision: 'accept' }, enterpriseStaff),
    );
    expect(accepted.locked).toBe(true);
    expect(error(await activity('editEntry', { ...input, title: '改一下' }, worker)).code).toBe('CONFLICT');
    expect(error(await activity('deleteEntry', { entryId: input.entryId }, worker)).code).toBe('CONFLICT');
  });

  it('nobody reviews their own entry', async () => {
    const input = entryInput(env, { item: 3, title: '工会干部自己的培训' });
    data(await activity('logEntry', input, enterpriseStaff));
    const own = error(await activity('reviewEntry', { entryId: input.entryId, decision: 'accept' }, enterpriseStaff));
    expect(own).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('回避') });
  });

  it('an edit that moves the entry to another item moves its credit; a deletion revokes it', async () => {
    const mover = (await addWorkers(env, 'editor', 1))[0]!.openid;
    const input = entryInput(env, { item: 2, title: '厂内技能比武' });
    data(await activity('logEntry', input, mover));
    expect((await myItem(mover, 2)).done).toBe(true);
    data(await activity('editEntry', { ...input, item: 4, title: '厂内小革新' }, mover));
    expect((await myItem(mover, 2)).done).toBe(false);
    expect((await myItem(mover, 4)).done).toBe(true);
    const edited = data(await activity('entry', { entryId: input.entryId }, mover));
    expect(edited.history.map((event) => event.action)).toEqual(['created', 'edited']);
    data(await activity('deleteEntry', { entryId: input.entryId }, mover));
    expect((await myItem(mover, 4)).done).toBe(false);
    expect(error(await activity('entry', { entryId: input.entryId }, mover)).code).toBe('NOT_FOUND');
  });

  it('the queue lists the subtree’s entries by state for staff over them only', async () => {
    const queue = data(await activity('reviewQueue', { year: year(), state: 'rejected' }, enterpriseStaff));
    expect(queue.rows.length).toBeGreaterThan(0);
    expect(queue.rows.every((row) => row.state === 'rejected' && row.author !== null)).toBe(true);
    const xihu = data(await activity('reviewQueue', { year: year() }, xihuStaff));
    expect(xihu.rows.every((row) => row.author?.orgName !== '示范市精工机械有限公司工会')).toBe(true);
    expect(error(await activity('reviewQueue', { year: year(), orgId: 'org-jinggong' }, xihuStaff)).code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('the diary and the plan', () => {
  it('takes one diary entry a day, editable that day; the item is done with the count shown', async () => {
    const written = data(
      await activity('writeDiary', { date: today(), text: '今天调试了新夹具，效果很好。', photos: [] }, worker),
    );
    expect(written).toMatchObject({ state: 'counted', editable: true });
    data(
      await activity('writeDiary', { date: today(), text: '今天调试了新夹具，换刀快了五倍。', photos: [] }, worker),
    );
    const yesterday = error(
      await activity('writeDiary', { date: addDays(today(), -1), text: '补写昨天的日记内容', photos: [] }, worker),
    );
    expect(yesterday).toMatchObject({ code: 'INVALID_INPUT', field: 'date' });
    const item = await myItem(worker, 9);
    expect(item).toMatchObject({ done: true, count: 1 });
    const diary = data(await activity('myDiary', { year: year() }, worker));
    expect(diary.entries.map((entry) => entry.text)).toEqual(['今天调试了新夹具，换刀快了五倍。']);
  });

  it('saves a plan with goals in the year, and marks a goal only at review time', async () => {
    const goal = { goalId: newId('g'), text: '考取高级技师', targetDate: `${year()}-12-31` };
    const outside = error(
      await activity('savePlan', { year: year(), goals: [{ ...goal, targetDate: `${year() + 1}-01-10` }] }, worker),
    );
    expect(outside.field).toBe('goals.0.targetDate');
    const plan = data(await activity('savePlan', { year: year(), goals: [goal] }, worker));
    expect(plan.state).toBe('counted');
    expect((await myItem(worker, 10)).done).toBe(true);
    const reviewable = plan.goals[0]!.reviewable;
    const mark = await activity('markGoal', { year: year(), goalId: goal.goalId, outcome: 'achieved' }, worker);
    if (reviewable) expect(data(mark).goals[0]!.outcome).toBe('achieved');
    else expect(error(mark)).toMatchObject({ code: 'INVALID_INPUT', field: 'goalId' });
  });
});

describe('credits from elsewhere and under load', () => {
  it('shows a credit another module granted, saying where it came from', async () => {
    await grantCredit(
      db(),
      {
        personId: demoUserIdOf(worker),
        year: year(),
        item: 2,
        kind: 'contest',
        sourceId: 'c-2026-cnc',
        title: '全市数控车工职业技能竞赛',
      },
      env.now(),
    );
    const item = await myItem(worker, 2);
    // Beside the demo contests he entered, this one, with where it came from.
    expect(item.evidence).toContainEqual(
      expect.objectContaining({ kind: 'contest', sourceId: 'c-2026-cnc', title: '全市数控车工职业技能竞赛' }),
    );
  });

  it('200 simultaneous logs, repeats, reviews and credits across one enterprise equal a recount', async () => {
    const people = await addWorkers(env, 'storm', 20);
    // Half the entries exist first, for staff to review while the rest arrive.
    const first = people.map(({ openid }) => ({
      openid,
      input: entryInput(env, { item: 3, title: '班组技术培训' }),
    }));
    await Promise.all(first.map(({ openid, input }) => activity('logEntry', input, openid)));
    const calls: Array<Promise<unknown>> = [];
    for (let n = 0; n < 200; n++) {
      const person = people[n % people.length]!;
      const kind = n % 5;
      if (kind === 0) calls.push(activity('logEntry', first[n % people.length]!.input, person.openid));
      else if (kind === 1)
        calls.push(
          activity(
            'reviewEntry',
            {
              entryId: first[n % people.length]!.input.entryId,
              decision: n % 2 ? 'accept' : 'reject',
              reason: '抽查',
            },
            enterpriseStaff,
          ),
        );
      else if (kind === 2)
        calls.push(
          grantCredit(
            db(),
            {
              personId: person.userId,
              year: year(),
              item: 2,
              kind: 'contest',
              sourceId: `storm-${n % 7}`,
              title: '竞赛',
            },
            env.now(),
          ),
        );
      else
        calls.push(
          activity('logEntry', entryInput(env, { item: ((n % 8) + 1) as 1, title: `第${n}条记录` }), person.openid),
        );
    }
    await Promise.all(calls);
    expect(await recountCredits(db(), year())).toEqual([]);
    // Every counted entry has its active credit, and no other entry has one.
    const entries = [...env.cloud.database.store.collection('activityEntries').docs.values()] as Array<{
      _id: string;
      person: string;
      item: number;
      year: number;
      state: string;
      deleted: unknown;
    }>;
    const active = new Set(
      (await credits.readAll(db(), { year: year(), revoked: null, 'source.kind': 'entry' })).map(
        (credit) => credit.source.id,
      ),
    );
    for (const entry of entries.filter((candidate) => candidate.person.startsWith('u-storm'))) {
      expect({ id: entry._id, credited: active.has(entry._id) }).toEqual({
        id: entry._id,
        credited: entry.state === 'counted' && !entry.deleted,
      });
    }
  }, 120_000);
});
