// A campaign's description and cover, through the built functions in a local cloud whose WeChat stand-in is told
// what to find: the cover goes to WeChat's asynchronous image check (as a contest's poster does, one rule for both),
// the public sees it once passed and never a refused one; the description is plain text within its limit; both
// change with 修改活动 until the result is final.
import { accountContract } from '../../../src/shared/contracts/account';
import { selectionContract } from '../../../src/shared/contracts/selection';
import { defaultVotingRules, type Schedule } from '../../../src/shared/selection/rules';
import { scheduledStages } from '../../../src/shared/selection/stages';
import { callerOf, data, error, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';

let env: SeededCloud;
beforeAll(async () => {
  env = await startSeededCloud();
  env.cloud.wechat.setRules({
    media: [{ urlContains: 'risky-photo', suggest: 'risky', label: 20002 }],
    mediaVerdictDelayMs: 10 * 60_000,
  });
}, 60_000);
afterAll(() => env.close());

const selection = callerOf(selectionContract, () => env);
const cityStaff = 'persona-city-staff';
const DAY = 86_400_000;

const campaignInput = (extra: Record<string, unknown>) => ({
  orgId: 'org-city',
  title: '示范市封面测试评选',
  categories: [{ name: '综合类', places: 3 }],
  schedule: Object.fromEntries(
    scheduledStages.map((stage, i) => [stage, new Date(env.now().getTime() + (i + 1) * 7 * DAY).toISOString()]),
  ) as Schedule,
  rules: defaultVotingRules,
  rubric: [{ criterion: '技能水平', maxPoints: 100, high: '解决过关键技术难题', low: '没有技术难题的实例' }],
  ...extra,
});

/** Uploads a file as the app does (wx.cloud.uploadFile's local stand-in) into the person's cover folder. */
async function upload(openid: string, name: string, folder = 'campaign-cover'): Promise<string> {
  const { userId } = data(await env.call(accountContract, 'me', {}, openid)) as { userId: string };
  const cloudPath = `${folder}/${userId}/${name}`;
  const response = await fetch(`${env.cloud.url}/_storage/client-upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    headers: { 'x-wx-openid': openid },
    body: Buffer.from(`photo ${name}`),
  });
  return ((await response.json()) as { fileID: string }).fileID;
}

/** The campaign as the public reads it, once nomination has opened (a draft is not public). */
async function openToPublic(campaignId: string) {
  data(await selection('advanceStage', { campaignId, from: 'draft', reason: '开始提名' }, cityStaff));
}
const asPublic = async (campaignId: string) => data(await selection('campaign', { campaignId }, 'persona-worker'));

describe('a campaign’s description and cover', () => {
  it('are stored; the public sees the cover only after the image check passes it, staff see it with its check', async () => {
    const cover = await upload(cityStaff, 'cover.jpg');
    const made = data(
      await selection(
        'createCampaign',
        campaignInput({ description: ' 弘扬工匠精神。 ', coverImage: cover }),
        cityStaff,
      ),
    );
    expect(made).toMatchObject({
      description: '弘扬工匠精神。',
      coverImage: cover,
      coverHold: { state: 'checking', reason: null },
    });
    await openToPublic(made.id);
    expect(await asPublic(made.id)).toMatchObject({ description: '弘扬工匠精神。', coverImage: null });
    await env.cloud.wechat.flushVerdicts();
    expect((await asPublic(made.id)).coverImage).toBe(cover);
    expect(data(await selection('staffCampaign', { campaignId: made.id }, cityStaff))).toMatchObject({
      coverImage: cover,
      coverHold: null,
    });
  });

  it('refuses a cover from someone else’s folder or one not uploaded, and takes a refused one off', async () => {
    const foreign = await upload('persona-worker', 'cover.jpg');
    expect(error(await selection('createCampaign', campaignInput({ coverImage: foreign }), cityStaff))).toMatchObject(
      { code: 'INVALID_INPUT', field: 'coverImage', message: expect.stringContaining('封面图片') },
    );
    const missing = (await upload(cityStaff, 'there.jpg')).replace('there.jpg', 'missing.jpg');
    expect(error(await selection('createCampaign', campaignInput({ coverImage: missing }), cityStaff))).toMatchObject(
      { code: 'INVALID_INPUT', field: 'coverImage', message: expect.stringContaining('封面图片') },
    );

    const risky = await upload(cityStaff, 'risky-photo-cover.jpg');
    const made = data(await selection('createCampaign', campaignInput({ coverImage: risky }), cityStaff));
    await env.cloud.wechat.flushVerdicts();
    const staff = data(await selection('staffCampaign', { campaignId: made.id }, cityStaff));
    expect(staff.coverImage).toBeNull();
    expect(staff.coverHold).toEqual({ state: 'refused', reason: expect.stringContaining('色情') });
    await openToPublic(made.id);
    expect((await asPublic(made.id)).coverImage).toBeNull();
  });

  it('refuses a description over its limit, naming the field', async () => {
    const failure = error(
      await selection('createCampaign', campaignInput({ description: '工'.repeat(501) }), cityStaff),
    );
    expect(failure).toMatchObject({ code: 'INVALID_INPUT', field: 'description' });
    expect(failure.message).toEqual(expect.stringContaining('活动简介最多500字'));
  });

  it('change with 修改活动 while the campaign runs; a kept cover keeps its passed check', async () => {
    const cover = await upload(cityStaff, 'kept.jpg');
    const made = data(await selection('createCampaign', campaignInput({ coverImage: cover }), cityStaff));
    await env.cloud.wechat.flushVerdicts();
    await openToPublic(made.id);
    const updated = data(
      await selection(
        'updateCampaign',
        { campaignId: made.id, description: '新的简介', coverImage: cover, reason: '补充活动简介' },
        cityStaff,
      ),
    );
    expect(updated).toMatchObject({ description: '新的简介', coverImage: cover, coverHold: null });
    expect(await asPublic(made.id)).toMatchObject({ description: '新的简介', coverImage: cover });
    const removed = data(
      await selection('updateCampaign', { campaignId: made.id, coverImage: null, reason: '去掉封面' }, cityStaff),
    );
    expect(removed.coverImage).toBeNull();
  });

  it('is absent on a campaign from before it existed, which still reads', async () => {
    const made = data(await selection('createCampaign', campaignInput({}), cityStaff));
    const stored = env.cloud.database.store.collection('campaigns').docs.get(made.id)!;
    delete stored.description;
    delete stored.coverImage;
    delete stored.content;
    await openToPublic(made.id);
    expect(await asPublic(made.id)).toMatchObject({ description: '', coverImage: null });
  });
});
