// Text security: every user text others will read is checked with WeChat's msgSecCheck (v2, with the author's
// openid and the scene of its purpose) before it is saved. `risky` refuses the request, naming the field, and
// nothing is stored; `review` stores the text held back from the public until a staff member decides; `pass`
// stores it as it is. A check WeChat cannot answer holds the text for a person too: it is never shown unchecked.
import type * as tcb from '@cloudbase/node-sdk';
import type { AuditTargetType } from '../../src/shared/contracts/union';
import type { Actor } from '../kit/actor';
import { AppError } from '../kit/app-error';
import { newId } from '../kit/ids';
import { audit } from '../people/audit';
import {
  contentChecks,
  labelName,
  labelOf,
  SCENES,
  type ContentContext,
  type ContentOwnerRef,
  type ContentPurpose,
  type Suggest,
  type TextCheckRecord,
} from './checks';
import type { TextHold } from './holds';
import type { ContentOwner } from './owners';

/** Whose content it is and what for: the record it belongs to, its author's openid, and why it is published. */
export interface ContentAuthor {
  owner: ContentOwnerRef;
  openid: string;
  purpose: ContentPurpose;
}

export interface TextToScreen {
  /** The input field, which a refusal names. */
  field: string;
  /** The field as users know it (主要事迹, 异议理由), which a refusal's message names. */
  label: string;
  text: string;
  /**
   * The key its hold is stored and decided under, when the field's path cannot be one (a registration answer
   * `answers.<key>` is held as `<key>`); the field itself otherwise.
   */
  holdKey?: string;
}

interface TextVerdict {
  suggest: Suggest;
  label: number | null;
  traceId: string | null;
}

const SUGGESTS: readonly string[] = ['pass', 'review', 'risky'];

async function msgSecCheck(app: tcb.CloudBase, openid: string, scene: number, content: string): Promise<TextVerdict> {
  try {
    const answer = (await app.callWxOpenApi({
      apiName: 'wxa/msg_sec_check',
      requestData: { content, version: 2, scene, openid },
    })) as {
      result?: {
        errcode?: number;
        errmsg?: string;
        trace_id?: string;
        result?: { suggest?: unknown; label?: unknown };
      };
    };
    const result = answer.result;
    // 87014: WeChat judged the content risky outright.
    if (result?.errcode === 87014) return { suggest: 'risky', label: 21000, traceId: result.trace_id ?? null };
    const suggest = result?.result?.suggest;
    if (result?.errcode === 0 && typeof suggest === 'string' && SUGGESTS.includes(suggest)) {
      return { suggest: suggest as Suggest, label: labelOf(result.result?.label), traceId: result.trace_id ?? null };
    }
    console.warn('msg_sec_check failed', result?.errcode, result?.errmsg);
  } catch (error) {
    console.warn('msg_sec_check failed', (error as Error).message);
  }
  return { suggest: 'review', label: null, traceId: null };
}

/**
 * Checks the texts of one record before it is saved. A risky text refuses the whole request with an error naming
 * its field and what WeChat found, before anything is stored. Texts held for review are recorded as checks and
 * returned as the holds to store on the record (by field); texts that pass need nothing. Empty texts are skipped.
 */
export async function screenTexts(
  ctx: ContentContext,
  author: ContentAuthor,
  texts: readonly TextToScreen[],
): Promise<Record<string, TextHold>> {
  const scene = SCENES[author.purpose];
  const checked = await Promise.all(
    texts
      .filter((item) => item.text.trim().length > 0)
      .map(async (item) => ({ item, verdict: await msgSecCheck(ctx.app, author.openid, scene, item.text) })),
  );
  const risky = checked.find(({ verdict }) => verdict.suggest === 'risky');
  if (risky) {
    throw new AppError(
      'INVALID_INPUT',
      `${risky.item.label}含有不宜发布的内容（${labelName(risky.verdict.label)}），请修改后再提交`,
      risky.item.field,
    );
  }
  const holds: Record<string, TextHold> = {};
  for (const { item, verdict } of checked) {
    if (verdict.suggest !== 'review') continue;
    const record: TextCheckRecord = {
      _id: newId('text_'),
      kind: 'text',
      owner: author.owner,
      field: item.holdKey ?? item.field,
      openid: author.openid,
      scene,
      traceId: verdict.traceId,
      label: verdict.label,
      status: 'review',
      createdAt: ctx.now,
      decision: null,
    };
    await contentChecks.of(ctx.db).add(record);
    holds[item.holdKey ?? item.field] = { state: 'review', checkId: record._id, reason: null };
  }
  return holds;
}

/**
 * A staff member's decision on a text held for review: the check records it (once: a second decision is refused),
 * the owner applies it to its record, and the audit log keeps who decided what and why. The caller has checked
 * that the actor may decide for this record.
 */
export async function decideHeldText(
  ctx: ContentContext,
  owner: ContentOwner,
  input: {
    ownerId: string;
    field: string;
    checkId: string;
    passed: boolean;
    reason: string | null;
    actor: Actor;
    audit: { orgPath: string[]; target: { type: AuditTargetType; id: string; label: string } };
  },
): Promise<void> {
  const status = input.passed ? 'passed' : 'refused';
  const decision = { by: input.actor.id, byName: input.actor.name, at: ctx.now, reason: input.reason };
  const changed = await contentChecks
    .of(ctx.db)
    .where({ _id: input.checkId, status: 'review' })
    .update({ status, decision: ctx.db.command.set(decision) });
  if (changed.updated !== 1) throw new AppError('CONFLICT', '这项内容刚刚已有人处理，请刷新后再试');
  await owner.applyTextDecision(
    ctx,
    { ownerId: input.ownerId, field: input.field, checkId: input.checkId },
    { passed: input.passed, reason: input.reason },
    input.actor,
  );
  await audit(ctx.db, input.actor, ctx.now, {
    action: input.passed ? 'content.pass' : 'content.refuse',
    orgPath: input.audit.orgPath,
    target: input.audit.target,
    reason: input.reason,
    before: { field: input.field, state: 'review' },
    after: { field: input.field, state: status },
  });
}
