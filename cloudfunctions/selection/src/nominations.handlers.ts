// Nominations: staff over a worker nominate them and correct a returned nomination; the organising union reviews.
import type { selectionContract } from '../../../src/shared/contracts/selection';
import { AppError } from '../../../server/kit/app-error';
import { readTablePage } from '../../../server/kit/table';
import { audit } from '../../../server/people/audit';
import { isDuplicateWrite, literalPattern } from '../../../server/kit/db';
import { orgs } from '../../../server/people/orgs';
import { userOrFail, usersByIds, type UserRecord } from '../../../server/people/users';
import { eligibilityFactsOf } from '../../../server/people/eligibility-facts';
import { NO_ELIGIBILITY_RULES } from '../../../src/shared/contest/eligibility';
import { checkNominee } from '../../../src/shared/selection/nominee-eligibility';
import {
  campaignOrFail,
  campaigns,
  takeCandidateNumber,
  type CampaignRecord,
} from '../../../server/selection/campaigns';
import { candidateOrFail, candidates, type CandidateRecord } from '../../../server/selection/candidates';
import { nominationView } from './views';
import { requireCategory, requireStage, organises } from './campaign-checks';
import { requireTextsCleared, screenNomination, settleNomination } from './nomination-content';
import { noHeldTexts } from '../../../server/content-security/holds';
import { CANDIDATE_TEXTS } from '../../../server/selection/content';
import type { GuardedHandlers } from '../../../server/kit/guarded-function';
import { refuseOwnMatter } from '../../../server/kit/recusal';
import { grants } from '../../../server/people/grants';
import { nominationReviewed } from '../../../server/notify/senders';
import { tradeText } from '../../../src/shared/people/trades';
import { tradeOf } from '../../../server/people/honours';

/** The log names a category as people read it (制造业), never by its id (k1). */
function categoryName(campaign: CampaignRecord, categoryId: string): string {
  return campaign.categories.find((category) => category.id === categoryId)?.name ?? categoryId;
}

/** Whether `user` may be nominated in `campaign`, by its eligibility rule on the nomination's last day. */
function nomineeVerdict(campaign: CampaignRecord, user: UserRecord) {
  return checkNominee(
    campaign.eligibility ?? NO_ELIGIBILITY_RULES,
    eligibilityFactsOf(user),
    campaign.schedule.review,
    campaign.eligibilityOrgs ?? {},
  );
}

export const nominationsHandlers = {
  nomineeCheck: async ({ campaignId, userIds }, ctx) => {
    const campaign = await campaignOrFail(ctx.db, campaignId);
    const found = await usersByIds(ctx.db, [...new Set(userIds)]);
    const nodes = new Set(ctx.scopeNodes());
    const verdicts = [...found.values()]
      // Only people the caller could nominate: their verdicts read the caller's own people's stored facts.
      .filter((user) => user.orgPath.some((node) => nodes.has(node)))
      .map((user) => {
        const verdict = user.orgPath.includes(campaign.orgId)
          ? nomineeVerdict(campaign, user)
          : { ok: false as const, message: `不在${campaign.orgName}的评选范围内` };
        return { userId: user._id, ok: verdict.ok, message: verdict.ok ? null : verdict.message };
      });
    return { verdicts };
  },

  nominate: async ({ campaignId, userId, ...nomination }, ctx) => {
    const campaign = await campaignOrFail(ctx.db, campaignId);
    const user = await userOrFail(ctx.db, userId);
    ctx.requireOver(user.orgPath.length > 0 ? user.orgPath : ['(none)']);
    requireStage(campaign, ['nomination'], '提名');
    requireCategory(campaign, nomination.categoryId);
    if (!user.orgPath.includes(campaign.orgId)) {
      throw new AppError('CONFLICT', `该职工不在${campaign.orgName}的评选范围内`, 'userId');
    }
    if (!user.profile) throw new AppError('CONFLICT', '该职工还没有填写资料', 'userId');
    const verdict = nomineeVerdict(campaign, user);
    if (!verdict.ok) throw new AppError('CONFLICT', `不符合提名条件：${verdict.message}`, 'userId');
    // The panel and the nominees do not overlap: an expert of this campaign would be scoring their rivals.
    if ((await grants.byId(ctx.db, `${user._id}.expert.${campaignId}`))?.active) {
      throw new AppError('CONFLICT', '该职工是本次评选的评审专家，不能被提名（回避）', 'userId');
    }
    const enterprise = user.orgId ? await orgs.byId(ctx.db, user.orgId) : undefined;
    const candidateId = `${campaignId}.${userId}`;
    // Content security before anything is stored: a risky text refuses the nomination here.
    const content = await screenNomination(ctx, candidateId, nomination);
    const candidate: CandidateRecord = {
      _id: candidateId,
      campaignId,
      categoryId: nomination.categoryId,
      userId,
      name: user.profile.realName,
      enterprise: enterprise?.name.replace(/工会$/, '') ?? '',
      // A candidate shows the trade as people read it (the label, or a 其他's own words), never its code.
      trade: tradeText(tradeOf(user)!),
      orgPath: user.orgPath,
      deeds: nomination.deeds,
      photoFileIds: nomination.photoFileIds,
      honours: nomination.honours,
      status: 'submitted',
      nominatedBy: ctx.actor.id,
      nominatedByName: ctx.actor.name,
      nominatedAt: ctx.now,
      review: null,
      votes: 0,
      weighted: 0,
      content,
    };
    try {
      await candidates.of(ctx.db).add(candidate);
    } catch (error) {
      if (isDuplicateWrite(error)) {
        throw new AppError('CONFLICT', '该职工已被提名参加本次评选', 'userId');
      }
      throw error;
    }
    await settleNomination(ctx, candidateId, content);
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'nomination.create',
      orgPath: user.orgPath,
      target: { type: 'candidate', id: candidate._id, label: `${candidate.name} → ${campaign.title}` },
      before: null,
      after: { category: categoryName(campaign, candidate.categoryId) },
    });
    return nominationView(candidate, ctx);
  },

  updateNomination: async ({ candidateId, ...nomination }, ctx) => {
    const candidate = await candidateOrFail(ctx.db, candidateId);
    ctx.requireOver(candidate.orgPath);
    const campaign = await campaignOrFail(ctx.db, candidate.campaignId);
    requireStage(campaign, ['nomination', 'review'], '修改提名');
    requireCategory(campaign, nomination.categoryId);
    if (candidate.status !== 'submitted' && candidate.status !== 'returned') {
      throw new AppError('CONFLICT', '这个提名已审核完毕，不能修改');
    }
    const content = await screenNomination(ctx, candidateId, nomination, candidate);
    const update = { ...nomination, status: 'submitted' as const, content };
    const changed = await candidates
      .of(ctx.db)
      .where({ _id: candidateId, status: candidate.status })
      .update({
        ...update,
        photoFileIds: ctx.db.command.set(update.photoFileIds),
        honours: ctx.db.command.set(update.honours),
        content: ctx.db.command.set(content),
      });
    if (changed.updated !== 1) throw new AppError('CONFLICT', '这个提名刚刚已被审核，请刷新后再试');
    await settleNomination(ctx, candidateId, content);
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'nomination.update',
      orgPath: candidate.orgPath,
      target: { type: 'candidate', id: candidateId, label: `${candidate.name} → ${campaign.title}` },
      before: { status: candidate.status, category: categoryName(campaign, candidate.categoryId) },
      after: { status: 'submitted', category: categoryName(campaign, nomination.categoryId) },
    });
    return nominationView({ ...candidate, ...update }, ctx);
  },

  listNominations: async ({ campaignId, status, categoryId, table, cursor }, ctx) => {
    const campaign = await campaignOrFail(ctx.db, campaignId);
    const _ = ctx.db.command;
    const nodes = ctx.scopeNodes();
    // The organisers see every nomination; a nominating union sees those of its own people.
    const organiser = organises(ctx, campaign);
    const query: Record<string, unknown> = { campaignId };
    if (status) query.status = status;
    if (categoryId) query.categoryId = categoryId;
    if (table?.search) query.name = literalPattern(ctx.db, table.search);
    if (!organiser) query.orgPath = _.in(nodes);
    const page = await readTablePage(ctx.db, candidates, query, {
      table,
      cursor,
      fields: { nominatedAt: 'nominatedAt', name: 'name' },
      defaults: { sortBy: 'nominatedAt', order: 'asc' },
    });
    return {
      nominations: page.rows.map((candidate) => nominationView(candidate, ctx)),
      nextCursor: page.nextCursor,
      total: page.total,
      page: page.page,
    };
  },

  returnedNominations: async (_input, ctx) => {
    const _ = ctx.db.command;
    const open = (await campaigns.readAll(ctx.db, { stage: _.in(['nomination', 'review']) })).filter(
      // The organisers returned them: correcting is the nominating union's work, not theirs.
      (campaign) => !organises(ctx, campaign),
    );
    if (open.length === 0) return { total: 0, nominations: [] };
    const returned = await candidates.readAll(ctx.db, {
      campaignId: _.in(open.map((campaign) => campaign._id)),
      status: 'returned',
      orgPath: _.in(ctx.scopeNodes()),
    });
    const titles = new Map(open.map((campaign) => [campaign._id, campaign.title]));
    return {
      total: returned.length,
      nominations: returned
        .sort((a, b) => (a.review?.at.getTime() ?? 0) - (b.review?.at.getTime() ?? 0))
        .slice(0, 20)
        .map((candidate) => ({
          id: candidate._id,
          name: candidate.name,
          campaignId: candidate.campaignId,
          campaignTitle: titles.get(candidate.campaignId) ?? '',
          reason: candidate.review?.reason ?? null,
        })),
    };
  },

  reviewNomination: async ({ candidateId, decision, reason }, ctx) => {
    const candidate = await candidateOrFail(ctx.db, candidateId);
    const campaign = await campaignOrFail(ctx.db, candidate.campaignId);
    ctx.requireOver(campaign.orgPath);
    if (candidate.nominatedBy === ctx.actor.id) throw new AppError('FORBIDDEN', '不能审核自己提交的提名');
    refuseOwnMatter(ctx.actor.id, candidate.userId, '审核这个提名');
    requireStage(campaign, ['nomination', 'review'], '审核提名');
    if (candidate.status !== 'submitted') throw new AppError('CONFLICT', '这个提名不在待审核状态');
    if (decision === 'approve') requireTextsCleared(candidate);
    const status = decision === 'approve' ? 'approved' : decision === 'reject' ? 'rejected' : 'returned';
    const review = { by: ctx.actor.id, byName: ctx.actor.name, at: ctx.now, reason: reason ?? null };
    // An approved candidate gets the campaign's next 编号 (kept from an earlier approval, should there be one).
    const number =
      decision === 'approve' ? (candidate.number ?? (await takeCandidateNumber(ctx.db, campaign._id))) : undefined;
    const changed = await candidates
      .of(ctx.db)
      .where({
        _id: candidateId,
        status: 'submitted',
        ...(decision === 'approve' ? noHeldTexts(ctx.db, Object.keys(CANDIDATE_TEXTS)) : {}),
      })
      .update({ status, review: ctx.db.command.set(review), ...(number === undefined ? {} : { number }) });
    if (changed.updated !== 1) throw new AppError('CONFLICT', '这个提名刚刚已被审核，请刷新后再试');
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: `nomination.${decision}`,
      orgPath: campaign.orgPath,
      target: { type: 'candidate', id: candidateId, label: `${candidate.name} → ${campaign.title}` },
      reason: reason ?? null,
      before: { status: 'submitted' },
      after: { status },
    });
    // The nominating staff member hears of it (a push that fails leaves the review as it is).
    await nominationReviewed(ctx, {
      nominatedBy: candidate.nominatedBy,
      campaignId: campaign._id,
      campaignTitle: campaign.title,
      candidateId,
      candidateName: candidate.name,
      decision,
      reason: reason ?? null,
    });
    return nominationView({ ...candidate, status, review, ...(number === undefined ? {} : { number }) }, ctx);
  },
} satisfies Pick<
  GuardedHandlers<typeof selectionContract>,
  'nomineeCheck' | 'nominate' | 'updateNomination' | 'listNominations' | 'returnedNominations' | 'reviewNomination'
>;
