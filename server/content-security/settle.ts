// After an owner wrote its record's holds, whatever was decided meanwhile is applied: an image verdict the push
// delivered before the record held the image (or while the record was being rewritten with its old hold), a staff
// decision taken while the record was being rewritten. Every write of holds is followed by this, so a record never
// keeps holding what its check has settled.
import type { ContentContext, ContentCheckRecord } from './checks';
import { contentChecks } from './checks';
import type { StoredHolds } from './holds';
import { applyImageCheck } from './images';
import type { ContentOwner } from './owners';

export async function settleHolds(
  ctx: ContentContext,
  owner: ContentOwner,
  ownerId: string,
  holds: StoredHolds,
): Promise<void> {
  const texts = Object.entries(holds.texts ?? {}).filter(([, hold]) => hold.state === 'review');
  const images = Object.entries(holds.images ?? {}).filter(([, hold]) => hold.state === 'checking');
  const ids = [...texts.map(([, hold]) => hold.checkId), ...images.map(([checkId]) => checkId)];
  if (ids.length === 0) return;
  const { data } = (await contentChecks
    .of(ctx.db)
    .where({ _id: ctx.db.command.in(ids) })
    .get()) as { data: ContentCheckRecord[] };
  for (const check of data) {
    if (check.status !== 'passed' && check.status !== 'refused') continue;
    if (check.kind === 'image') {
      await applyImageCheck(ctx, owner, check);
    } else if (check.decision) {
      await owner.applyTextDecision(
        ctx,
        { ownerId, field: check.field, checkId: check._id },
        { passed: check.status === 'passed', reason: check.decision.reason },
        { id: check.decision.by, name: check.decision.byName },
      );
    }
  }
}
