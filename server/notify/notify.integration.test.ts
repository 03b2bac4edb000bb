// notify in process over a local cloud's database, with WeChat's answer set by each test: the in-app message is
// always written; an acceptance is spent only when a push is attempted, kept spent on 43101, given back on any
// other failure; a push that throws never escapes; a notice with a fixed id happens once.
import type * as tcb from '@cloudbase/node-sdk';
import { localDb } from '../../test-support/in-process';
import { startSeededCloud, type SeededCloud } from '../../test-support/seeded-cloud';
import type { Db } from '../kit/db';
import { notify, recordAcceptance, type Notice } from './notify';
import { messages, subscriptionId, subscriptions } from './store';
import { TEMPLATE_ENV } from './templates';

let env: SeededCloud;
let db: Db;
beforeAll(async () => {
  env = await startSeededCloud({ seed: false });
  db = localDb(env.cloud);
});
afterAll(() => env.close());

const TEMPLATE = 'tmpl-under-test';
beforeEach(() => {
  process.env[TEMPLATE_ENV.joinDecided] = TEMPLATE;
});
afterEach(() => {
  delete process.env[TEMPLATE_ENV.joinDecided];
});

/** An app whose WeChat open API answers `answer` (or throws it), recording what was sent. */
function appAnswering(answer: { errcode: number } | Error) {
  const sent: Array<Record<string, unknown>> = [];
  const app = {
    callWxOpenApi: async ({ requestData }: { requestData: Record<string, unknown> }) => {
      sent.push(requestData);
      if (answer instanceof Error) throw answer;
      return { result: { ...answer, errmsg: 'test' } };
    },
  } as unknown as tcb.CloudBase;
  return { app, sent };
}

let serial = 0;
function notice(to: string, change: Partial<Notice> = {}): Notice {
  return {
    to,
    kind: 'joinDecided',
    title: `入会申请已通过 ${++serial}`,
    body: '你已加入示范市精工机械有限公司工会。',
    page: '/account/pages/join/index',
    fields: { thing1: '示范市精工机械有限公司工会', phrase2: '已通过', thing3: '欢迎加入', time4: env.now() },
    ...change,
  };
}

const available = async (openid: string) =>
  (await subscriptions.byId(db, subscriptionId(openid, TEMPLATE)))?.available;
const stored = async (to: string) => messages.readAll(db, { to });

describe('notify', () => {
  it('sends the in-app message alone when the template is not set up, asking WeChat nothing', async () => {
    delete process.env[TEMPLATE_ENV.joinDecided];
    const { app, sent } = appAnswering({ errcode: 0 });
    await expect(notify({ db, app, now: env.now() }, notice('n-unset'))).resolves.toBe('none');
    expect(sent).toEqual([]);
    expect(await stored('n-unset')).toEqual([expect.objectContaining({ read: false, push: 'none' })]);
  });

  it('pushes once per acceptance, with the page without its slash and values fitted', async () => {
    await recordAcceptance(db, env.now(), 'n-once', 'joinDecided', TEMPLATE);
    const { app, sent } = appAnswering({ errcode: 0 });
    await expect(notify({ db, app, now: env.now() }, notice('n-once'))).resolves.toBe('sent');
    await expect(notify({ db, app, now: env.now() }, notice('n-once'))).resolves.toBe('none');
    expect(sent).toEqual([
      expect.objectContaining({ touser: 'n-once', template_id: TEMPLATE, page: 'account/pages/join/index' }),
    ]);
    expect(await available('n-once')).toBe(0);
    expect((await stored('n-once')).map((message) => message.push).sort()).toEqual(['none', 'sent']);
  });

  it('leaves the acceptance spent on 43101', async () => {
    await recordAcceptance(db, env.now(), 'n-refused', 'joinDecided', TEMPLATE);
    const { app } = appAnswering({ errcode: 43101 });
    await expect(notify({ db, app, now: env.now() }, notice('n-refused'))).resolves.toBe('refused');
    expect(await available('n-refused')).toBe(0);
  });

  it('gives the acceptance back when WeChat fails otherwise or the call throws, and never throws itself', async () => {
    await recordAcceptance(db, env.now(), 'n-failed', 'joinDecided', TEMPLATE);
    const busy = appAnswering({ errcode: -1 });
    await expect(notify({ db, app: busy.app, now: env.now() }, notice('n-failed'))).resolves.toBe('failed');
    expect(await available('n-failed')).toBe(1);
    const down = appAnswering(new Error('network down'));
    await expect(notify({ db, app: down.app, now: env.now() }, notice('n-failed'))).resolves.toBe('failed');
    expect(await available('n-failed')).toBe(1);
    expect(await stored('n-failed')).toHaveLength(2);
  });

  it('counts acceptances from taps that race, and happens once for a fixed id', async () => {
    await Promise.all(
      Array.from({ length: 5 }, () => recordAcceptance(db, env.now(), 'n-taps', 'joinDecided', TEMPLATE)),
    );
    expect(await available('n-taps')).toBe(5);
    const { app, sent } = appAnswering({ errcode: 0 });
    const once = notice('n-taps', { id: 'fixed-notice' });
    await expect(notify({ db, app, now: env.now() }, once)).resolves.toBe('sent');
    await expect(notify({ db, app, now: env.now() }, once)).resolves.toBe('duplicate');
    expect(sent).toHaveLength(1);
    expect(await available('n-taps')).toBe(4);
  });
});
