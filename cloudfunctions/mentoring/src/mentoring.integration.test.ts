// 师带徒 through the built `mentoring` function: who may be designated a master and by whom (audited), the limit and
// what lowering it below the count does, studios under content security with a public view and a staff rating,
// finding masters from indexes, applying (never to oneself, one pending per master), deciding with the worker told,
// foreign staff refused, and bad input named by field.
import { mentoringContract } from '../../../src/shared/contracts/mentoring';
import { demoUserIdOf } from '../../../database/seed/people';
import { localDb } from '../../../test-support/in-process';
import { CITY, ENT, XIHU, XIHU_PATH } from '../../../test-support/mentoring';
import { callerOf, data, error, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';
import { addWorkers, JINGGONG } from '../../../test-support/tenones';

jest.setTimeout(120_000);
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

const mentoring = callerOf(mentoringContract, () => env);
const reason = '经工会研究认定';

async function designate(userId: string, change: Record<string, unknown> = {}, by = CITY) {
  return mentoring(
    'designateMaster',
    { userId, trade: 'fitter', level: 'technician', basis: 'skilled', reason, ...change } as never,
    by,
  );
}

const auditOf = async (action: string, targetId: string) => {
  const { data: rows } = (await localDb(env.cloud)
    .collection('auditLog')
    .where({ action, 'target.id': targetId })
    .get()) as { data: Array<{ reason: string | null; before: unknown; after: unknown }> };
  return rows;
};
const messagesTo = (openid: string) =>
  [...env.cloud.database.store.collection('messages').docs.values()].filter((message) => message.to === openid);

async function upload(openid: string, userId: string, name: string): Promise<string> {
  const cloudPath = `mentoring/${userId}/${name}`;
  const response = await fetch(`${env.cloud.url}/_storage/client-upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    headers: { 'x-wx-openid': openid },
    body: Buffer.from(`photo ${name}`),
  });
  return ((await response.json()) as { fileID: string }).fileID;
}

describe('designating masters', () => {
  it('takes a model worker directly, others as 技师 and above or contest winners, once, audited', async () => {
    const [model, worker] = await addWorkers(env, 'designate', 2);
    await localDb(env.cloud)
      .collection('users')
      .doc(model!.userId)
      .update({ modelWorker: { designatedBy: 'test', designatedAt: env.now() } });
    // Not a designated model worker: that basis is refused, naming it.
    expect(error(await designate(worker!.userId, { basis: 'model_worker', level: 'other' }))).toMatchObject({
      code: 'CONFLICT',
      field: 'basis',
    });
    // By skill level, 其他 is not enough.
    expect(error(await designate(worker!.userId, { basis: 'skilled', level: 'other' }))).toMatchObject({
      field: 'level',
    });
    // A foreign union's staff may not designate at org-jinggong.
    const asModel = { basis: 'model_worker', level: 'other' };
    expect(error(await designate(model!.userId, asModel, XIHU)).code).toBe('FORBIDDEN');
    const made = data(await designate(model!.userId, asModel, ENT));
    expect(made).toMatchObject({ masterId: model!.userId, limit: 5, active: 0, accepting: true, hasPlace: true });
    expect(made.modelWorker).toBe(true);
    expect(error(await designate(model!.userId, asModel))).toMatchObject({ code: 'CONFLICT', field: 'userId' });
    const [entry] = await auditOf('mentoring.designateMaster', model!.userId);
    expect(entry).toMatchObject({ reason, after: { limit: 5, basis: '劳动模范' } });
    // A contest winner at 其他 is staff's word.
    const [winner] = await addWorkers(env, 'winner', 1);
    expect(data(await designate(winner!.userId, { basis: 'contest_winner', level: 'other' }))).toMatchObject({
      basis: 'contest_winner',
      level: 'other',
    });
    // The demo model worker is a master already, with his honours.
    const li = data(await mentoring('master', { masterId: demoUserIdOf('persona-model-worker') }, worker!.openid));
    expect(li.honours.length).toBeGreaterThan(0);
  });

  it('names bad input by field', async () => {
    const [person] = await addWorkers(env, 'bad-input', 1);
    expect(error(await designate(person!.userId, { limit: 0 }))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'limit',
    });
    expect(error(await designate(person!.userId, { trade: 'astronaut' }))).toMatchObject({ field: 'trade' });
    expect(error(await designate(person!.userId, { reason: '' }))).toMatchObject({ field: 'reason' });
    expect(error(await designate('u-nobody'))).toMatchObject({ code: 'NOT_FOUND', field: 'userId' });
    const statement = error(
      await mentoring('applyToMaster', { masterId: person!.userId, statement: '短' }, person!.openid),
    );
    expect(statement).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'statement',
      message: expect.stringContaining('拜师申请5到200字'),
    });
    const decline = error(
      await mentoring('decideApplication', { applicationId: 'x', accept: false }, person!.openid),
    );
    expect(decline).toMatchObject({ field: 'reason', message: expect.stringContaining('婉拒时请填写原因') });
  });
});

describe('applying and deciding', () => {
  it('refuses a self-application and a second pending one; a decline tells the worker, who may apply again', async () => {
    const [master, worker] = await addWorkers(env, 'apply', 2);
    data(await designate(master!.userId));
    expect(
      error(
        await mentoring('applyToMaster', { masterId: master!.userId, statement: '我想拜自己为师' }, master!.openid),
      ),
    ).toMatchObject({ code: 'CONFLICT', field: 'masterId', message: '不能拜自己为师' });
    const first = data(
      await mentoring('applyToMaster', { masterId: master!.userId, statement: '想跟师傅学钳工' }, worker!.openid),
    );
    expect(first).toMatchObject({ state: 'pending', applicantId: worker!.userId });
    const twice = await Promise.all(
      [1, 2].map(() =>
        mentoring('applyToMaster', { masterId: master!.userId, statement: '再次申请拜师' }, worker!.openid),
      ),
    );
    for (const answer of twice) expect(error(answer)).toMatchObject({ code: 'CONFLICT', field: 'masterId' });
    // Only the master decides.
    const stranger = error(
      await mentoring('decideApplication', { applicationId: first.applicationId, accept: true }, worker!.openid),
    );
    expect(stranger.code).toBe('FORBIDDEN');
    const declined = data(
      await mentoring(
        'decideApplication',
        { applicationId: first.applicationId, accept: false, reason: '近期名额已有安排' },
        master!.openid,
      ),
    );
    expect(declined).toMatchObject({ state: 'declined', reason: '近期名额已有安排' });
    expect(messagesTo(worker!.openid).map((message) => message.body)).toEqual([
      expect.stringContaining('原因：近期名额已有安排'),
    ]);
    const again = data(
      await mentoring('applyToMaster', { masterId: master!.userId, statement: '再次申请拜师' }, worker!.openid),
    );
    expect(again).toMatchObject({ applicationId: first.applicationId, state: 'pending', reason: null });
    const accepted = data(
      await mentoring('decideApplication', { applicationId: first.applicationId, accept: true }, master!.openid),
    );
    expect(accepted.state).toBe('accepted');
    const mine = data(await mentoring('myMentoring', {}, worker!.openid));
    expect(mine.masters).toMatchObject([{ masterId: master!.userId, state: 'active', source: 'application' }]);
    expect(mine.sent).toMatchObject([{ state: 'accepted' }]);
    // One master per trade: a second fitter master is out of reach.
    const [other] = await addWorkers(env, 'apply-other', 1);
    data(await designate(other!.userId));
    expect(
      error(
        await mentoring('applyToMaster', { masterId: other!.userId, statement: '想再拜一位师傅' }, worker!.openid),
      ),
    ).toMatchObject({ code: 'CONFLICT', field: 'masterId' });
  });

  it('refuses a risky statement and hides a held one from the master', async () => {
    const [master, a, b] = await addWorkers(env, 'statement', 3);
    data(await designate(master!.userId));
    expect(
      error(await mentoring('applyToMaster', { masterId: master!.userId, statement: '这里有违禁词' }, a!.openid)),
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'statement' });
    const held = data(
      await mentoring('applyToMaster', { masterId: master!.userId, statement: '一句待复核的话' }, b!.openid),
    );
    expect(held).toMatchObject({ statement: '一句待复核的话', statementHeld: true });
    const inbox = data(await mentoring('myMentoring', {}, master!.openid)).received;
    expect(inbox).toMatchObject([{ applicantId: b!.userId, statement: '', statementHeld: true }]);
  });
});

describe('limits and staff', () => {
  it('keeps the pairs when the limit is lowered below the count and forms no new one until below it', async () => {
    const [master, p1, p2, p3] = await addWorkers(env, 'limit', 4);
    data(await designate(master!.userId, { limit: 2 }));
    for (const p of [p1, p2]) {
      data(await mentoring('assignPair', { masterId: master!.userId, apprenticeId: p!.userId, reason }, CITY));
    }
    expect(error(await mentoring('setMasterLimit', { masterId: master!.userId, limit: 1, reason }, XIHU)).code).toBe(
      'FORBIDDEN',
    );
    const lowered = data(await mentoring('setMasterLimit', { masterId: master!.userId, limit: 1, reason }, ENT));
    expect(lowered).toMatchObject({ limit: 1, active: 2, hasPlace: false });
    expect(await auditOf('mentoring.setMasterLimit', master!.userId)).toMatchObject([
      { reason, before: { limit: 2, apprentices: 2 }, after: { limit: 1, apprentices: 2 } },
    ]);
    expect(data(await mentoring('myMentoring', {}, master!.openid)).apprentices).toHaveLength(2);
    expect(
      error(await mentoring('assignPair', { masterId: master!.userId, apprenticeId: p3!.userId, reason }, CITY)),
    ).toMatchObject({ code: 'CONFLICT', field: 'apprenticeId' });
    expect(
      error(await mentoring('applyToMaster', { masterId: master!.userId, statement: '想跟师傅学钳工' }, p3!.openid)),
    ).toMatchObject({ code: 'CONFLICT', field: 'masterId' });
    // Raised to three: one place again.
    const raised = data(await mentoring('setMasterLimit', { masterId: master!.userId, limit: 3, reason }, ENT));
    expect(raised).toMatchObject({ limit: 3, active: 2, hasPlace: true });
    data(await mentoring('assignPair', { masterId: master!.userId, apprenticeId: p3!.userId, reason }, CITY));
    expect(await auditOf('mentoring.assignPair', (await pairOf(p3!.userId))!)).toHaveLength(1);
  });

  it('refuses a foreign union’s staff and a pair across unions, and nobody is their own apprentice', async () => {
    const [master, here] = await addWorkers(env, 'foreign', 2);
    const [there] = await addWorkers(env, 'foreign-xihu', 1, XIHU_PATH);
    data(await designate(master!.userId));
    const assign = (apprenticeId: string, by: string) =>
      mentoring('assignPair', { masterId: master!.userId, apprenticeId, reason }, by);
    expect(error(await assign(here!.userId, XIHU)).code).toBe('FORBIDDEN');
    // Enterprise staff of org-jinggong cannot reach a worker in org-xihu's subtree.
    expect(error(await assign(there!.userId, ENT)).code).toBe('FORBIDDEN');
    expect(error(await assign(master!.userId, CITY))).toMatchObject({ code: 'CONFLICT', field: 'apprenticeId' });
    expect(data(await mentoring('master', { masterId: master!.userId }, here!.openid)).active).toBe(0);
  });
});

async function pairOf(apprentice: string): Promise<string | undefined> {
  const { data: rows } = (await localDb(env.cloud).collection('apprenticeships').where({ apprentice }).get()) as {
    data: Array<{ _id: string }>;
  };
  return rows[0]?._id;
}

describe('studios', () => {
  it('are written under content security, shown publicly without what is held, and rated by staff', async () => {
    const [master] = await addWorkers(env, 'studio', 1);
    data(await designate(master!.userId));
    const photo = await upload(master!.openid, master!.userId, 'bench.jpg');
    const foreign = await upload('persona-worker', demoUserIdOf('persona-worker'), 'bench.jpg');
    const fields = {
      name: '钳工创新工作室',
      category: 'technical' as const,
      trade: 'fitter' as const,
      description: '一段待复核的简介',
      photos: [photo],
    };
    expect(
      error(await mentoring('saveStudio', { studio: { ...fields, photos: [foreign] } }, master!.openid)),
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'studio.photos.0' });
    expect(
      error(await mentoring('saveStudio', { studio: { ...fields, name: '违禁词工作室' } }, master!.openid)),
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'studio.name' });
    expect(error(await mentoring('saveStudio', { studio: { ...fields, name: 'x' } }, master!.openid))).toMatchObject({
      field: 'studio.name',
    });
    const saved = data(await mentoring('saveStudio', { studio: fields }, master!.openid));
    expect(saved).toMatchObject({ studioId: master!.userId, description: fields.description, photos: [photo] });
    expect(saved.content?.texts).toMatchObject([{ field: 'description', state: 'review' }]);
    const asPublic = data(await mentoring('studio', { studioId: saved.studioId }, 'persona-public'));
    expect(asPublic).toMatchObject({ name: fields.name, description: '', photos: [], content: null, stars: null });
    await env.cloud.wechat.flushVerdicts();
    expect(data(await mentoring('studio', { studioId: saved.studioId }, 'persona-public')).photos).toEqual([photo]);

    // Staff over the studio decide the held description: refusing needs a reason, passing shows it to everyone.
    const decide = (decision: 'pass' | 'refuse', by: string, why?: string) =>
      mentoring(
        'decideStudioText',
        { studioId: saved.studioId, field: 'description', decision, ...(why ? { reason: why } : {}) },
        by,
      );
    expect(error(await decide('refuse', CITY))).toMatchObject({ code: 'INVALID_INPUT', field: 'reason' });
    expect(error(await decide('pass', XIHU)).code).toBe('FORBIDDEN');
    expect(error(await decide('pass', master!.openid)).code).toBe('FORBIDDEN');
    expect(data(await decide('pass', ENT)).content?.texts).toEqual([]);
    expect(error(await decide('pass', CITY))).toMatchObject({ code: 'CONFLICT', field: 'field' });
    expect(data(await mentoring('studio', { studioId: saved.studioId }, 'persona-public')).description).toBe(
      fields.description,
    );

    // A worker of another enterprise may not write it; staff over it may, audited.
    const other = { ...fields, description: '' };
    expect(
      error(await mentoring('saveStudio', { masterId: master!.userId, studio: other }, 'persona-worker')).code,
    ).toBe('FORBIDDEN');
    data(await mentoring('saveStudio', { masterId: master!.userId, studio: other }, ENT));
    expect(await auditOf('mentoring.editStudio', master!.userId)).toHaveLength(1);

    expect(error(await mentoring('rateStudio', { studioId: saved.studioId, stars: 6, reason }, CITY))).toMatchObject({
      field: 'stars',
    });
    expect(error(await mentoring('rateStudio', { studioId: saved.studioId, stars: 4, reason }, XIHU)).code).toBe(
      'FORBIDDEN',
    );
    data(await mentoring('rateStudio', { studioId: saved.studioId, stars: 4, reason }, CITY));
    expect(await auditOf('mentoring.rateStudio', saved.studioId)).toMatchObject([
      { reason, before: { stars: null }, after: { stars: 4 } },
    ]);
    // Apprentices by name only, and the master's honours.
    const [apprentice] = await addWorkers(env, 'studio-apprentice', 1);
    data(await mentoring('assignPair', { masterId: master!.userId, apprenticeId: apprentice!.userId, reason }, CITY));
    const page = data(await mentoring('studio', { studioId: saved.studioId }, 'persona-public'));
    expect(page).toMatchObject({ stars: 4, apprentices: ['测试职工1'], master: { masterId: master!.userId } });
    expect(data(await mentoring('master', { masterId: master!.userId }, apprentice!.openid)).studio).toEqual({
      id: saved.studioId,
      name: fields.name,
      category: 'technical',
    });
  });
});

describe('finding masters', () => {
  it('filters by trade, organisation and free place from indexes, reading no more as the city grows', async () => {
    const [full, open, closed] = await addWorkers(env, 'find', 3);
    const [xihu] = await addWorkers(env, 'find-xihu', 1, XIHU_PATH);
    const [apprentice] = await addWorkers(env, 'find-apprentice', 1);
    data(await designate(full!.userId, { trade: 'mould_maker', limit: 1 }));
    data(await designate(open!.userId, { trade: 'mould_maker' }));
    data(await designate(closed!.userId, { trade: 'mould_maker' }));
    data(await designate(xihu!.userId, { trade: 'mould_maker' }));
    data(await mentoring('assignPair', { masterId: full!.userId, apprenticeId: apprentice!.userId, reason }, CITY));
    data(await mentoring('setAccepting', { accepting: false }, closed!.openid));
    const find = async (input: Record<string, unknown>) =>
      data(await mentoring('findMasters', input as never, apprentice!.openid)).rows.map((row) => row.masterId);
    const makers = [full, open, closed, xihu].map((p) => p!.userId).sort();
    expect((await find({ trade: 'mould_maker' })).sort()).toEqual(makers);
    expect(await find({ trade: 'mould_maker', freeOnly: true })).toEqual(expect.arrayContaining([open!.userId]));
    expect(await find({ trade: 'mould_maker', freeOnly: true })).not.toContain(full!.userId);
    expect(await find({ trade: 'mould_maker', freeOnly: true })).not.toContain(closed!.userId);
    expect((await find({ trade: 'mould_maker', orgId: 'org-dongcheng' })).sort()).toEqual(
      [full, open, closed].map((p) => p!.userId).sort(),
    );
    expect(await find({ trade: 'mould_maker', orgId: 'org-xihu' })).toEqual([xihu!.userId]);
    expect(await find({ orgId: JINGGONG[2], freeOnly: true })).not.toContain(xihu!.userId);

    // A hundred more masters of another trade, and a hundred full mould makers in the same district (stored as the
    // designation and their pairs would leave them): the same search reads the same documents.
    const examined = async (input: Record<string, unknown>) => {
      const before = env.cloud.database.engine.examined;
      await find(input);
      return env.cloud.database.engine.examined - before;
    };
    const query = { trade: 'mould_maker', orgId: 'org-dongcheng', freeOnly: true };
    const small = await examined(query);
    const more = await addWorkers(env, 'find-more', 100);
    await Promise.all(more.map((p) => designate(p.userId, { trade: 'electrician' })));
    const busy = await addWorkers(env, 'find-full', 100);
    const fullRecord = (await localDb(env.cloud).collection('masters').doc(full!.userId).get()) as {
      data: Array<Record<string, unknown>>;
    };
    await localDb(env.cloud)
      .collection('masters')
      .add(busy.map((p) => ({ ...fullRecord.data[0], _id: p.userId, name: p.openid })));
    expect(await examined(query)).toBe(small);
  });
});
