// Vote integrity: brushing flags and staff acts on votes, disqualification, the recount and the exported vote log.
import type { selectionContract } from '../../../src/shared/contracts/selection';
import { countsRebuildable, votingHasOpened } from '../../../src/shared/selection/stages';
import { AppError } from '../../../server/kit/app-error';
import { nextCursor, offsetOf } from '../../../server/kit/paging';
import { readTablePage } from '../../../server/kit/table';
import { audit } from '../../../server/people/audit';
import { campaignOrFail, campaigns } from '../../../server/selection/campaigns';
import { candidateNames, candidateOrFail, candidates } from '../../../server/selection/candidates';
import { flagOrFail, flags } from '../../../server/selection/flags';
import { votes as votesCollection, type VoteRecord } from '../../../server/selection/votes';
import { uncount } from '../../../server/selection/integrity';
import { checkCounts, describeDifferences, rebuildCounts } from '../../../server/selection/count-check';
import { computeResults } from '../../../server/selection/stage-change';
import { nominationView } from './views';
import type { GuardedHandlers } from '../../../server/kit/guarded-function';
import { refuseOwnMatter } from '../../../server/kit/recusal';
import { voterHash } from '../../../server/selection/votes';

export const integrityHandlers = {
  listFlags: async ({ campaignId, status, kind, table }, ctx) => {
    const campaign = await campaignOrFail(ctx.db, campaignId);
    ctx.requireOver(campaign.orgPath);
    const query: Record<string, unknown> = { campaignId };
    if (status) query.status = status;
    if (kind) query.kind = kind;
    // Without a table query: the newest 100, as 投票监督 on a phone has always listed them.
    const page = await readTablePage(ctx.db, flags, query, {
      table: table ?? { pageSize: 100 },
      cursor: undefined,
      fields: { raisedAt: 'raisedAt', windowStart: 'windowStart' },
      defaults: { sortBy: 'raisedAt', order: 'desc' },
    });
    const data = page.rows;
    const names = await candidateNames(ctx.db, campaignId);
    return {
      flags: data.map((flag) => ({
        id: flag._id,
        candidateId: flag.candidateId,
        candidateName: names.get(flag.candidateId) ?? '',
        kind: flag.kind,
        windowStart: flag.windowStart.toISOString(),
        windowEnd: flag.windowEnd.toISOString(),
        raisedAt: flag.raisedAt.toISOString(),
        evidence: flag.evidence,
        status: flag.status,
        reason: flag.reason,
      })),
      total: page.total,
      page: page.page,
    };
  },

  voidVoter: async ({ campaignId, voter, reason }, ctx) => {
    const campaign = await campaignOrFail(ctx.db, campaignId);
    ctx.requireOver(campaign.orgPath);
    refuseOwnMatter(voterHash(campaign.voterSalt, ctx.caller.openid), voter, '作废这个账号的投票', 'voter');
    const votes = await votesCollection.readAll(ctx.db, { campaignId, voter, counted: true });
    const voided = await uncount(ctx.db, votes, ctx.actor.id, reason, ctx.now);
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'votes.voidVoter',
      orgPath: campaign.orgPath,
      target: { type: 'voter', id: voter, label: `${campaign.title} · 投票账号 ${voter.slice(0, 8)}` },
      reason,
      before: { counted: votes.length },
      after: { counted: votes.length - voided, voided },
    });
    return { voided };
  },

  zeroFlagged: async ({ flagId, reason }, ctx) => {
    const flag = await flagOrFail(ctx.db, flagId);
    const campaign = await campaignOrFail(ctx.db, flag.campaignId);
    ctx.requireOver(campaign.orgPath);
    const flagged = await candidateOrFail(ctx.db, flag.candidateId);
    refuseOwnMatter(ctx.actor.id, flagged.userId, '处理这条预警');
    const _ = ctx.db.command;
    const query: Record<string, unknown> = {
      campaignId: flag.campaignId,
      candidateId: flag.candidateId,
      counted: true,
      at: _.and([_.gte(flag.windowStart), _.lt(flag.windowEnd)]),
    };
    // A cluster flag points at the flagged new accounts only; a burst at the whole window's votes.
    const flaggedVoters = (flag.evidence.voters as string[] | undefined) ?? [];
    if (flag.kind === 'new-account-cluster') query.voter = _.in(flaggedVoters);
    const votes = await votesCollection.readAll(ctx.db, query);
    const voided = await uncount(ctx.db, votes, ctx.actor.id, reason, ctx.now);
    await flags
      .of(ctx.db)
      .doc(flagId)
      .update({ status: 'actioned', handledBy: ctx.actor.id, handledAt: ctx.now, reason });
    const names = await candidateNames(ctx.db, flag.campaignId);
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'votes.zeroFlagged',
      orgPath: campaign.orgPath,
      target: {
        type: 'flag',
        id: flagId,
        label: `${campaign.title} · ${names.get(flag.candidateId) ?? ''}`,
      },
      reason,
      before: { status: flag.status, kind: flag.kind },
      after: { status: 'actioned', voided },
    });
    return { voided };
  },

  dismissFlag: async ({ flagId, reason }, ctx) => {
    const flag = await flagOrFail(ctx.db, flagId);
    const campaign = await campaignOrFail(ctx.db, flag.campaignId);
    ctx.requireOver(campaign.orgPath);
    if (flag.status !== 'open') throw new AppError('CONFLICT', '这条预警已经处理过了');
    await flags
      .of(ctx.db)
      .doc(flagId)
      .update({ status: 'dismissed', handledBy: ctx.actor.id, handledAt: ctx.now, reason });
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'flag.dismiss',
      orgPath: campaign.orgPath,
      target: { type: 'flag', id: flagId, label: campaign.title },
      reason,
      before: { status: 'open' },
      after: { status: 'dismissed' },
    });
    return {};
  },

  disqualify: async ({ candidateId, reason }, ctx) => {
    const candidate = await candidateOrFail(ctx.db, candidateId);
    const campaign = await campaignOrFail(ctx.db, candidate.campaignId);
    ctx.requireOver(campaign.orgPath);
    refuseOwnMatter(ctx.actor.id, candidate.userId, '取消这位候选人的资格', 'candidateId');
    if (candidate.status !== 'approved') throw new AppError('CONFLICT', '只能取消已公布候选人的资格');
    if (campaign.stage === 'final') throw new AppError('CONFLICT', '评选结果已经确定，不能再取消资格');
    // Once the result is out (an objection upheld during 公示), the ranking is redone without them: their place
    // passes to the next candidate, and the votes of the others are normalised against the new top. It is worked
    // out first, so a ranking that cannot be made refuses the act before anything is written.
    const reranked =
      campaign.stage === 'result' || campaign.stage === 'publicity'
        ? await computeResults(ctx.db, campaign, ctx.now, candidateId)
        : null;
    const review = { by: ctx.actor.id, byName: ctx.actor.name, at: ctx.now, reason };
    const changed = await candidates
      .of(ctx.db)
      .where({ _id: candidateId, status: 'approved' })
      .update({ status: 'disqualified', review: ctx.db.command.set(review) });
    if (changed.updated !== 1) throw new AppError('CONFLICT', '候选人状态刚刚已被更新，请刷新后再试');
    if (reranked) await campaigns.of(ctx.db).doc(campaign._id).update({ results: reranked });
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'candidate.disqualify',
      orgPath: campaign.orgPath,
      target: { type: 'candidate', id: candidateId, label: `${candidate.name} → ${campaign.title}` },
      reason,
      before: { status: 'approved', votes: candidate.votes },
      after: { status: 'disqualified' },
    });
    return nominationView({ ...candidate, status: 'disqualified', review }, ctx);
  },

  recount: async ({ campaignId }, ctx) => {
    const campaign = await campaignOrFail(ctx.db, campaignId);
    ctx.requireOver(campaign.orgPath);
    const hold = campaign.countHold;
    return {
      ...(await checkCounts(ctx.db, campaign, ctx.now)),
      hold: hold ? { ...hold, since: hold.since.toISOString() } : null,
    };
  },

  rebuildCounts: async ({ campaignId, reason }, ctx) => {
    const campaign = await campaignOrFail(ctx.db, campaignId);
    ctx.requireOver(campaign.orgPath);
    if (!countsRebuildable(campaign.stage)) {
      throw new AppError(
        'CONFLICT',
        campaign.stage === 'final'
          ? '评选结果已经确定，不能再重算'
          : votingHasOpened(campaign.stage)
            ? '投票还在进行，票数仍在变化：请在投票结束后再按投票记录重算'
            : '投票还没有开始，没有可重算的票数',
      );
    }
    const { before, repaired, after } = await rebuildCounts(ctx.db, campaign, ctx.now);
    if (before.length === 0) throw new AppError('CONFLICT', '计票核对全部一致，无需重算');
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'counts.rebuild',
      orgPath: campaign.orgPath,
      target: { type: 'campaign', id: campaign._id, label: campaign.title },
      reason,
      before: { differences: before.length, summary: describeDifferences(before) },
      after: { repaired, remaining: after.differences.length },
    });
    return { repaired, remaining: after.differences };
  },

  exportVotes: async ({ campaignId, cursor }, ctx) => {
    const campaign = await campaignOrFail(ctx.db, campaignId);
    ctx.requireOver(campaign.orgPath);
    const offset = offsetOf(cursor);
    const { data } = (await votesCollection
      .of(ctx.db)
      .where({ campaignId })
      .orderBy('_id', 'asc')
      .skip(offset)
      .limit(1000)
      .get()) as { data: VoteRecord[] };
    const all = await candidates.readAll(ctx.db, { campaignId });
    return {
      candidates: all.map((c) => ({
        id: c._id,
        name: c.name,
        categoryId: c.categoryId,
        displayedVotes: c.votes ?? 0,
      })),
      votes: data.map((vote) => ({
        candidateId: vote.candidateId,
        voter: vote.voter,
        day: vote.day,
        at: vote.at.toISOString(),
        weight: vote.weight,
        counted: vote.counted,
      })),
      nextCursor: nextCursor(offset, data.length, 1000),
    };
  },
} satisfies Pick<
  GuardedHandlers<typeof selectionContract>,
  | 'listFlags'
  | 'voidVoter'
  | 'zeroFlagged'
  | 'dismissFlag'
  | 'disqualify'
  | 'recount'
  | 'rebuildCounts'
  | 'exportVotes'
>;
