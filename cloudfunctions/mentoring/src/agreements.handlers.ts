// Agreements and checks: the master proposes (and later changes) the agreement, the apprentice agrees, the master
// records checks; the pair and staff over it read the pair with its history; each side lists its pairs with what
// is due; staff over an organisation read the cadence table of its pairs from the index on the overdue instant.
import { mentoringContract } from '../../../src/shared/contracts/mentoring';
import { overdueDays } from '../../../src/shared/mentoring/agreement';
import type { GuardedHandlers } from '../../../server/kit/guarded-function';
import { nextCursor, offsetOf, PAGE } from '../../../server/kit/paging';
import { pairs, type PairRecord } from '../../../server/mentoring/agreement-records';
import {
  confirm,
  pairDetail,
  pairOrFail,
  pairSummary,
  propose,
  recordCheck,
  viewerOf,
} from '../../../server/mentoring/agreements';
import { mentoringChanged } from '../../../server/notify/senders';
import { orgOrFail } from '../../../server/people/orgs';
import { member } from './masters.handlers';

const LIST = 50;

export const agreementHandlers = {
  proposeAgreement: async (input, ctx) => {
    member(ctx);
    const pair = await pairOrFail(ctx.db, input.apprenticeshipId);
    await propose(ctx, pair, input);
    await mentoringChanged(ctx, {
      person: pair.apprentice,
      who: `${pair.masterName}师傅`,
      status: pair.agreed ? '修改协议' : '拟定协议',
      note: '请查看并同意',
    });
    return pairDetail(ctx.db, await pairOrFail(ctx.db, pair._id), 'master', ctx.now);
  },

  confirmAgreement: async ({ apprenticeshipId, version }, ctx) => {
    member(ctx);
    const pair = await pairOrFail(ctx.db, apprenticeshipId);
    await confirm(ctx, pair, version);
    await mentoringChanged(ctx, {
      person: pair.master,
      who: `徒弟${pair.apprenticeName}`,
      status: '同意协议',
      note: '协议已生效，请按约定定期检查',
    });
    return pairDetail(ctx.db, await pairOrFail(ctx.db, pair._id), 'apprentice', ctx.now);
  },

  recordCheck: async ({ apprenticeshipId, ...check }, ctx) => {
    member(ctx);
    const pair = await pairOrFail(ctx.db, apprenticeshipId);
    await recordCheck(ctx, pair, check);
    return pairDetail(ctx.db, await pairOrFail(ctx.db, pair._id), 'master', ctx.now);
  },

  apprenticeship: async ({ apprenticeshipId }, ctx) => {
    member(ctx);
    const pair = await pairOrFail(ctx.db, apprenticeshipId);
    return pairDetail(ctx.db, pair, viewerOf(ctx, pair), ctx.now);
  },

  myPairs: async (_input, ctx) => {
    const user = member(ctx);
    const [asMaster, asApprentice] = (await Promise.all(
      (['master', 'apprentice'] as const).map((side) =>
        pairs
          .of(ctx.db)
          .where({ [side]: user._id })
          .orderBy('since', 'desc')
          .limit(LIST)
          .get(),
      ),
    )) as Array<{ data: PairRecord[] }>;
    const rows = [
      ...asMaster!.data.map((pair) => pairSummary(pair, ctx.now, 'master')),
      ...asApprentice!.data.map((pair) => pairSummary(pair, ctx.now, 'apprentice')),
    ];
    // Active pairs first, the most overdue first among them; then the ended, newest first.
    rows.sort(
      (a, b) =>
        Number(b.state === 'active') - Number(a.state === 'active') ||
        b.overdueDays - a.overdueDays ||
        b.since.localeCompare(a.since),
    );
    return { rows };
  },

  cadenceTable: async ({ orgId, trade, overdueOnly, cursor }, ctx) => {
    const org = await orgOrFail(ctx.db, orgId);
    ctx.requireOver(org.path);
    const _ = ctx.db.command;
    const offset = offsetOf(cursor);
    // One walk of (orgPath, state[, trade], overdueAt): pairs with a check to come, the earliest due (most overdue)
    // first.
    const { data } = (await pairs
      .of(ctx.db)
      .where({
        orgPath: orgId,
        state: 'active',
        ...(trade ? { trade } : {}),
        overdueAt: overdueOnly ? _.lte(ctx.now) : _.gt(new Date(0)),
      })
      .orderBy('overdueAt', 'asc')
      .skip(offset)
      .limit(PAGE)
      .get()) as { data: PairRecord[] };
    return {
      rows: data.map((pair) => ({
        apprenticeshipId: pair._id,
        masterName: pair.masterName,
        apprenticeName: pair.apprenticeName,
        trade: pair.trade,
        lastCheck: pair.lastCheck ?? null,
        nextDue: pair.nextDue ?? null,
        overdueDays: overdueDays(pair.nextDue?.day ?? null, ctx.now),
      })),
      nextCursor: nextCursor(offset, data.length),
    };
  },
} satisfies Pick<
  GuardedHandlers<typeof mentoringContract>,
  'proposeAgreement' | 'confirmAgreement' | 'recordCheck' | 'apprenticeship' | 'myPairs' | 'cadenceTable'
>;
