// The access guard in process, over the demo city: each kind of rule lets through exactly the callers the table
// names, a rule that depends on its target is finished by the handler or the call fails, and the handler sees
// the caller as its actor. Handlers here stop with a CONFLICT that names who reached them, so no output is needed.
import { accountContract } from '../../src/shared/contracts/account';
import { selectionContract } from '../../src/shared/contracts/selection';
import { unionContract } from '../../src/shared/contracts/union';
import { inProcess } from '../../test-support/in-process';
import { error, startSeededCloud, type SeededCloud } from '../../test-support/seeded-cloud';
import { AppError } from './app-error';
import { guard, type GuardedContext } from './guarded-function';

let env: SeededCloud;
beforeAll(async () => {
  env = await startSeededCloud();
}, 30_000);
afterAll(() => env.close());

/** Stops in the handler, saying who got there and what it saw. */
const reached = (ctx: GuardedContext, extra = ''): never => {
  throw new AppError('CONFLICT', `reached:${ctx.actor.name}${extra}`);
};

const JINGGONG_PATH = ['org-city', 'org-dongcheng', 'org-jinggong'];
const CITY_PATH = ['org-city'];
const rename = { orgId: 'org-jinggong', name: '精工机械工会', reason: '更名' };

async function outcome(promise: Promise<{ ok: boolean; error?: { code: string; message: string } }>) {
  const answer = await promise;
  if (answer.ok) return 'ok';
  return answer.error!.code === 'CONFLICT' ? answer.error!.message : answer.error!.code;
}

describe('the access guard', () => {
  it('finishes a staffOver rule against the target: staff at or above it pass, others are refused', async () => {
    const union = inProcess(env.cloud, unionContract, {
      renameOrg: async (_input, ctx) => {
        ctx.requireOver(JINGGONG_PATH);
        return reached(ctx);
      },
    });
    const as = (openid: string) => outcome(union.call('renameOrg', rename, { openid, now: env.now() }));
    expect(await as('persona-enterprise-staff')).toBe('reached:孙丽华');
    expect(await as('persona-district-staff')).toBe('reached:赵建平');
    expect(await as('persona-city-staff')).toBe('reached:钱雅琴');
    expect(await as('persona-worker')).toBe('FORBIDDEN');
    expect(await as('persona-public')).toBe('FORBIDDEN');
  });

  it('refuses staff below the target, and a strict rule refuses staff at the target itself', async () => {
    const union = inProcess(env.cloud, unionContract, {
      renameOrg: async (_input, ctx) => {
        ctx.requireOver(CITY_PATH);
        return reached(ctx);
      },
      retireOrg: async (_input, ctx) => {
        ctx.requireOver(JINGGONG_PATH);
        return reached(ctx);
      },
    });
    const now = env.now();
    expect(await outcome(union.call('renameOrg', rename, { openid: 'persona-district-staff', now }))).toBe(
      'FORBIDDEN',
    );
    const retire = { orgId: 'org-jinggong', reason: '企业注销' };
    expect(await outcome(union.call('retireOrg', retire, { openid: 'persona-enterprise-staff', now }))).toBe(
      'FORBIDDEN',
    );
    expect(await outcome(union.call('retireOrg', retire, { openid: 'persona-district-staff', now }))).toBe(
      'reached:赵建平',
    );
  });

  it('fails a staffOver call whose handler never checked its target, instead of answering unchecked', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const union = inProcess(env.cloud, unionContract, {
        // Forgets ctx.requireOver and answers anyway.
        renameOrg: async () => ({ id: 'org-jinggong' }) as never,
      });
      const answer = await union.call('renameOrg', rename, { openid: 'persona-city-staff', now: env.now() });
      expect(error(answer).code).toBe('INTERNAL');
      expect(String(logged.mock.calls[0]?.[1])).toContain('union.renameOrg answered without checking its target');
    } finally {
      logged.mockRestore();
    }
  });

  it('asks for a profile where the rule needs one, and a WeChat identity always', async () => {
    const account = inProcess(env.cloud, accountContract, { myPersonal: async (_input, ctx) => reached(ctx) });
    const now = env.now();
    expect(error(await account.call('myPersonal', {}, { openid: 'persona-public', now })).message).toBe(
      '请先填写个人资料',
    );
    expect(await outcome(account.call('myPersonal', {}, { openid: 'persona-worker', now }))).toBe('reached:陈晓东');
    expect(error(await account.call('myPersonal', {}, { openid: '', now })).code).toBe('UNAUTHENTICATED');
  });

  it('lets an expert act only in a campaign they were granted', async () => {
    const selection = inProcess(env.cloud, selectionContract, {
      scoringSheet: async ({ campaignId }, ctx) => {
        ctx.requireExpertFor(campaignId);
        return reached(ctx, `:${campaignId}`);
      },
    });
    const now = env.now();
    const sheet = (campaignId: string, openid: string) =>
      outcome(selection.call('scoringSheet', { campaignId }, { openid, now }));
    expect(await sheet('demo-2026-dongcheng', 'persona-expert')).toBe('reached:吴振华:demo-2026-dongcheng');
    expect(await sheet('demo-2027-young', 'persona-expert')).toBe('FORBIDDEN');
    expect(await sheet('demo-2026-dongcheng', 'persona-city-staff')).toBe('FORBIDDEN');
  });

  it('names each staff member’s top nodes, leaving out nodes inside another of theirs', async () => {
    const union = inProcess(env.cloud, unionContract, {
      auditLog: async (_input, ctx) => reached(ctx, `:${ctx.scopeNodes().join(',')}`),
    });
    const now = env.now();
    expect(await outcome(union.call('auditLog', {}, { openid: 'persona-district-staff', now }))).toBe(
      'reached:赵建平:org-dongcheng',
    );
    expect(await outcome(union.call('auditLog', {}, { openid: 'persona-worker', now }))).toBe('FORBIDDEN');
  });

  it('refuses at build time an action with no line in the access table, or an anonymous one that is not open', () => {
    const unlisted = { ...unionContract, name: 'nowhere' } as unknown as typeof unionContract;
    const workbench = { workbench: async () => ({}) as never };
    expect(() => guard(unlisted, workbench)).toThrow('nowhere.workbench has no entry in the access table');
    expect(() => guard(unionContract, workbench, { anonymous: ['workbench'] })).toThrow(
      'union.workbench is anonymous but its rule is staff',
    );
  });
});
