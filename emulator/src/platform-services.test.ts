// The platform services beside the database, driven from functions through the unmodified SDK as production code
// drives them: WeChat open APIs, cloud storage, timer triggers and pushed WeChat events.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startLocalCloud, type LocalCloud } from './index';

const dataRoot = path.resolve(__dirname, '..', '..', '.data');
mkdirSync(dataRoot, { recursive: true });
const dir = mkdtempSync(path.join(dataRoot, 'platform-test-'));

function writeFunction(name: string, source: string): void {
  mkdirSync(path.join(dir, 'functions', name), { recursive: true });
  writeFileSync(path.join(dir, 'functions', name, 'index.js'), source);
}

// Calls the WeChat open API named in the event, with the event's request data, as the caller.
writeFunction(
  'wx',
  `const tcb = require('@cloudbase/node-sdk');
exports.main = async (event) => {
  const app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
  const openid = app.auth().getUserInfo().openId;
  const requestData = { ...event.requestData };
  if (requestData.openid === '$caller') requestData.openid = openid;
  const answer = await app.callWxOpenApi({ apiName: event.apiName, requestData });
  return answer.result ?? answer;
};`,
);
writeFunction(
  'files',
  `const tcb = require('@cloudbase/node-sdk');
exports.main = async (event) => {
  const app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
  if (event.op === 'upload') {
    const { fileID } = await app.uploadFile({ cloudPath: event.cloudPath, fileContent: Buffer.from(event.text) });
    return { fileID };
  }
  if (event.op === 'url') {
    const { fileList } = await app.getTempFileURL({ fileList: [{ fileID: event.fileID, maxAge: 60 }] });
    return fileList[0];
  }
  if (event.op === 'download') {
    const { fileContent } = await app.downloadFile({ fileID: event.fileID });
    return { text: fileContent.toString('utf8') };
  }
  const { fileList } = await app.deleteFile({ fileList: [event.fileID] });
  return fileList[0];
};`,
);
// A timer-triggered function and the message-push handler both record what they received.
const recorder = `const tcb = require('@cloudbase/node-sdk');
exports.main = async (event) => {
  const app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
  await app.database().collection('received').add({ event, openid: app.auth().getUserInfo().openId || null });
  return { got: event.Type || event.Event };
};`;
writeFunction('tick', recorder);
// Reports every trace of a caller an invocation can see: its environment, the context's, and the SDK's user.
writeFunction(
  'context',
  `const tcb = require('@cloudbase/node-sdk');
const caller = /^(WX_|TCB_UUID$|TCB_CUSTOM_USER_ID$|TCB_ISANONYMOUS_USER$|LOGINTYPE$|TRIGGER_SRC$)/;
const pick = (env) => Object.fromEntries(Object.entries(env).filter(([key]) => caller.test(key)));
exports.main = async (event, context) => ({
  env: pick(process.env),
  environment: pick(JSON.parse(context.environment)),
  user: tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).auth().getUserInfo(),
});`,
);
writeFunction('push', recorder);

writeFileSync(
  path.join(dir, 'cloudbaserc.json'),
  JSON.stringify({
    functionRoot: './functions',
    functions: [
      { name: 'wx' },
      { name: 'files' },
      { name: 'tick', triggers: [{ name: 'everySecond', type: 'timer', config: '* * * * * * *' }] },
      { name: 'context', triggers: [{ name: 'nightly', type: 'timer', config: '0 0 2 * * * *' }] },
      { name: 'push' },
    ],
  }),
);
writeFileSync(path.join(dir, 'collections.json'), JSON.stringify({ collections: [{ name: 'received' }] }));

let cloud: LocalCloud;
beforeAll(async () => {
  cloud = await startLocalCloud({
    configFile: path.join(dir, 'cloudbaserc.json'),
    collectionsFile: path.join(dir, 'collections.json'),
    dataDir: path.join(dir, 'data'),
    timers: 'manual',
    messagePushFunction: 'push',
    wechatRules: {
      riskRank: { 'openid-brusher': 4 },
      text: [{ contains: '刷票', suggest: 'risky', label: 20006 }],
      media: [{ urlContains: 'bad.jpg', suggest: 'risky', label: 20002 }],
      subscribeRefused: ['openid-refuser'],
      mediaVerdictDelayMs: 60_000,
    },
  });
});
afterAll(async () => {
  await cloud.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call(name: string, event: unknown, openid = 'openid-caller') {
  const response = await fetch(`${cloud.url}/fn/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
    body: JSON.stringify(event),
  });
  return (await response.json()) as Record<string, unknown>;
}

async function received() {
  const reply = cloud.database.answerBody({
    action: 'database.getDocument',
    collectionName: 'received',
    query: '{}',
    limit: 100,
  });
  return ((reply.data as { list: string[] }).list ?? []).map((text) => JSON.parse(text) as Record<string, unknown>);
}

describe('WeChat open APIs', () => {
  it('gives each openid its configured risk rank', async () => {
    const ask = (openid: string) =>
      call('wx', { apiName: 'wxa/getuserriskrank', requestData: { openid: '$caller', scene: 0 } }, openid);
    await expect(ask('openid-brusher')).resolves.toMatchObject({ errcode: 0, risk_rank: 4 });
    await expect(ask('openid-caller')).resolves.toMatchObject({ errcode: 0, risk_rank: 0 });
    const record = cloud.gateway.journal.recent(1)[0];
    expect(record).toMatchObject({ name: 'wx', wxCalls: 1, dbOps: 0 });
  });

  it('passes clean text and flags text a rule marks', async () => {
    const check = (content: string) =>
      call('wx', { apiName: 'wxa/msg_sec_check', requestData: { content, version: 2, scene: 2, openid: '$caller' } });
    await expect(check('李师傅带徒弟攻克了焊接难题')).resolves.toMatchObject({
      result: { suggest: 'pass', label: 100 },
    });
    await expect(check('快来帮我刷票')).resolves.toMatchObject({ result: { suggest: 'risky', label: 20006 } });
    await expect(check('')).resolves.toMatchObject({ errcode: 0 });
    await expect(
      call('wx', { apiName: 'wxa/msg_sec_check', requestData: { content: 'x', version: 1, openid: 'o' } }),
    ).resolves.toMatchObject({ errcode: 47003 });
  });

  it('sends a subscribe message unless the user has not accepted it', async () => {
    const send = (touser: string) =>
      call('wx', {
        apiName: 'cgi-bin/message/subscribe/send',
        requestData: {
          touser,
          template_id: 'tpl-session',
          page: 'pages/home/index',
          data: { thing1: { value: '焊接课' } },
        },
      });
    await expect(send('openid-apprentice')).resolves.toMatchObject({ errcode: 0 });
    await expect(send('openid-refuser')).resolves.toMatchObject({ errcode: 43101 });
    expect(cloud.wechat.outbox).toEqual([
      expect.objectContaining({
        touser: 'openid-apprentice',
        template_id: 'tpl-session',
        data: { thing1: { value: '焊接课' } },
      }),
    ]);
  });

  it('refuses a value over its keyword type limit as WeChat does, naming the field, and sends nothing', async () => {
    const before = cloud.wechat.outbox.length;
    const answer = await call('wx', {
      apiName: 'cgi-bin/message/subscribe/send',
      requestData: {
        touser: 'openid-apprentice',
        template_id: 'tpl-session',
        data: { thing1: { value: '焊接课' }, name2: { value: '欧阳'.repeat(6) } },
      },
    });
    expect(answer).toMatchObject({ errcode: 47003, errmsg: 'argument invalid! data.name2.value invalid' });
    expect(cloud.wechat.outbox).toHaveLength(before);
  });

  it('shows the outbox read-only at /_emulator/wechat/outbox', async () => {
    const response = await fetch(`${cloud.url}/_emulator/wechat/outbox`);
    expect(response.status).toBe(200);
    const listed = (await response.json()) as Array<Record<string, unknown>>;
    expect(listed).toEqual([
      expect.objectContaining({ touser: 'openid-apprentice', template_id: 'tpl-session', page: 'pages/home/index' }),
    ]);
    // Nothing but GET: the outbox is what was sent, never something a developer writes.
    const write = await fetch(`${cloud.url}/_emulator/wechat/outbox`, { method: 'POST', body: '[]' });
    expect(write.status).not.toBe(200);
  });

  it('makes a mini-program code image for a scene, and refuses a scene over 32 characters', async () => {
    const code = await call('wx', {
      apiName: 'wxa/getwxacodeunlimit',
      requestData: { scene: 'c=42', page: 'pages/home/index' },
    });
    expect(code).toMatchObject({ errcode: 0, contentType: 'image/png' });
    expect(
      Buffer.from(code.buffer as string, 'base64')
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    await expect(
      call('wx', { apiName: 'wxa/getwxacodeunlimit', requestData: { scene: 'x'.repeat(33) } }),
    ).resolves.toMatchObject({ errcode: 40169 });
  });

  it('answers a media check at once and pushes the verdict later to the message-push function', async () => {
    const check = (mediaUrl: string) =>
      call('wx', {
        apiName: 'wxa/media_check_async',
        requestData: { media_url: mediaUrl, media_type: 2, version: 2, scene: 2, openid: '$caller' },
      });
    const clean = await check('https://example.com/ok.jpg');
    const risky = await check('https://example.com/bad.jpg');
    expect(clean).toMatchObject({ errcode: 0, trace_id: expect.any(String) });
    expect(await received()).toEqual([]);
    await cloud.wechat.flushVerdicts();
    const verdicts = (await received()).map((doc) => doc.event as Record<string, unknown>);
    expect(verdicts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          Event: 'wxa_media_check',
          trace_id: clean.trace_id,
          result: { suggest: 'pass', label: 100 },
        }),
        expect.objectContaining({ trace_id: risky.trace_id, result: { suggest: 'risky', label: 20002 } }),
      ]),
    );
  });

  it('answers an API the local cloud does not have with a clear error, which the SDK throws', async () => {
    await expect(call('wx', { apiName: 'wxa/no_such_api', requestData: {} })).resolves.toMatchObject({
      code: 'FUNCTION_FAILED',
      message: 'WeChat API wxa/no_such_api is not available in the local cloud',
    });
  });

  it('lets a test change the rules while running', async () => {
    const rules = await (await fetch(`${cloud.url}/_emulator/wechat/rules`)).json();
    await fetch(`${cloud.url}/_emulator/wechat/rules`, {
      method: 'PUT',
      body: JSON.stringify({ riskRank: { 'openid-caller': 3 } }),
    });
    await expect(
      call('wx', { apiName: 'wxa/getuserriskrank', requestData: { openid: '$caller', scene: 0 } }),
    ).resolves.toMatchObject({ risk_rank: 3 });
    cloud.wechat.setRules(rules as Parameters<typeof cloud.wechat.setRules>[0]);
  });
});

describe('cloud storage', () => {
  it('uploads, hands out a temporary URL, downloads and deletes through the SDK', async () => {
    const { fileID } = await call('files', { op: 'upload', cloudPath: 'deeds/2026/li.txt', text: '十年磨一剑' });
    expect(fileID).toBe('cloud://local.local-bucket/deeds/2026/li.txt');
    const link = await call('files', { op: 'url', fileID });
    expect(link).toMatchObject({ code: 'SUCCESS', fileID });
    const fetched = await fetch(link.tempFileURL as string);
    expect(fetched.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await fetched.text()).toBe('十年磨一剑');
    // A URL whose signature was tampered with is refused.
    const tampered = (link.tempFileURL as string).replace(
      /sign=(.)/,
      (_, c: string) => `sign=${c === '0' ? '1' : '0'}`,
    );
    expect((await fetch(tampered)).status).toBe(403);
    await expect(call('files', { op: 'download', fileID })).resolves.toEqual({ text: '十年磨一剑' });
    await expect(call('files', { op: 'delete', fileID })).resolves.toMatchObject({ code: 'SUCCESS' });
    await expect(call('files', { op: 'url', fileID })).resolves.toMatchObject({ code: 'STORAGE_FILE_NONEXIST' });
    expect(cloud.gateway.journal.recent(1)[0]).toMatchObject({ storageCalls: 1, dbOps: 0 });
    // A URL handed out before the file was deleted no longer fetches it.
    expect((await fetch(link.tempFileURL as string)).status).toBe(404);
  });

  it('serves an Excel file with its type', async () => {
    const { fileID } = await call('files', { op: 'upload', cloudPath: 'exports/x1.xlsx', text: 'PK' });
    const link = await call('files', { op: 'url', fileID });
    expect((await fetch(link.tempFileURL as string)).headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  });

  it('takes uploads from the H5 app with the local identity', async () => {
    const upload = (openid?: string) =>
      fetch(`${cloud.url}/_storage/client-upload?cloudPath=${encodeURIComponent('photos/a.png')}`, {
        method: 'POST',
        headers: openid ? { 'x-wx-openid': openid } : {},
        body: Buffer.from([0x89, 0x50, 0x4e, 0x47]),
      });
    expect((await upload()).status).toBe(401);
    const answer = (await (await upload('openid-caller')).json()) as { fileID: string; tempFileURL: string };
    expect(answer.fileID).toBe('cloud://local.local-bucket/photos/a.png');
    expect(Buffer.from(await (await fetch(answer.tempFileURL)).arrayBuffer())).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    );
    const bad = await fetch(`${cloud.url}/_storage/client-upload?cloudPath=${encodeURIComponent('../x')}`, {
      method: 'POST',
      headers: { 'x-wx-openid': 'o' },
      body: 'x',
    });
    expect(bad.status).toBe(400);
  });
});

describe('cloud storage ownership', () => {
  const clientUpload = (cloudPath: string, openid: string, text: string) =>
    fetch(`${cloud.url}/_storage/client-upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
      method: 'POST',
      headers: { 'x-wx-openid': openid, 'content-type': 'text/plain' },
      body: text,
    });
  const contentOf = async (fileID: string) => {
    const link = await call('files', { op: 'url', fileID });
    return (await fetch(link.tempFileURL as string)).text();
  };

  it('lets only a file’s creator overwrite it from the client, as the platform’s default rule', async () => {
    const mine = await clientUpload('avatars/wang.png', 'openid-wang', 'wang v1');
    expect(mine.status).toBe(200);
    const { fileID } = (await mine.json()) as { fileID: string };
    const stolen = await clientUpload('avatars/wang.png', 'openid-li', 'li was here');
    expect(stolen.status).toBe(403);
    expect(await stolen.json()).toEqual({
      code: 'STORAGE_EXCEED_AUTHORITY',
      message: 'avatars/wang.png was created by someone else: only its creator may overwrite it',
    });
    expect(await contentOf(fileID)).toBe('wang v1');
    expect((await clientUpload('avatars/wang.png', 'openid-wang', 'wang v2')).status).toBe(200);
    expect(await contentOf(fileID)).toBe('wang v2');
  });

  it('lets functions (the administrator) overwrite any file, which keeps its creator', async () => {
    expect((await clientUpload('avatars/zhao.png', 'openid-zhao', 'zhao')).status).toBe(200);
    const { fileID } = await call('files', { op: 'upload', cloudPath: 'avatars/zhao.png', text: 'by a function' });
    expect(await contentOf(fileID as string)).toBe('by a function');
    expect((await clientUpload('avatars/zhao.png', 'openid-li', 'li')).status).toBe(403);
    expect((await clientUpload('avatars/zhao.png', 'openid-zhao', 'zhao again')).status).toBe(200);
    // A file a function created has no client creator: no client may overwrite it.
    await call('files', { op: 'upload', cloudPath: 'notices/rules.txt', text: 'rules' });
    expect((await clientUpload('notices/rules.txt', 'openid-li', 'my rules')).status).toBe(403);
  });

  it('frees a deleted file’s path for anyone', async () => {
    const first = (await (await clientUpload('tmp/note.txt', 'openid-wang', 'w')).json()) as { fileID: string };
    await call('files', { op: 'delete', fileID: first.fileID });
    expect((await clientUpload('tmp/note.txt', 'openid-li', 'l')).status).toBe(200);
    expect((await clientUpload('tmp/note.txt', 'openid-wang', 'w')).status).toBe(403);
  });

  it('remembers who created a file across a restart', async () => {
    const dataDir = path.join(dir, 'restart');
    const start = () =>
      startLocalCloud({
        configFile: path.join(dir, 'cloudbaserc.json'),
        collectionsFile: path.join(dir, 'collections.json'),
        dataDir,
        timers: 'manual',
      });
    const upload = (base: string, openid: string) =>
      fetch(`${base}/_storage/client-upload?cloudPath=kept.txt`, {
        method: 'POST',
        headers: { 'x-wx-openid': openid },
        body: openid,
      });
    const first = await start();
    try {
      expect((await upload(first.url, 'openid-wang')).status).toBe(200);
    } finally {
      await first.close();
    }
    const second = await start();
    try {
      expect((await upload(second.url, 'openid-li')).status).toBe(403);
      expect((await upload(second.url, 'openid-wang')).status).toBe(200);
    } finally {
      await second.close();
    }
  });
});

describe('timer triggers', () => {
  it('fires a trigger on demand with the platform event and no WeChat caller', async () => {
    const answer = await fetch(`${cloud.url}/_emulator/timers/tick/everySecond`, { method: 'POST' });
    expect(await answer.json()).toEqual({ got: 'Timer' });
    const [doc] = (await received()).filter((entry) => (entry.event as { Type?: string }).Type === 'Timer');
    expect(doc).toMatchObject({ openid: null, event: { Type: 'Timer', TriggerName: 'everySecond', Message: '' } });
    expect(cloud.gateway.journal.recent(1)[0]).toMatchObject({ name: 'tick', trigger: 'timer' });
  });

  it('gives a timer invocation no caller at all, and a client call to the same function its caller', async () => {
    // Identity variables in the shell that started the local cloud must not reach a function either.
    const shell = { WX_OPENID: 'openid-of-the-shell', WX_CLIENTIPV6: '::1', TCB_UUID: 'uid-of-the-shell' };
    const saved = Object.fromEntries(Object.keys(shell).map((key) => [key, process.env[key]]));
    Object.assign(process.env, shell);
    try {
      const timer = await (await fetch(`${cloud.url}/_emulator/timers/context/nightly`, { method: 'POST' })).json();
      const noUser = { openId: '', appId: '', uid: '', customUserId: '', isAnonymous: false };
      expect(timer).toEqual({ env: { TRIGGER_SRC: 'timer' }, environment: { TRIGGER_SRC: 'timer' }, user: noUser });

      const client = await call('context', {}, 'openid-caller');
      const wx = {
        TRIGGER_SRC: 'wx',
        WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID',
        WX_OPENID: 'openid-caller',
        WX_APPID: 'wx-local-app',
        WX_CLIENTIP: '127.0.0.1',
      };
      expect(client).toEqual({
        env: wx,
        environment: wx,
        user: { ...noUser, openId: 'openid-caller', appId: 'wx-local-app' },
      });
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });

  it('fires on its schedule once started', async () => {
    const before = cloud.gateway.journal.recent(500).filter((entry) => entry.name === 'tick').length;
    cloud.timers.start();
    await new Promise((resolve) => setTimeout(resolve, 2300));
    cloud.timers.stop();
    await cloud.gateway.journal.idle();
    const fired = cloud.gateway.journal.recent(500).filter((entry) => entry.name === 'tick').length - before;
    expect(fired).toBeGreaterThanOrEqual(2);
    expect(fired).toBeLessThanOrEqual(3);
  });
});
