// Telling a person something: `notify` always writes the in-app message and pushes a subscribe message where the
// person holds an unspent acceptance of that template (a fresh notice pushes first and stores the message with the
// outcome; a fixed-id one stores first, so a repeat never pushes). An acceptance is spent by one conditional decrement (two
// sends racing never spend one acceptance twice); WeChat's 43101 (no acceptance on its side) leaves it spent; any
// other failure gives it back, since WeChat did not use it. A push never fails what caused it: every error here is
// logged and swallowed, and the caller's action stands.
import type * as tcb from '@cloudbase/node-sdk';
import type { SubscribeKey } from '../../src/shared/contracts/messages';
import { isDuplicateWrite, type Db } from '../kit/db';
import { newId } from '../kit/ids';
import { templateData } from './fields';
import { messages, subscriptionId, subscriptions, type MessageRecord } from './store';
import { templateId } from './templates';

export interface NotifyContext {
  db: Db;
  app: tcb.CloudBase;
  now: Date;
}

export interface Notice {
  /** The recipient's openid. */
  to: string;
  kind: SubscribeKey;
  /** The in-app message: a title and the whole text. */
  title: string;
  body: string;
  /** The page it opens, as routes.ts writes it (leading slash, query allowed), or null. */
  page: string | null;
  /** The template's keywords (thing1, name2, time3…); values are cut to WeChat's limits. */
  fields: Record<string, string | number | Date>;
  /** A fixed id makes the notice happen at most once (a timer's reminder); default: a new one. */
  id?: string;
}

export type PushOutcome = MessageRecord['push'] | 'duplicate';

/** WeChat: the user has no acceptance of this template (never accepted, or spent). */
const REFUSED = 43101;

async function spendAcceptance(db: Db, id: string): Promise<boolean> {
  const _ = db.command;
  const spent = await subscriptions
    .of(db)
    .where({ _id: id, available: _.gt(0) })
    .update({ available: _.inc(-1) });
  return spent.updated === 1;
}

async function push(ctx: NotifyContext, notice: Notice, template: string): Promise<MessageRecord['push']> {
  const id = subscriptionId(notice.to, template);
  if (!(await spendAcceptance(ctx.db, id))) return 'none';
  let errcode: number | undefined;
  try {
    const answer = (await ctx.app.callWxOpenApi({
      apiName: 'cgi-bin/message/subscribe/send',
      requestData: {
        touser: notice.to,
        template_id: template,
        ...(notice.page ? { page: notice.page.replace(/^\//, '') } : {}),
        data: templateData(notice.fields),
        miniprogram_state: 'formal',
        lang: 'zh_CN',
      },
    })) as { result?: { errcode?: number; errmsg?: string } };
    errcode = answer.result?.errcode;
    if (errcode === 0) return 'sent';
    console.warn('subscribe send failed', notice.kind, errcode, answer.result?.errmsg);
  } catch (error) {
    console.warn('subscribe send failed', notice.kind, (error as Error).message);
  }
  if (errcode === REFUSED) return 'refused';
  // WeChat did not take the message, so the acceptance was not used: it stays for the next one.
  await subscriptions
    .of(ctx.db)
    .where({ _id: id })
    .update({ available: ctx.db.command.inc(1) })
    .catch(() => undefined);
  return 'failed';
}

/** The push, never throwing: a failure is logged and reported as the outcome. */
async function pushQuietly(ctx: NotifyContext, notice: Notice, template: string): Promise<MessageRecord['push']> {
  try {
    return await push(ctx, notice, template);
  } catch (error) {
    console.warn('subscribe push failed', notice.kind, (error as Error).message);
    return 'failed';
  }
}

/** Stores the in-app message; false when a message of that id exists (a repeat) or the write failed (logged). */
async function store(ctx: NotifyContext, record: MessageRecord): Promise<'stored' | 'duplicate' | 'failed'> {
  try {
    await messages.of(ctx.db).add(record);
    return 'stored';
  } catch (error) {
    if (isDuplicateWrite(error)) return 'duplicate';
    console.warn('message not stored', record.kind, (error as Error).message);
    return 'failed';
  }
}

/**
 * Writes the in-app message and pushes the subscribe message where one was accepted. Never throws: a failure is
 * logged and reported as the outcome.
 */
export async function notify(ctx: NotifyContext, notice: Notice): Promise<PushOutcome> {
  const template = templateId(notice.kind);
  const record: MessageRecord = {
    _id: notice.id ?? newId('m'),
    to: notice.to,
    kind: notice.kind,
    title: notice.title,
    body: notice.body,
    page: notice.page,
    read: false,
    readAt: null,
    createdAt: ctx.now,
    push: 'none',
  };
  if (notice.id === undefined) {
    // A fresh id cannot repeat: push first and store the message once with how the push went (one write fewer than
    // storing, pushing and then marking it).
    if (template) record.push = await pushQuietly(ctx, notice, template);
    const stored = await store(ctx, record);
    return stored === 'stored' ? record.push : 'failed';
  }
  // A fixed id (a timer's reminder) may be a repeat: the message is stored first, and only its first write pushes.
  const stored = await store(ctx, record);
  if (stored !== 'stored') return stored;
  if (!template) return 'none';
  const outcome = await pushQuietly(ctx, notice, template);
  if (outcome !== 'none') {
    await messages
      .of(ctx.db)
      .doc(record._id)
      .update({ push: outcome })
      .catch((error: unknown) => console.warn('push outcome not stored', notice.kind, (error as Error).message));
  }
  return outcome;
}

/** Records the acceptances a tap produced: one more message allowed per person and template. */
export async function recordAcceptance(
  db: Db,
  now: Date,
  openid: string,
  key: SubscribeKey,
  template: string,
): Promise<void> {
  const id = subscriptionId(openid, template);
  const _ = db.command;
  const more = async () =>
    (
      await subscriptions
        .of(db)
        .where({ _id: id })
        .update({ available: _.inc(1), updatedAt: now })
    ).updated === 1;
  if (await more()) return;
  try {
    await subscriptions.of(db).add({ _id: id, openid, key, templateId: template, available: 1, updatedAt: now });
  } catch (error) {
    // Another tap created it first: count this one on it.
    if (!isDuplicateWrite(error) || !(await more())) throw error;
  }
}
