// WeChat open APIs, answered locally for the SDK's `app.callWxOpenApi({ apiName, requestData })` (the body's
// action is `wx.api`). apiName is the API's path on api.weixin.qq.com; requestData and the answer are the JSON that
// API documents. Outcomes are deterministic and set by rules (per openid, per text, per media URL) so a test can
// make any branch happen: risk rank 4 for one voter, a text that fails the content check, a refused subscription.
import { randomUUID } from 'node:crypto';
import QRCode from 'qrcode';
import { CloudClock } from '../clock';
import { subscribeDataProblem } from './subscribe-fields';

export type Suggest = 'pass' | 'review' | 'risky';

export interface WeChatRules {
  /** getuserriskrank: rank (0–4) by openid; everyone else is 0. */
  riskRank?: Record<string, number>;
  /** msg_sec_check: the first rule whose `contains` occurs in the text decides; otherwise pass, label 100. */
  text?: Array<{ contains: string; suggest: Suggest; label: number }>;
  /** media_check_async: the first rule whose `urlContains` occurs in the media URL decides. */
  media?: Array<{ urlContains: string; suggest: Suggest; label: number }>;
  /** subscribe send: openids that have not accepted (or have used up) the template (errcode 43101). */
  subscribeRefused?: string[];
  /** How long a media verdict takes to arrive (ms; default 500). */
  mediaVerdictDelayMs?: number;
}

const SUGGESTS: readonly unknown[] = ['pass', 'review', 'risky'] satisfies Suggest[];

/**
 * What is wrong with `value` as WeChatRules (sent by a developer to `PUT /_emulator/wechat/rules`), or undefined
 * when it is fine: a rule the service would trip over later must be refused now, where the sender sees why.
 */
export function rulesProblem(value: unknown): string | undefined {
  const isObject = (item: unknown): item is Record<string, unknown> =>
    typeof item === 'object' && item !== null && !Array.isArray(item);
  if (!isObject(value)) return 'rules must be a JSON object';
  const verdicts = (key: 'text' | 'media', match: 'contains' | 'urlContains') => {
    const list = value[key];
    if (list === undefined) return undefined;
    const valid =
      Array.isArray(list) &&
      list.every(
        (rule) =>
          isObject(rule) &&
          typeof rule[match] === 'string' &&
          SUGGESTS.includes(rule.suggest) &&
          typeof rule.label === 'number',
      );
    return valid
      ? undefined
      : `${key} must be a list of { ${match}: string, suggest: pass|review|risky, label: number }`;
  };
  const checks: Record<keyof WeChatRules, () => string | undefined> = {
    riskRank: () =>
      isObject(value.riskRank) && Object.values(value.riskRank).every((rank) => typeof rank === 'number')
        ? undefined
        : 'riskRank must map openids to numbers',
    text: () => verdicts('text', 'contains'),
    media: () => verdicts('media', 'urlContains'),
    subscribeRefused: () =>
      Array.isArray(value.subscribeRefused) && value.subscribeRefused.every((openid) => typeof openid === 'string')
        ? undefined
        : 'subscribeRefused must be a list of openids',
    mediaVerdictDelayMs: () =>
      typeof value.mediaVerdictDelayMs === 'number' && value.mediaVerdictDelayMs >= 0
        ? undefined
        : 'mediaVerdictDelayMs must be a number of milliseconds',
  };
  for (const key of Object.keys(value)) {
    if (!(key in checks)) return `unknown rule ${key} (known: ${Object.keys(checks).join(', ')})`;
    const problem = checks[key as keyof WeChatRules]();
    if (problem) return problem;
  }
  return undefined;
}

export interface SentMessage {
  touser: string;
  template_id: string;
  page?: string;
  data: Record<string, { value: string }>;
  sentAt: Date;
}

/** The verdict event the platform pushes to the mini-program's message-push handler. */
export interface MediaCheckEvent {
  ToUserName: string;
  FromUserName: string;
  CreateTime: number;
  MsgType: 'event';
  Event: 'wxa_media_check';
  appid: string;
  trace_id: string;
  version: 2;
  detail: Array<{ strategy: string; errcode: number; suggest: Suggest; label: number; prob: number }>;
  errcode: number;
  errmsg: string;
  result: { suggest: Suggest; label: number };
}

type Json = Record<string, unknown>;
type Answer = Json & { errcode: number; errmsg: string };

export interface WeChatServiceOptions {
  appid?: string;
  /** Delivers a media verdict (to the function configured for message push). */
  deliver?: (event: MediaCheckEvent) => Promise<void>;
  log?: (line: string) => void;
  /** The cloud's clock (when a message was sent, an event's CreateTime). */
  clock?: CloudClock;
}

const ok = (extra: Json = {}, errmsg = 'ok'): Answer => ({ errcode: 0, errmsg, ...extra });
const fail = (errcode: number, errmsg: string): Answer => ({ errcode, errmsg });

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

export class WeChatService {
  readonly prefix = 'wx.';
  readonly kind = 'wx' as const;
  private rules: WeChatRules = {};
  readonly outbox: SentMessage[] = [];
  private readonly codes = new Map<string, string>();
  private readonly pendingVerdicts = new Map<string, { event: MediaCheckEvent; timer: NodeJS.Timeout }>();
  private readonly appid: string;

  private readonly clock: CloudClock;

  constructor(private readonly options: WeChatServiceOptions = {}) {
    this.appid = options.appid ?? 'wx-local-app';
    this.clock = options.clock ?? new CloudClock();
  }

  setRules(rules: WeChatRules): void {
    this.rules = structuredClone(rules);
  }

  getRules(): WeChatRules {
    return structuredClone(this.rules);
  }

  async answer(body: Json): Promise<Json> {
    if (body.action !== 'wx.api') {
      // callCompatibleWxOpenApi / callWxPayApi send protobuf or pay payloads the product does not use.
      return { code: 'INVALID_PARAM', message: `${String(body.action)} is not supported by the local cloud` };
    }
    const apiName = String(body.apiName ?? '').replace(/^\/+/, '');
    let request: Json;
    try {
      request =
        typeof body.requestData === 'string' && body.requestData ? (JSON.parse(body.requestData) as Json) : {};
    } catch {
      return { code: 'INVALID_PARAM', message: 'requestData is not JSON' };
    }
    const handler = this.handlers[apiName];
    if (!handler) {
      return {
        code: 'INVALID_PARAM',
        message: `WeChat API ${apiName || '(none)'} is not available in the local cloud`,
      };
    }
    const answer = await handler(request);
    return { data: { responseData: JSON.stringify(answer) }, requestId: randomUUID() };
  }

  private readonly handlers: Record<string, (request: Json) => Answer | Promise<Answer>> = {
    'cgi-bin/message/subscribe/send': (request) => {
      const touser = text(request.touser);
      const templateId = text(request.template_id);
      if (!touser) return fail(40003, 'invalid openid');
      if (!templateId) return fail(40037, 'invalid template id');
      if (request.data === null || typeof request.data !== 'object' || Array.isArray(request.data)) {
        return fail(47003, 'argument invalid! data');
      }
      // WeChat checks every value against its keyword type's limits before anything else about the user.
      const problem = subscribeDataProblem(request.data as Json);
      if (problem) return fail(47003, problem);
      if (this.rules.subscribeRefused?.includes(touser)) return fail(43101, 'user refuse to accept the msg');
      this.outbox.push({
        touser,
        template_id: templateId,
        page: text(request.page),
        data: request.data as SentMessage['data'],
        sentAt: this.clock.now(),
      });
      return ok();
    },

    'wxa/msg_sec_check': (request) => {
      const content = typeof request.content === 'string' ? request.content : undefined;
      if (content === undefined) return fail(47001, 'data format error');
      if (request.version !== 2) return fail(47003, 'argument invalid! version');
      if (!text(request.openid)) return fail(40003, 'invalid openid');
      if (Buffer.byteLength(content) > 2500 * 4) return fail(87014, 'risky content');
      const rule = this.rules.text?.find((candidate) => content.includes(candidate.contains));
      const suggest = rule?.suggest ?? 'pass';
      const label = rule?.label ?? 100;
      return ok({
        trace_id: randomUUID(),
        result: { suggest, label },
        detail: [{ strategy: 'content_model', errcode: 0, suggest, label, prob: rule ? 90 : 0 }],
      });
    },

    'wxa/media_check_async': (request) => {
      const url = text(request.media_url);
      if (!url) return fail(47001, 'data format error');
      if (request.media_type !== 1 && request.media_type !== 2) return fail(47003, 'argument invalid! media_type');
      if (request.version !== 2) return fail(47003, 'argument invalid! version');
      const openid = text(request.openid);
      if (!openid) return fail(40003, 'invalid openid');
      const traceId = randomUUID();
      const rule = this.rules.media?.find((candidate) => url.includes(candidate.urlContains));
      const suggest = rule?.suggest ?? 'pass';
      const label = rule?.label ?? 100;
      const event: MediaCheckEvent = {
        ToUserName: 'gh_local',
        FromUserName: openid,
        CreateTime: Math.floor(this.clock.nowMs() / 1000),
        MsgType: 'event',
        Event: 'wxa_media_check',
        appid: this.appid,
        trace_id: traceId,
        version: 2,
        detail: [{ strategy: 'content_model', errcode: 0, suggest, label, prob: rule ? 90 : 0 }],
        errcode: 0,
        errmsg: 'ok',
        result: { suggest, label },
      };
      // As on the platform the verdict is not in the answer: it arrives later as a pushed event.
      const timer = setTimeout(() => void this.deliver(traceId), this.rules.mediaVerdictDelayMs ?? 500);
      timer.unref();
      this.pendingVerdicts.set(traceId, { event, timer });
      return ok({ trace_id: traceId });
    },

    'wxa/getuserriskrank': (request) => {
      const openid = text(request.openid);
      if (!openid) return fail(40003, 'invalid openid');
      if (typeof request.scene !== 'number' || ![0, 1].includes(request.scene)) {
        return fail(47003, 'argument invalid! scene');
      }
      const rank = this.rules.riskRank?.[openid] ?? 0;
      return ok({ risk_rank: rank, unoin_id: 0 }, 'getuserriskrank succ');
    },

    'wxa/getwxacodeunlimit': async (request) => {
      const scene = typeof request.scene === 'string' ? request.scene : '';
      // WeChat allows at most 32 visible characters from a fixed set in `scene`.
      if (!scene || scene.length > 32 || !/^[\x21-\x7e]+$/.test(scene))
        return fail(40169, 'invalid length for scene');
      const page = typeof request.page === 'string' ? request.page : 'pages/home/index';
      if (page.startsWith('/')) return fail(41030, 'invalid page');
      const width = typeof request.width === 'number' ? Math.min(Math.max(request.width, 280), 1280) : 430;
      // The real code is WeChat's round "sun code"; locally a QR code of the same page and scene stands in. The
      // same request always draws the same image, so it is drawn once (drawing is slow on the server's thread).
      const key = `${page}?scene=${encodeURIComponent(scene)}|${width}`;
      let png = this.codes.get(key);
      if (!png) {
        png = (await QRCode.toBuffer(`${page}?scene=${encodeURIComponent(scene)}`, { width, margin: 2 })).toString(
          'base64',
        );
        if (this.codes.size > 500) this.codes.clear();
        this.codes.set(key, png);
      }
      return ok({ contentType: 'image/png', buffer: png });
    },
  };

  /** Delivers every media verdict still waiting, now (tests need not sleep). */
  async flushVerdicts(): Promise<void> {
    await Promise.all([...this.pendingVerdicts.keys()].map((traceId) => this.deliver(traceId)));
  }

  private async deliver(traceId: string): Promise<void> {
    const pending = this.pendingVerdicts.get(traceId);
    if (!pending) return;
    this.pendingVerdicts.delete(traceId);
    clearTimeout(pending.timer);
    if (!this.options.deliver) {
      this.options.log?.(`[wechat] media verdict ${traceId} dropped: no message-push function is configured`);
      return;
    }
    try {
      await this.options.deliver(pending.event);
    } catch (error) {
      this.options.log?.(`[wechat] media verdict ${traceId} failed to deliver: ${(error as Error).message}`);
    }
  }

  close(): void {
    for (const { timer } of this.pendingVerdicts.values()) clearTimeout(timer);
    this.pendingVerdicts.clear();
  }
}
