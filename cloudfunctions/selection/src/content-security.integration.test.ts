// Content security in selections, through the built functions in a local cloud whose WeChat stand-in is told what
// to find: a nomination's deeds and honours and an objection's reason are checked before they are saved (risky:
// refused, nothing stored; review: held back until organising staff decide, audited), and photos go to WeChat's
// asynchronous check, whose verdict the message-push function (content-verdict) routes back to the candidate.
import { localDb } from '../../../test-support/in-process';
import { campaignRecord, candidateRecord } from '../../../test-support/selection-records';
import { callerOf, data, error, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';
import { accountContract } from '../../../src/shared/contracts/account';
import { selectionContract } from '../../../src/shared/contracts/selection';
import { unionContract } from '../../../src/shared/contracts/union';
import { scheduledStages } from '../../../src/shared/selection/stages';
import { defaultVotingRules, type Schedule } from '../../../src/shared/selection/rules';
import type { WeChatRules } from 'cloudbase-local';

let env: SeededCloud;
beforeAll(async () => {
  env = await startSeededCloud();
}, 30_000);
afterAll(() => env.close());

const selection = callerOf(selectionContract, () => env);

const city = 'persona-city-staff';
const district = 'persona-district-staff';
const DAY = 86_400_000;
const deeds =
  '从事数控车工二十年，带出徒弟三十余名，主持技术攻关十二项，其中三项获得国家专利，为企业年节约成本四百余万元。';
const RISKY = '这里写了违禁词';
const REVIEW = '这里写了待复核的话';

/** What the WeChat stand-in finds: rules for texts and photo URLs, and how long a photo's verdict takes. */
function wechat(rules: WeChatRules = {}): void {
  env.cloud.wechat.setRules({
    text: [
      { contains: '违禁词', suggest: 'risky', label: 20001 },
      { contains: '待复核', suggest: 'review', label: 21000 },
    ],
    media: [{ urlContains: 'risky-photo', suggest: 'risky', label: 20002 }],
    mediaVerdictDelayMs: 10 * 60_000,
    ...rules,
  });
}

async function userIdOf(openid: string): Promise<string> {
  return data(await env.call(accountContract, 'me', {}, openid)).userId as string;
}

let campaigns = 0;
/** A fresh city campaign taking nominations. */
async function nominationCampaign(): Promise<string> {
  const schedule = Object.fromEntries(
    scheduledStages.map((stage, i) => [stage, new Date(env.now().getTime() + (i + 1) * 7 * DAY).toISOString()]),
  ) as Schedule;
  const campaign = data(
    await selection(
      'createCampaign',
      {
        orgId: 'org-city',
        title: `内容安全评选${++campaigns}`,
        categories: [{ name: '制造业', places: 3 }],
        schedule,
        rules: defaultVotingRules,
        rubric: [{ criterion: '技能水平', maxPoints: 100, high: '成果突出，有据可查', low: '成果一般，材料不足' }],
      },
      city,
    ),
  );
  data(await selection('advanceStage', { campaignId: campaign.id, from: 'draft', reason: '开始提名' }, city));
  return campaign.id;
}

const nomination = async (campaignId: string, worker: string, change: Record<string, unknown> = {}) => ({
  campaignId,
  userId: await userIdOf(worker),
  categoryId: 'k1',
  deeds,
  photoFileIds: [] as string[],
  honours: [] as Array<{ title: string; level: 'city'; year: number }>,
  ...change,
});

/** Uploads a photo as the app does (wx.cloud.uploadFile's local stand-in); its file ID. */
async function upload(name: string): Promise<string> {
  const response = await fetch(
    `${env.cloud.url}/_storage/client-upload?cloudPath=${encodeURIComponent(`campaigns/test/${name}`)}`,
    { method: 'POST', headers: { 'x-wx-openid': district }, body: Buffer.from(`photo ${name}`) },
  );
  return ((await response.json()) as { fileID: string }).fileID;
}

const stored = (collection: string) => [...env.cloud.database.store.collection(collection).docs.values()];
const fileExists = (fileId: string) => env.cloud.storage.read(env.cloud.storage.cloudPathOf(fileId)!) !== undefined;

async function nominationOf(campaignId: string, candidateId: string) {
  const list = data(await selection('listNominations', { campaignId }, city)).nominations;
  return list.find((item) => item.id === candidateId)!;
}

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let waited = 0; waited < 15_000; waited += 100) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('a nomination’s texts', () => {
  beforeEach(() => wechat());

  it('are refused before saving when WeChat finds them risky, naming the field and what it found', async () => {
    const campaignId = await nominationCampaign();
    const checksBefore = stored('contentChecks').length;
    const risky = error(
      await selection(
        'nominate',
        await nomination(campaignId, 'persona-worker', { deeds: `${deeds}${RISKY}` }),
        district,
      ),
    );
    expect(risky).toMatchObject({ code: 'INVALID_INPUT', field: 'deeds' });
    expect(risky.message).toBe('主要事迹含有不宜发布的内容（时政），请修改后再提交');
    const honours = [{ title: `市级${RISKY}`, level: 'city' as const, year: 2024 }];
    expect(
      error(await selection('nominate', await nomination(campaignId, 'persona-worker', { honours }), district)),
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'honours' });
    // Nothing was stored: no nomination, no check.
    expect(data(await selection('listNominations', { campaignId }, city)).nominations).toEqual([]);
    expect(stored('contentChecks')).toHaveLength(checksBefore);
  });

  it('held for review wait for the organisers: not approvable until decided, decided once, audited', async () => {
    const campaignId = await nominationCampaign();
    const made = data(
      await selection(
        'nominate',
        await nomination(campaignId, 'persona-worker', { deeds: `${deeds}${REVIEW}` }),
        district,
      ),
    );
    // The nominator and the organisers see it as written, marked as held.
    expect(made.deeds).toBe(`${deeds}${REVIEW}`);
    expect(made.content.texts).toEqual([{ field: 'deeds', state: 'review', reason: null }]);
    expect((await nominationOf(campaignId, made.id)).content.texts).toEqual([
      { field: 'deeds', state: 'review', reason: null },
    ]);
    expect(error(await selection('reviewNomination', { candidateId: made.id, decision: 'approve' }, city))).toEqual({
      code: 'CONFLICT',
      message: '主要事迹还在内容审核中：请先决定是否通过，再审核提名',
    });

    const decide = { owner: 'candidate' as const, id: made.id, field: 'deeds' as const, decision: 'pass' as const };
    // Not the nominating union (below the organisers, and the nominator), nor a union elsewhere.
    expect(error(await selection('decideHeldText', decide, district)).code).toBe('FORBIDDEN');
    expect(error(await selection('decideHeldText', decide, 'demo-staff-xihu')).code).toBe('FORBIDDEN');
    expect(data(await selection('decideHeldText', decide, city))).toEqual({ content: { texts: [], images: [] } });
    expect(error(await selection('decideHeldText', decide, city)).code).toBe('CONFLICT');
    const log = data(await env.call(unionContract, 'auditLog', {}, city)).entries;
    expect(log.find((entry) => entry.action === 'content.pass')).toMatchObject({
      targetType: 'candidate',
      before: { field: 'deeds', state: 'review' },
      after: { field: 'deeds', state: 'passed' },
    });

    data(await selection('reviewNomination', { candidateId: made.id, decision: 'approve' }, city));
  });

  it('refused by the organisers stay refused, with the reason, until the nominator rewrites them', async () => {
    const campaignId = await nominationCampaign();
    const honours = [{ title: `市级技术能手${REVIEW}`, level: 'city' as const, year: 2024 }];
    const made = data(
      await selection('nominate', await nomination(campaignId, 'persona-model-worker', { honours }), district),
    );
    expect(made.content.texts).toEqual([{ field: 'honours', state: 'review', reason: null }]);
    const refuse = {
      owner: 'candidate' as const,
      id: made.id,
      field: 'honours' as const,
      decision: 'refuse' as const,
    };
    expect(error(await selection('decideHeldText', refuse, city))).toMatchObject({ field: 'reason' });
    const decided = data(await selection('decideHeldText', { ...refuse, reason: '荣誉名称不实' }, city));
    expect(decided.content.texts).toEqual([{ field: 'honours', state: 'refused', reason: '荣誉名称不实' }]);
    expect(
      error(await selection('reviewNomination', { candidateId: made.id, decision: 'approve' }, city)).message,
    ).toBe('荣誉称号未通过内容审核，请退回修改');
    data(
      await selection('reviewNomination', { candidateId: made.id, decision: 'return', reason: '请修改荣誉' }, city),
    );
    const correction = { candidateId: made.id, categoryId: 'k1', deeds, photoFileIds: [], honours };
    // Sent again unchanged, the refused text stays refused (WeChat is not asked again to overrule a person).
    expect(data(await selection('updateNomination', correction, district)).content.texts).toEqual([
      { field: 'honours', state: 'refused', reason: '荣誉名称不实' },
    ]);
    const rewritten = [{ title: '市级技术能手', level: 'city' as const, year: 2024 }];
    expect(
      data(await selection('updateNomination', { ...correction, honours: rewritten }, district)).content.texts,
    ).toEqual([]);
    data(await selection('reviewNomination', { candidateId: made.id, decision: 'approve' }, city));
  });
});

describe('a nomination’s photos', () => {
  it('are hidden from the public until WeChat’s verdict arrives; a refused one is removed and its file deleted', async () => {
    wechat({ mediaVerdictDelayMs: 10 * 60_000 });
    const campaignId = await nominationCampaign();
    const fine = await upload('fine.jpg');
    const risky = await upload('risky-photo.jpg');
    const made = data(
      await selection(
        'nominate',
        await nomination(campaignId, 'demo-zhou', { photoFileIds: [fine, risky] }),
        district,
      ),
    );
    expect(made.photoFileIds).toEqual([fine, risky]);
    expect(made.content.images).toEqual([
      { fileId: fine, state: 'checking', reason: null },
      { fileId: risky, state: 'checking', reason: null },
    ]);
    // Photos still under check do not stop the review; the public list waits for their verdicts.
    data(await selection('reviewNomination', { candidateId: made.id, decision: 'approve' }, city));
    for (const from of ['nomination', 'review'] as const) {
      data(await selection('advanceStage', { campaignId, from, reason: '按计划推进' }, city));
    }
    const publicPhotos = async () =>
      data(await selection('candidate', { candidateId: made.id }, 'persona-public')).photoFileIds;
    expect(await publicPhotos()).toEqual([]);
    const listed = data(await selection('candidates', { campaignId }, 'persona-public')).candidates;
    expect(listed.find((item) => item.id === made.id)!.photoFileIds).toEqual([]);

    // The verdicts arrive: WeChat pushes them to the message-push function.
    await env.cloud.wechat.flushVerdicts();
    expect(await publicPhotos()).toEqual([fine]);
    const staffView = await nominationOf(campaignId, made.id);
    expect(staffView.photoFileIds).toEqual([fine]);
    expect(staffView.content.images).toEqual([
      { fileId: risky, state: 'refused', reason: '未通过内容安全检测（色情），已移除' },
    ]);
    expect(fileExists(risky)).toBe(false);
    expect(fileExists(fine)).toBe(true);
    const pushes = env.cloud.gateway.journal.recent().filter((call) => call.name === 'content-verdict');
    expect(pushes.map((call) => call.trigger)).toEqual(['message', 'message']);
  });

  it('get their verdict asynchronously, on WeChat’s own time', async () => {
    wechat({ mediaVerdictDelayMs: 300 });
    const campaignId = await nominationCampaign();
    const risky = await upload('risky-photo-2.jpg');
    const made = data(
      await selection('nominate', await nomination(campaignId, 'demo-mw-power', { photoFileIds: [risky] }), district),
    );
    expect(made.content.images).toEqual([{ fileId: risky, state: 'checking', reason: null }]);
    await until(
      async () => (await nominationOf(campaignId, made.id)).content.images[0]?.state === 'refused',
      'the risky verdict',
    );
    expect((await nominationOf(campaignId, made.id)).photoFileIds).toEqual([]);
  });

  it('kept in a correction while still under check stay held, and their verdict still applies', async () => {
    wechat({ mediaVerdictDelayMs: 10 * 60_000 });
    const campaignId = await nominationCampaign();
    const first = await upload('kept.jpg');
    const made = data(
      await selection(
        'nominate',
        await nomination(campaignId, 'persona-worker', { photoFileIds: [first] }),
        district,
      ),
    );
    data(
      await selection('reviewNomination', { candidateId: made.id, decision: 'return', reason: '请补充照片' }, city),
    );
    const second = await upload('risky-photo-3.jpg');
    const corrected = data(
      await selection(
        'updateNomination',
        { candidateId: made.id, categoryId: 'k1', deeds, photoFileIds: [first, second], honours: [] },
        district,
      ),
    );
    expect(corrected.content.images.map((image) => [image.fileId, image.state])).toEqual([
      [first, 'checking'],
      [second, 'checking'],
    ]);
    // One check each: the kept photo was not sent again.
    expect(stored('contentChecks').filter((check) => check.fileId === first)).toHaveLength(1);
    await env.cloud.wechat.flushVerdicts();
    const after = await nominationOf(campaignId, made.id);
    expect(after.photoFileIds).toEqual([first]);
    expect(after.content.images.map((image) => [image.fileId, image.state])).toEqual([[second, 'refused']]);
  });
});

describe('an objection’s reason', () => {
  const staff = 'persona-district-staff';
  let campaignId: string;
  let candidateId: string;
  let unplacedId: string;
  beforeAll(async () => {
    // A district campaign in its 公示, arranged in the database (how it got there is other suites' business).
    const db = localDb(env.cloud);
    campaignId = 'content-publicity';
    const now = env.now();
    const candidate = candidateRecord(campaignId, 'u-content', now);
    candidateId = candidate._id;
    // The frozen result places the candidate: the 公示 names them, so an objection may be about them.
    const row = { candidateId, name: candidate.name, placed: true, rank: 1 };
    await db.collection('campaigns').add(
      campaignRecord(campaignId, 'publicity', now, {
        orgId: 'org-dongcheng',
        orgPath: ['org-city', 'org-dongcheng'],
        orgName: '东城区总工会',
        publicityEndsAt: new Date(now.getTime() + 7 * DAY),
        results: { computedAt: now, categories: [{ id: 'k1', rows: [row] }] },
      }),
    );
    await db.collection('candidates').add(candidate);
    // Approved but not placed: the 公示 does not name them.
    unplacedId = candidateRecord(campaignId, 'u-content-unplaced', now)._id;
    await db.collection('candidates').add(candidateRecord(campaignId, 'u-content-unplaced', now));
  });
  beforeEach(() => wechat());

  const objection = (reason: string) => ({
    campaignId,
    candidateId,
    name: '王明',
    contact: '13912345678',
    reason,
  });
  const REASON = '该候选人的获奖证书年份与事迹材料不一致，请核实。';

  it('is only about someone the 公示 names: an unplaced candidate is refused by field, nothing stored', async () => {
    const refused = error(
      await selection('lodgeObjection', { ...objection(REASON), candidateId: unplacedId }, 'objector-0'),
    );
    expect(refused).toMatchObject({ code: 'NOT_FOUND', field: 'candidateId' });
    expect(data(await selection('myObjections', { campaignId }, 'objector-0')).objections).toEqual([]);
  });

  it('is refused before saving when risky', async () => {
    const refused = error(await selection('lodgeObjection', objection(`${REASON}${RISKY}`), 'objector-1'));
    expect(refused).toMatchObject({ code: 'INVALID_INPUT', field: 'reason' });
    expect(refused.message).toBe('异议理由含有不宜发布的内容（时政），请修改后再提交');
    expect(data(await selection('myObjections', { campaignId }, 'objector-1')).objections).toEqual([]);
  });

  it('held for review is marked for its author and staff, answered only once passed', async () => {
    const lodged = data(await selection('lodgeObjection', objection(`${REASON}${REVIEW}`), 'objector-2'));
    const held = [{ field: 'reason', state: 'review', reason: null }];
    expect(data(await selection('myObjections', { campaignId }, 'objector-2')).objections[0]!.content.texts).toEqual(
      held,
    );
    const listed = data(await selection('listObjections', { campaignId }, staff)).objections;
    expect(listed.find((item) => item.id === lodged.id)!.content.texts).toEqual(held);
    const answer = { objectionId: lodged.id, answer: '已核实，证书年份无误。' };
    expect(error(await selection('answerObjection', answer, staff)).code).toBe('CONFLICT');
    const decide = {
      owner: 'objection' as const,
      id: lodged.id,
      field: 'reason' as const,
      decision: 'pass' as const,
    };
    expect(error(await selection('decideHeldText', decide, 'persona-enterprise-staff')).code).toBe('FORBIDDEN');
    data(await selection('decideHeldText', decide, staff));
    expect(data(await selection('answerObjection', answer, staff)).answer?.text).toBe(answer.answer);
  });

  it('refused by staff is answered with the refusal, so its author reads why and the 公示 can close', async () => {
    const lodged = data(await selection('lodgeObjection', objection(`${REASON}${REVIEW}`), 'objector-3'));
    data(
      await selection(
        'decideHeldText',
        { owner: 'objection', id: lodged.id, field: 'reason', decision: 'refuse', reason: '含有不实的人身攻击' },
        staff,
      ),
    );
    const mine = data(await selection('myObjections', { campaignId }, 'objector-3')).objections[0]!;
    expect(mine.content.texts).toEqual([{ field: 'reason', state: 'refused', reason: '含有不实的人身攻击' }]);
    expect(mine.answer?.text).toBe('异议内容未通过审核，不予受理。原因：含有不实的人身攻击');
    expect(
      stored('objections').filter((item) => item.campaignId === campaignId && item.answer === null),
    ).toHaveLength(0);
  });
});
