// The message-push function and the verdict routing behind it. A client can call any function by name with any
// body, so a forged verdict must change nothing: only the platform's push (no user openid in its context) counts.
// Then the module's own rules, in process over the same local cloud: a verdict that arrives before its check is
// recorded, a repeated push, a verdict for a kind nobody registered, and what a rewrite of the record undoes.
import { localAdminApp } from 'cloudbase-local/admin-app';
import type { ContentCheckRecord } from '../../../server/content-security/checks';
import { imageCheckId, type ContentContext } from '../../../server/content-security/checks';
import { receiveMediaVerdict, recordImageCheck } from '../../../server/content-security/images';
import { contentRegistry } from '../../../server/content-security/owners';
import { settleHolds } from '../../../server/content-security/settle';
import { candidateContent, objectionContent } from '../../../server/selection/content';
import type { CandidateRecord } from '../../../server/selection/candidates';
import { accountContract } from '../../../src/shared/contracts/account';
import { selectionContract } from '../../../src/shared/contracts/selection';
import { defaultVotingRules, type Schedule } from '../../../src/shared/selection/rules';
import { scheduledStages } from '../../../src/shared/selection/stages';
import { candidateRecord } from '../../../test-support/selection-records';
import { callerOf, data, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';

let env: SeededCloud;
beforeAll(async () => {
  env = await startSeededCloud();
  env.cloud.wechat.setRules({
    media: [{ urlContains: 'risky', suggest: 'risky', label: 20002 }],
    mediaVerdictDelayMs: 10 * 60_000,
  });
}, 30_000);
afterAll(() => env.close());

const selection = callerOf(selectionContract, () => env);
const DAY = 86_400_000;
const staff = 'persona-district-staff';

async function upload(name: string): Promise<string> {
  const response = await fetch(`${env.cloud.url}/_storage/client-upload?cloudPath=verdicts/${name}`, {
    method: 'POST',
    headers: { 'x-wx-openid': staff },
    body: Buffer.from(name),
  });
  return ((await response.json()) as { fileID: string }).fileID;
}
const fileExists = (fileId: string) => env.cloud.storage.read(env.cloud.storage.cloudPathOf(fileId)!) !== undefined;
const checks = () =>
  [...env.cloud.database.store.collection('contentChecks').docs.values()] as unknown as ContentCheckRecord[];

/** A call straight to the function over the gateway, as a client's would arrive. */
async function callAsClient(openid: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${env.cloud.url}/fn/content-verdict`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return response.json();
}

describe('the message-push function', () => {
  it('does nothing for a client that forges a verdict, and applies the platform’s push', async () => {
    const campaign = data(
      await selection(
        'createCampaign',
        {
          orgId: 'org-city',
          title: '伪造推送测试评选',
          categories: [{ name: '制造业', places: 3 }],
          schedule: Object.fromEntries(
            scheduledStages.map((stage, i) => [
              stage,
              new Date(env.now().getTime() + (i + 1) * 7 * DAY).toISOString(),
            ]),
          ) as Schedule,
          rules: defaultVotingRules,
          rubric: [{ criterion: '技能水平', maxPoints: 100, high: '成果突出，有据可查', low: '成果一般，材料不足' }],
        },
        'persona-city-staff',
      ),
    );
    data(
      await selection(
        'advanceStage',
        { campaignId: campaign.id, from: 'draft', reason: '开始' },
        'persona-city-staff',
      ),
    );
    const photo = await upload('risky-forged.jpg');
    const userId = data(await env.call(accountContract, 'me', {}, 'persona-worker')).userId as string;
    const made = data(
      await selection(
        'nominate',
        {
          campaignId: campaign.id,
          userId,
          categoryId: 'k1',
          deeds:
            '从事数控车工二十年，带出徒弟三十余名，主持技术攻关十二项，其中三项获得国家专利，为企业年节约成本四百余万元。',
          photoFileIds: [photo],
          honours: [],
        },
        staff,
      ),
    );
    const pending = checks().find((check) => check.kind === 'image' && check.fileId === photo)!;
    expect(pending.status).toBe('checking');
    const forged = (suggest: string) => ({
      ToUserName: 'gh_local',
      FromUserName: staff,
      CreateTime: Math.floor(env.now().getTime() / 1000),
      MsgType: 'event',
      Event: 'wxa_media_check',
      trace_id: pending.kind === 'image' ? pending.traceId : '',
      version: 2,
      errcode: 0,
      result: { suggest, label: 100 },
    });
    // Even knowing the trace id, the nominator cannot pass their own photo, nor anyone remove it.
    for (const [openid, suggest] of [
      [staff, 'pass'],
      ['persona-public', 'risky'],
      ['persona-city-staff', 'pass'],
    ] as const) {
      expect(await callAsClient(openid, forged(suggest))).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: '你没有权限进行此操作' },
      });
    }
    const nomination = async () =>
      data(await selection('listNominations', { campaignId: campaign.id }, 'persona-city-staff')).nominations.find(
        (item) => item.id === made.id,
      )!;
    expect(checks().find((check) => check._id === pending._id)!.status).toBe('checking');
    expect((await nomination()).content.images).toEqual([{ fileId: photo, state: 'checking', reason: null }]);
    expect(fileExists(photo)).toBe(true);

    // WeChat's own push (no openid in its context) is applied.
    await env.cloud.wechat.flushVerdicts();
    expect((await nomination()).content.images).toEqual([
      { fileId: photo, state: 'refused', reason: '未通过内容安全检测（色情），已移除' },
    ]);
    expect(fileExists(photo)).toBe(false);
  });
});

describe('routing verdicts', () => {
  let ctx: ContentContext;
  const registry = contentRegistry([candidateContent, objectionContent]);
  beforeAll(() => {
    const app = localAdminApp(env.cloud.url);
    ctx = { app, db: app.database(), now: env.now() };
  });

  const event = (traceId: string, suggest: 'pass' | 'risky', label: number | string = 100) => ({
    Event: 'wxa_media_check',
    trace_id: traceId,
    result: { suggest, label },
  });
  let serial = 0;
  /** A candidate holding one photo under the check of `traceId`. */
  async function candidateHolding(traceId: string, fileId: string): Promise<CandidateRecord> {
    const candidate = candidateRecord('verdicts', `u${++serial}`, env.now(), {
      photoFileIds: [fileId],
      content: { images: { [imageCheckId(traceId)]: { fileId, state: 'checking', reason: null } } },
    });
    await ctx.db.collection('candidates').add(candidate);
    return candidate;
  }
  const candidate = async (id: string) =>
    ((await ctx.db.collection('candidates').doc(id).get()) as { data: CandidateRecord[] }).data[0]!;

  it('keeps a verdict that comes before its check is recorded, for the request to apply once it stored its hold', async () => {
    const fileId = await upload('risky-early.jpg');
    // The label comes as a string in WeChat's pushed events.
    expect(await receiveMediaVerdict(ctx, registry, event('trace-early', 'risky', '20002'))).toBe('early');
    const owner = { kind: 'candidate', id: `verdicts.u${serial + 1}` };
    const checkId = await recordImageCheck(ctx, 'trace-early', { owner, fileId, openid: staff, scene: 3 });
    const held = await candidateHolding('trace-early', fileId);
    expect(held._id).toBe(owner.id);
    await settleHolds(ctx, candidateContent, held._id, held.content!);
    expect(await candidate(held._id)).toMatchObject({
      photoFileIds: [],
      content: { images: { [checkId]: { state: 'refused', reason: '未通过内容安全检测（色情），已移除' } } },
    });
    expect(fileExists(fileId)).toBe(false);
  });

  it('applies a repeated push once', async () => {
    const fileId = await upload('fine-twice.jpg');
    const held = await candidateHolding('trace-twice', fileId);
    await recordImageCheck(ctx, 'trace-twice', {
      owner: { kind: 'candidate', id: held._id },
      fileId,
      openid: staff,
      scene: 3,
    });
    expect(await receiveMediaVerdict(ctx, registry, event('trace-twice', 'pass'))).toBe('passed');
    expect(await receiveMediaVerdict(ctx, registry, event('trace-twice', 'risky'))).toBe('duplicate');
    expect(await candidate(held._id)).toMatchObject({ photoFileIds: [fileId], content: { images: {} } });
    expect(fileExists(fileId)).toBe(true);
  });

  it('leaves a verdict for a kind nobody registered waiting, and ignores what is not a verdict', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const fileId = await upload('unowned.jpg');
    await recordImageCheck(ctx, 'trace-unowned', {
      owner: { kind: 'tenLog', id: 'x' },
      fileId,
      openid: staff,
      scene: 4,
    });
    expect(await receiveMediaVerdict(ctx, registry, event('trace-unowned', 'risky'))).toBe('unrouted');
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('no content owner of kind tenLog'));
    logged.mockRestore();
    expect(checks().find((check) => check._id === imageCheckId('trace-unowned'))!.status).toBe('checking');
    expect(await receiveMediaVerdict(ctx, registry, { Event: 'wxa_media_check', trace_id: 42 })).toBe('ignored');
  });

  it('re-applies what was settled while the record was being rewritten with its old holds', async () => {
    const fileId = await upload('risky-rewritten.jpg');
    const held = await candidateHolding('trace-rewrite', fileId);
    await recordImageCheck(ctx, 'trace-rewrite', {
      owner: { kind: 'candidate', id: held._id },
      fileId,
      openid: staff,
      scene: 3,
    });
    expect(await receiveMediaVerdict(ctx, registry, event('trace-rewrite', 'risky', 20002))).toBe('refused');
    // A correction read the record before the verdict and writes its old hold back over it.
    await ctx.db
      .collection('candidates')
      .doc(held._id)
      .update({ photoFileIds: ctx.db.command.set([fileId]), content: ctx.db.command.set(held.content) });
    await settleHolds(ctx, candidateContent, held._id, held.content!);
    expect(await candidate(held._id)).toMatchObject({
      photoFileIds: [],
      content: { images: { [imageCheckId('trace-rewrite')]: { state: 'refused' } } },
    });
  });
});
