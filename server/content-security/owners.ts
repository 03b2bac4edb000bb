// The registry of content owners: each module that stores user text or images registers, for its kind of record,
// how a verdict on an image and a staff decision on a held text change that record. The message-push function
// routes every media verdict through it to the module that owns the image; the decision actions use the same owner.
import type { Actor } from '../kit/actor';
import type { StoredCollection } from '../kit/db';
import type { ContentContext } from './checks';
import {
  imageStillChecking,
  imageVerdictChanges,
  textDecisionChanges,
  textStillHeld,
  type StoredHolds,
} from './holds';

export interface ImageVerdict {
  passed: boolean;
  /** Why it was refused, as the author and staff read it; null when it passed. */
  reason: string | null;
}

export interface TextDecision {
  passed: boolean;
  reason: string | null;
}

export interface ContentOwner {
  /** The kind of record it owns, as checks name it (`candidate`, `objection`, later `tenLog`, `contestEntry`…). */
  readonly kind: string;
  /**
   * Applies a verdict to the image of one check: passing shows it, refusing takes it out of what the record shows
   * (the module deletes the file afterwards). It may be called twice for one check and must change nothing the
   * second time, nor anything once the record no longer holds that image.
   */
  applyImageVerdict(
    ctx: ContentContext,
    target: { ownerId: string; checkId: string; fileId: string },
    verdict: ImageVerdict,
  ): Promise<void>;
  /** Applies a staff member's decision on a text held for review, if the record still holds it under that check. */
  applyTextDecision(
    ctx: ContentContext,
    target: { ownerId: string; field: string; checkId: string },
    decision: TextDecision,
    actor: Actor,
  ): Promise<void>;
}

export type ContentRegistry = ReadonlyMap<string, ContentOwner>;

/** The registry of the given owners; two owners of one kind are a wiring mistake. */
export function contentRegistry(owners: readonly ContentOwner[]): ContentRegistry {
  const registry = new Map<string, ContentOwner>();
  for (const owner of owners) {
    if (registry.has(owner.kind)) throw new Error(`two content owners of kind ${owner.kind}`);
    registry.set(owner.kind, owner);
  }
  return registry;
}

/**
 * The usual owner: a collection whose records keep their holds under `content` and list their images in
 * `imagesField`. `onTextRefused` adds changes of the owner's own to a refusal (an objection gets its answer).
 */
export function recordContentOwner<T extends { _id: string; content?: StoredHolds }>(options: {
  kind: string;
  collection: StoredCollection<T>;
  imagesField?: keyof T & string;
  onTextRefused?: (ctx: ContentContext, decision: TextDecision, actor: Actor) => Record<string, unknown>;
}): ContentOwner {
  const { kind, collection, imagesField, onTextRefused } = options;
  return {
    kind,
    async applyImageVerdict(ctx, target, verdict) {
      if (!imagesField) throw new Error(`content owner ${kind} keeps no images`);
      await collection
        .of(ctx.db)
        .where({ _id: target.ownerId, ...imageStillChecking(target.checkId) })
        .update(imageVerdictChanges(ctx.db, imagesField, target, verdict));
    },
    async applyTextDecision(ctx, target, decision, actor) {
      const extra = !decision.passed && onTextRefused ? onTextRefused(ctx, decision, actor) : {};
      await collection
        .of(ctx.db)
        .where({ _id: target.ownerId, ...textStillHeld(target.field, target.checkId) })
        .update({ ...textDecisionChanges(ctx.db, target.field, target.checkId, decision), ...extra });
    },
  };
}
