// The pair texts WeChat held for review, listed for staff over the pairs (decided with decidePairText).
import { mentoringContract } from '../../../src/shared/contracts/mentoring';
import type { GuardedHandlers } from '../../../server/kit/guarded-function';
import { heldPairTexts } from '../../../server/mentoring/held-pair-list';

export const pairReviewHandlers = {
  heldPairTexts: async (_input, ctx) => ({ rows: await heldPairTexts(ctx.db, ctx.scopeNodes()) }),
} satisfies Pick<GuardedHandlers<typeof mentoringContract>, 'heldPairTexts'>;
