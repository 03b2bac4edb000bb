// Content security in contests, through the built functions in a local cloud whose WeChat stand-in is told what to
// find: registration answers are checked before the entry is stored (risky: refused naming the answer, no place
// taken; review: held until the organisers decide, audited, the worker told of a refusal), registration photos and
// a contest's poster go to WeChat's asynchronous check, whose verdict the message-push function routes back.
import { accountContract } from '../../../src/shared/contracts/account';
import { contestContract } from '../../../src/shared/contracts/contest';
import type { CustomField } from '../../../src/shared/contest/custom-fields';
import { contestFields } from '../../../test-support/contests';
import { callerOf, data, error, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';
import { addWorkers } from '../../../test-support/tenones';

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

const contest = callerOf(contestContract, () => env);
const cityStaff = 'persona-city-staff';
const FIELDS: CustomField[] = [
  { key: 'note', label: '参赛感言', type: 'text', required: false, options: [] },
  { key: 'photo', label: '工作照', type: 'photo', required: false, options: [] },
];

async function userIdOf(openid: string): Promise<string> {
  return data(await env.call(accountContract, 'me', {}, openid)).userId as string;
}

/** Uploads a file as the app does (wx.cloud.uploadFile's local stand-in) into the person's contest folder. */
async function upload(openid: string, name: string): Promise<string> {
  const cloudPath = `contest/${await userIdOf(openid)}/${name}`;
  const response = await fetch(`${env.cloud.url}/_storage/client-upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    headers: { 'x-wx-openid': openid },
    body: Buffer.from(`photo ${name}`),
  });
  return ((await response.json()) as { fileID: string }).fileID;
}

const messagesTo = (openid: string) =>
  [...env.cloud.database.store.collection('messages').docs.values()].filter((message) => message.to === openid);
const fileExists = (fileId: string) => env.cloud.storage.read(env.cloud.storage.cloudPathOf(fileId)!) !== undefined;

async function fieldsContest(capacity = 5) {
  return data(
    await contest(
      'createContest',
      { orgId: 'org-city', contest: contestFields(env, { capacity, fields: FIELDS }) },
      cityStaff,
    ),
  );
}

describe('registration answers', () => {
  it('refuses a risky text naming the answer, storing nothing and taking no place', async () => {
    const made = await fieldsContest(1);
    const [worker] = await addWorkers(env, 'cs-risky', 1);
    const refused = error(
      await contest('register', { contestId: made.contestId, answers: { note: '这里有违禁词' } }, worker!.openid),
    );
    expect(refused).toMatchObject({ code: 'INVALID_INPUT', field: 'answers.note' });
    expect(refused.message).toContain('参赛感言');
    const after = data(await contest('contest', { contestId: made.contestId }, worker!.openid));
    expect(after).toMatchObject({ placesLeft: 1, mine: null });
  });

  it('holds a text for review: organisers pass it or refuse it with a reason the worker is told', async () => {
    const made = await fieldsContest();
    const [a, b] = await addWorkers(env, 'cs-review', 2);
    const first = data(
      await contest('register', { contestId: made.contestId, answers: { note: '一句待复核的话' } }, a!.openid),
    );
    expect(first.state).toBe('confirmed');
    expect(first.holds.texts).toEqual([{ field: 'note', state: 'review', reason: null }]);
    const second = data(
      await contest('register', { contestId: made.contestId, answers: { note: '还是待复核' } }, b!.openid),
    );

    // A field with nothing held cannot be decided; a refusal needs a reason.
    expect(
      error(
        await contest('decideAnswerText', { entryId: first.entryId, field: 'photo', decision: 'pass' }, cityStaff),
      ),
    ).toMatchObject({ code: 'CONFLICT', field: 'field' });
    expect(
      error(
        await contest('decideAnswerText', { entryId: first.entryId, field: 'note', decision: 'refuse' }, cityStaff),
      ),
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'reason' });

    const passed = data(
      await contest('decideAnswerText', { entryId: first.entryId, field: 'note', decision: 'pass' }, cityStaff),
    );
    expect(passed.holds.texts).toEqual([]);
    // Decided once: a second decision finds nothing held.
    expect(
      error(await contest('decideAnswerText', { entryId: first.entryId, field: 'note', decision: 'pass' }, cityStaff))
        .code,
    ).toBe('CONFLICT');

    const refused = data(
      await contest(
        'decideAnswerText',
        { entryId: second.entryId, field: 'note', decision: 'refuse', reason: '与比赛无关' },
        cityStaff,
      ),
    );
    expect(refused.holds.texts).toEqual([{ field: 'note', state: 'refused', reason: '与比赛无关' }]);
    expect(messagesTo(b!.openid).some((m) => String(m.title).includes('未通过审核'))).toBe(true);
    const mine = data(await contest('contest', { contestId: made.contestId }, b!.openid)).mine!;
    expect(mine.holds.texts[0]).toMatchObject({ state: 'refused', reason: '与比赛无关' });
  });

  it('sends photos to the image check; a refused one is taken out of the answers and its file deleted', async () => {
    const made = await fieldsContest();
    const [fine, risky] = await addWorkers(env, 'cs-photo', 2);
    const finePhoto = await upload(fine!.openid, 'work.jpg');
    const riskyPhoto = await upload(risky!.openid, 'risky-photo.jpg');
    const a = data(
      await contest('register', { contestId: made.contestId, answers: { photo: finePhoto } }, fine!.openid),
    );
    const b = data(
      await contest('register', { contestId: made.contestId, answers: { photo: riskyPhoto } }, risky!.openid),
    );
    expect(a.holds.images).toEqual([{ fileId: finePhoto, state: 'checking', reason: null }]);
    expect(b.holds.images).toEqual([{ fileId: riskyPhoto, state: 'checking', reason: null }]);

    await env.cloud.wechat.flushVerdicts();
    const entries = data(
      await contest('contestEntries', { contestId: made.contestId, page: 1, pageSize: 20 }, cityStaff),
    );
    const rowOf = (entryId: string) => entries.rows.find((row) => row.entryId === entryId)!;
    expect(rowOf(a.entryId)).toMatchObject({ answers: { photo: finePhoto }, holds: { images: [] } });
    expect(rowOf(b.entryId).answers.photo).toBeNull();
    expect(rowOf(b.entryId).holds.images).toEqual([
      { fileId: riskyPhoto, state: 'refused', reason: expect.stringContaining('色情') },
    ]);
    expect(fileExists(riskyPhoto)).toBe(false);
    expect(messagesTo(risky!.openid).some((m) => String(m.title).includes('未通过审核'))).toBe(true);
  });
});

describe('a contest poster', () => {
  it('is shown to workers only after the image check passes it; organisers see it with its check', async () => {
    const poster = await upload(cityStaff, 'poster.jpg');
    const made = data(
      await contest('createContest', { orgId: 'org-city', contest: contestFields(env, { poster }) }, cityStaff),
    );
    expect(made).toMatchObject({ poster, posterHold: { state: 'checking', reason: null } });
    const asWorker = async () => data(await contest('contest', { contestId: made.contestId }, 'persona-worker'));
    expect((await asWorker()).poster).toBeNull();
    await env.cloud.wechat.flushVerdicts();
    expect((await asWorker()).poster).toBe(poster);
    const staffRow = data(await contest('staffContest', { contestId: made.contestId }, cityStaff));
    expect(staffRow.contest).toMatchObject({ poster, posterHold: null });
  });

  it('is refused from someone else’s folder or when missing, and a refused one is taken off the contest', async () => {
    const foreign = await upload('persona-worker', 'poster.jpg');
    expect(
      error(
        await contest(
          'createContest',
          { orgId: 'org-city', contest: contestFields(env, { poster: foreign }) },
          cityStaff,
        ),
      ),
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'contest.poster' });
    const missing = (await upload(cityStaff, 'there.jpg')).replace('there.jpg', 'missing.jpg');
    expect(
      error(
        await contest(
          'createContest',
          { orgId: 'org-city', contest: contestFields(env, { poster: missing }) },
          cityStaff,
        ),
      ),
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'contest.poster', message: expect.stringContaining('海报') });
    const risky = await upload(cityStaff, 'risky-photo-poster.jpg');
    const made = data(
      await contest(
        'createContest',
        { orgId: 'org-city', contest: contestFields(env, { poster: risky }) },
        cityStaff,
      ),
    );
    await env.cloud.wechat.flushVerdicts();
    const staffRow = data(await contest('staffContest', { contestId: made.contestId }, cityStaff));
    expect(staffRow.contest.poster).toBeNull();
    expect(staffRow.contest.posterHold).toEqual({ state: 'refused', reason: expect.stringContaining('色情') });
    expect((await asWorkerView(made.contestId)).poster).toBeNull();
  });
});

async function asWorkerView(contestId: string) {
  return data(await contest('contest', { contestId }, 'persona-worker'));
}
