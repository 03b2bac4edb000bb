// Cloud function `selection`: craftsman selection campaigns (工匠评选). City and district staff set a campaign up
// and move it through its stages; staff over a worker nominate them; the organising union's staff review the
// nominations; anyone reads the campaign and its approved candidates once the nominee list is published.
import { codePage, PAGES } from '../../../src/shared/routes';
import { createHash, randomBytes } from 'node:crypto';
import { selectionContract } from '../../../src/shared/contracts/selection';
import { isMobilePhone, maskPhone } from '../../../src/shared/people/personal-data';
import { encryptPersonal } from '../../../server/people/personal-crypto';
import type { Schedule } from '../../../src/shared/selection/rules';
import { changeableParts, changeRefusals, scheduleFixed } from '../../../src/shared/selection/campaign-changes';
import { rubricPointsSchema, scoreTotal } from '../../../src/shared/selection/scores';
import {
  isPublic,
  resultIsOut,
  scheduledStages,
  stageLabels,
  votingHasOpened,
  type Stage,
} from '../../../src/shared/selection/stages';
import { fieldErrors } from '../../../src/shared/validation/field-errors';
import { AppError } from '../../../server/kit/app-error';
import { nextCursor, offsetOf, PAGE } from '../../../server/kit/paging';
import { audit } from '../../../server/people/audit';
import { createGuardedFunction, type GuardedContext } from '../../../server/kit/guarded-function';
import type { Db } from '../../../server/kit/db';
import { isDuplicateWrite, literalPattern } from '../../../server/kit/db';
import { newId } from '../../../server/kit/ids';
import { orgOrFail, orgs } from '../../../server/people/orgs';
import { userOrFail } from '../../../server/people/users';
import { campaignExperts } from '../../../server/people/grants';
import { calendars } from '../../../server/selection/calendars';
import { campaignOrFail, campaigns, type CampaignRecord } from '../../../server/selection/campaigns';
import {
  candidateNames,
  candidateOrFail,
  candidates,
  publicCandidateOrFail,
  tallyStatuses,
  type CandidateRecord,
} from '../../../server/selection/candidates';
import { flagOrFail, flags, type FlagRecord } from '../../../server/selection/flags';
import { objectionOrFail, objections, type ObjectionRecord } from '../../../server/selection/objections';
import { countedScores, scores, type ScoreRecord } from '../../../server/selection/scores';
import { shortCodes } from '../../../server/selection/short-codes';
import { votes as votesCollection, type VoteRecord } from '../../../server/selection/votes';
import { differences, recountTallies, uncount } from '../../../server/selection/integrity';
import { advance, computeResults } from '../../../server/selection/stage-change';
import { NORMALISATION, type RankedRow } from '../../../src/shared/selection/ranking';

const toSchedule = (schedule: Schedule) =>
  Object.fromEntries(
    scheduledStages.map((stage) => [stage, new Date(schedule[stage])]),
  ) as CampaignRecord['schedule'];
const fromSchedule = (schedule: CampaignRecord['schedule']) =>
  Object.fromEntries(scheduledStages.map((stage) => [stage, schedule[stage].toISOString()])) as Schedule;

function publicView(campaign: CampaignRecord, counts: Map<string, number>) {
  return {
    id: campaign._id,
    title: campaign.title,
    org: { id: campaign.orgId, name: campaign.orgName },
    stage: campaign.stage,
    categories: campaign.categories,
    schedule: fromSchedule(campaign.schedule),
    rules: {
      votesPerDay: campaign.rules.votesPerDay,
      ballotSize: campaign.rules.ballotSize,
      countsVisibility: campaign.rules.countsVisibility,
      dailyPublishAt: campaign.rules.dailyPublishAt,
      publicWeight: campaign.rules.publicWeight,
    },
    rulesFrozen: campaign.rulesFrozenAt !== null,
    approvedCandidates: counts.get(`${campaign._id}.approved`) ?? 0,
    countsAsOf:
      campaign.rules.countsVisibility === 'daily' && campaign.countsPublishedAt
        ? campaign.countsPublishedAt.toISOString()
        : null,
    stageStartedAt: campaign.stageChangedAt.toISOString(),
    publicityEndsAt: campaign.publicityEndsAt?.toISOString() ?? null,
  };
}

/** `organiser`: whether the caller runs the campaign (else they only nominate into it). */
function staffView(campaign: CampaignRecord, counts: Map<string, number>, organiser: boolean) {
  return {
    ...publicView(campaign, counts),
    organiser,
    riskWeights: campaign.rules.riskWeights,
    rubric: campaign.rubric,
    pendingNominations: counts.get(`${campaign._id}.submitted`) ?? 0,
  };
}

/** The count the public may see now (see candidatePublicSchema.votes). */
function visibleVotes(candidate: CandidateRecord, campaign: CampaignRecord): number | null {
  if (resultIsOut(campaign.stage)) return candidate.votes;
  if (!votingHasOpened(campaign.stage)) return null;
  switch (campaign.rules.countsVisibility) {
    case 'live':
      return candidate.votes;
    case 'daily':
      return candidate.publishedVotes ?? null;
    case 'hidden':
      return null;
  }
}

function candidatePublic(candidate: CandidateRecord, votes: number | null) {
  return {
    id: candidate._id,
    campaignId: candidate.campaignId,
    categoryId: candidate.categoryId,
    name: candidate.name,
    enterprise: candidate.enterprise,
    trade: candidate.trade,
    deeds: candidate.deeds,
    photoFileIds: candidate.photoFileIds,
    honours: candidate.honours,
    votes,
  };
}

/** What organising staff see: the live count, whatever the public sees. */
function nominationView(candidate: CandidateRecord, ctx: GuardedContext) {
  return {
    ...candidatePublic(candidate, candidate.votes ?? 0),
    status: candidate.status,
    nominatedBy: candidate.nominatedByName,
    mine: candidate.nominatedBy === ctx.actor.id,
    nominatedAt: candidate.nominatedAt.toISOString(),
    review: candidate.review
      ? { by: candidate.review.byName, at: candidate.review.at.toISOString(), reason: candidate.review.reason }
      : null,
  };
}

function requireCategory(campaign: CampaignRecord, categoryId: string): void {
  if (!campaign.categories.some((category) => category.id === categoryId)) {
    throw new AppError('INVALID_INPUT', '没有这个评选类别', 'categoryId');
  }
}

function requireStage(campaign: CampaignRecord, allowed: Stage[], what: string): void {
  if (!allowed.includes(campaign.stage)) {
    throw new AppError('CONFLICT', `活动处于「${stageLabels[campaign.stage]}」阶段，不能${what}`);
  }
}

/** A schedule change may not move the start of a stage the campaign has already reached. */
function checkSchedule(campaign: CampaignRecord, schedule: Schedule): void {
  for (const stage of scheduledStages) {
    if (!scheduleFixed(campaign.stage, stage)) continue;
    if (Date.parse(schedule[stage]) !== campaign.schedule[stage].getTime()) {
      throw new AppError('CONFLICT', changeRefusals.schedule, `schedule.${stage}`);
    }
  }
}

async function staffCampaign(db: Db, campaign: CampaignRecord, organiser: boolean) {
  return staffView(campaign, await tallyStatuses(db, [campaign._id]), organiser);
}

/** Staff at a node on the campaign's organising path run it; staff below the organiser only nominate into it. */
const organises = (ctx: GuardedContext, campaign: CampaignRecord) =>
  ctx.scopeNodes().some((node) => campaign.orgPath.includes(node));

/** The objector as the campaign's salted hash of their openid: enough to show them their own objections. */
function objectorKey(campaign: CampaignRecord, openid: string): string {
  return createHash('sha256').update(`${campaign.voterSalt}:objector:${openid}`).digest('hex').slice(0, 32);
}

function maskContact(contact: string): string {
  if (isMobilePhone(contact)) return maskPhone(contact);
  const [user = '', domain = ''] = contact.split('@');
  return `${user.slice(0, 1)}***@${domain}`;
}

function objectionView(objection: ObjectionRecord & { candidateName?: string | null }) {
  return {
    id: objection._id,
    candidateId: objection.candidateId,
    candidateName: objection.candidateName ?? null,
    name: objection.name,
    contactMasked: objection.contact.masked,
    reason: objection.reason,
    createdAt: objection.createdAt.toISOString(),
    answer: objection.answer
      ? { text: objection.answer.text, by: objection.answer.byName, at: objection.answer.at.toISOString() }
      : null,
  };
}

/** The page a poster's code opens (the vote subpackage's candidate page). */
const CANDIDATE_PAGE = codePage(PAGES.vote.candidate);
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

export const main = createGuardedFunction(
  selectionContract,
  {
    createCampaign: async (input, ctx) => {
      const org = await orgOrFail(ctx.db, input.orgId);
      ctx.requireOver(org.path);
      if (org.kind !== 'city' && org.kind !== 'district') {
        throw new AppError('INVALID_INPUT', '评选活动由市总工会或区县工会组织', 'orgId');
      }
      const campaign: CampaignRecord = {
        _id: newId('c'),
        title: input.title,
        orgId: org._id,
        orgPath: org.path,
        orgName: org.name,
        categories: input.categories.map((category, i) => ({ id: `k${i + 1}`, ...category })),
        schedule: toSchedule(input.schedule),
        rules: input.rules,
        rubric: input.rubric,
        stage: 'draft',
        stageChangedAt: ctx.now,
        rulesFrozenAt: null,
        createdBy: ctx.actor.id,
        createdAt: ctx.now,
        voterSalt: randomBytes(16).toString('hex'),
      };
      await campaigns.of(ctx.db).add(campaign);
      await audit(ctx.db, ctx.actor, ctx.now, {
        action: 'campaign.create',
        orgPath: org.path,
        target: { type: 'campaign', id: campaign._id, label: campaign.title },
        before: null,
        after: { title: campaign.title, categories: campaign.categories, rules: campaign.rules },
      });
      return staffView(campaign, new Map(), true);
    },

    updateCampaign: async ({ campaignId, reason, ...change }, ctx) => {
      const campaign = await campaignOrFail(ctx.db, campaignId);
      ctx.requireOver(campaign.orgPath);
      const may = changeableParts(campaign.stage, campaign.rulesFrozenAt !== null);
      if (!may.any) throw new AppError('CONFLICT', changeRefusals.any);
      const update: Partial<CampaignRecord> = {};
      const before: Record<string, unknown> = {};
      if (change.title !== undefined) {
        before.title = campaign.title;
        update.title = change.title;
      }
      if (change.categories !== undefined) {
        if (!may.categories) throw new AppError('CONFLICT', changeRefusals.categories, 'categories');
        before.categories = campaign.categories;
        update.categories = change.categories.map((category, i) => ({ id: `k${i + 1}`, ...category }));
      }
      if (change.rules !== undefined) {
        if (!may.rules) throw new AppError('CONFLICT', changeRefusals.rules, 'rules');
        before.rules = campaign.rules;
        update.rules = change.rules;
      }
      if (change.rubric !== undefined) {
        if (!may.rubric) throw new AppError('CONFLICT', changeRefusals.rubric, 'rubric');
        before.rubric = campaign.rubric;
        update.rubric = change.rubric;
      }
      if (change.schedule !== undefined) {
        checkSchedule(campaign, change.schedule);
        before.schedule = fromSchedule(campaign.schedule);
        update.schedule = toSchedule(change.schedule);
      }
      if (Object.keys(update).length === 0) throw new AppError('INVALID_INPUT', '没有要修改的内容');
      // `set` replaces nested values whole (a shorter category list must not keep the old tail).
      const _ = ctx.db.command;
      await campaigns
        .of(ctx.db)
        .doc(campaignId)
        .update(Object.fromEntries(Object.entries(update).map(([key, value]) => [key, _.set(value)])));
      const updated = { ...campaign, ...update };
      await audit(ctx.db, ctx.actor, ctx.now, {
        action: 'campaign.update',
        orgPath: campaign.orgPath,
        target: { type: 'campaign', id: campaignId, label: updated.title },
        reason,
        before,
        after: change,
      });
      return staffCampaign(ctx.db, updated, true);
    },

    advanceStage: async ({ campaignId, from, reason }, ctx) => {
      const campaign = await campaignOrFail(ctx.db, campaignId);
      ctx.requireOver(campaign.orgPath);
      if (campaign.stage !== from) {
        throw new AppError('CONFLICT', `活动已处于「${stageLabels[campaign.stage]}」阶段，请刷新后再操作`, 'from');
      }
      const { to, update, counts } = await advance(ctx.db, campaign, ctx.now);
      await audit(ctx.db, ctx.actor, ctx.now, {
        action: 'campaign.stage',
        orgPath: campaign.orgPath,
        target: { type: 'campaign', id: campaignId, label: campaign.title },
        reason,
        before: { stage: campaign.stage },
        after: { stage: to },
      });
      return staffView({ ...campaign, ...update }, counts, true);
    },

    myCampaigns: async (_input, ctx) => {
      const nodes = ctx.scopeNodes();
      const above = ctx.caller.principal.staffAt.flatMap((grant) => grant.path);
      const _ = ctx.db.command;
      const { data } = (await campaigns
        .of(ctx.db)
        .where(_.or([{ orgId: _.in(above) }, { orgPath: _.in(nodes) }]))
        .orderBy('createdAt', 'desc')
        .limit(100)
        .get()) as { data: CampaignRecord[] };
      const counts = await tallyStatuses(
        ctx.db,
        data.map((campaign) => campaign._id),
      );
      return {
        campaigns: data.map((campaign) => staffView(campaign, counts, organises(ctx, campaign))),
      };
    },

    staffCampaign: async ({ campaignId }, ctx) => {
      const campaign = await campaignOrFail(ctx.db, campaignId);
      const above = ctx.caller.principal.staffAt.flatMap((grant) => grant.path);
      // The same campaigns myCampaigns lists: those the caller organises and those organised above them.
      const organiser = organises(ctx, campaign);
      if (!organiser && !above.includes(campaign.orgId)) {
        throw new AppError('NOT_FOUND', '没有找到这个评选活动，或你没有管理它的权限', 'campaignId');
      }
      return staffCampaign(ctx.db, campaign, organiser);
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
      const enterprise = user.orgId ? await orgs.byId(ctx.db, user.orgId) : undefined;
      const candidate: CandidateRecord = {
        _id: `${campaignId}.${userId}`,
        campaignId,
        categoryId: nomination.categoryId,
        userId,
        name: user.profile.realName,
        enterprise: enterprise?.name.replace(/工会$/, '') ?? '',
        trade: user.profile.trade,
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
      };
      try {
        await candidates.of(ctx.db).add(candidate);
      } catch (error) {
        if (isDuplicateWrite(error)) {
          throw new AppError('CONFLICT', '该职工已被提名参加本次评选', 'userId');
        }
        throw error;
      }
      await audit(ctx.db, ctx.actor, ctx.now, {
        action: 'nomination.create',
        orgPath: user.orgPath,
        target: { type: 'candidate', id: candidate._id, label: `${candidate.name} → ${campaign.title}` },
        before: null,
        after: { categoryId: candidate.categoryId },
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
      const update = { ...nomination, status: 'submitted' as const };
      const changed = await candidates
        .of(ctx.db)
        .where({ _id: candidateId, status: candidate.status })
        .update({
          ...update,
          photoFileIds: ctx.db.command.set(update.photoFileIds),
          honours: ctx.db.command.set(update.honours),
        });
      if (changed.updated !== 1) throw new AppError('CONFLICT', '这个提名刚刚已被审核，请刷新后再试');
      await audit(ctx.db, ctx.actor, ctx.now, {
        action: 'nomination.update',
        orgPath: candidate.orgPath,
        target: { type: 'candidate', id: candidateId, label: `${candidate.name} → ${campaign.title}` },
        before: { status: candidate.status, categoryId: candidate.categoryId },
        after: { status: 'submitted', categoryId: nomination.categoryId },
      });
      return nominationView({ ...candidate, ...update }, ctx);
    },

    listNominations: async ({ campaignId, status, cursor }, ctx) => {
      const campaign = await campaignOrFail(ctx.db, campaignId);
      const _ = ctx.db.command;
      const nodes = ctx.scopeNodes();
      // The organisers see every nomination; a nominating union sees those of its own people.
      const organiser = organises(ctx, campaign);
      const query: Record<string, unknown> = { campaignId };
      if (status) query.status = status;
      if (!organiser) query.orgPath = _.in(nodes);
      const offset = offsetOf(cursor);
      const { data } = (await candidates
        .of(ctx.db)
        .where(query)
        .orderBy('nominatedAt', 'asc')
        .skip(offset)
        .limit(PAGE)
        .get()) as { data: CandidateRecord[] };
      return {
        nominations: data.map((candidate) => nominationView(candidate, ctx)),
        nextCursor: nextCursor(offset, data.length),
      };
    },

    reviewNomination: async ({ candidateId, decision, reason }, ctx) => {
      const candidate = await candidateOrFail(ctx.db, candidateId);
      const campaign = await campaignOrFail(ctx.db, candidate.campaignId);
      ctx.requireOver(campaign.orgPath);
      if (candidate.nominatedBy === ctx.actor.id) throw new AppError('FORBIDDEN', '不能审核自己提交的提名');
      requireStage(campaign, ['nomination', 'review'], '审核提名');
      if (candidate.status !== 'submitted') throw new AppError('CONFLICT', '这个提名不在待审核状态');
      const status = decision === 'approve' ? 'approved' : decision === 'reject' ? 'rejected' : 'returned';
      const review = { by: ctx.actor.id, byName: ctx.actor.name, at: ctx.now, reason: reason ?? null };
      const changed = await candidates
        .of(ctx.db)
        .where({ _id: candidateId, status: 'submitted' })
        .update({ status, review: ctx.db.command.set(review) });
      if (changed.updated !== 1) throw new AppError('CONFLICT', '这个提名刚刚已被审核，请刷新后再试');
      await audit(ctx.db, ctx.actor, ctx.now, {
        action: `nomination.${decision}`,
        orgPath: campaign.orgPath,
        target: { type: 'candidate', id: candidateId, label: `${candidate.name} → ${campaign.title}` },
        reason: reason ?? null,
        before: { status: 'submitted' },
        after: { status },
      });
      return nominationView({ ...candidate, status, review }, ctx);
    },

    listFlags: async ({ campaignId, status }, ctx) => {
      const campaign = await campaignOrFail(ctx.db, campaignId);
      ctx.requireOver(campaign.orgPath);
      const query: Record<string, unknown> = { campaignId };
      if (status) query.status = status;
      const { data } = (await flags.of(ctx.db).where(query).orderBy('raisedAt', 'desc').limit(100).get()) as {
        data: FlagRecord[];
      };
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
      };
    },

    voidVoter: async ({ campaignId, voter, reason }, ctx) => {
      const campaign = await campaignOrFail(ctx.db, campaignId);
      ctx.requireOver(campaign.orgPath);
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
      const all = await candidates.readAll(ctx.db, { campaignId });
      const recounted = await recountTallies(ctx.db, campaignId);
      return {
        candidates: all.length,
        countedVotes: [...recounted.values()].reduce((sum, n) => sum + n, 0),
        differences: differences(all, recounted),
      };
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

    myScoring: async (_input, ctx) => {
      const ids = ctx.caller.principal.expertFor ?? [];
      if (ids.length === 0) return { campaigns: [] };
      const _ = ctx.db.command;
      const list = await campaigns.readAll(ctx.db, { _id: _.in([...ids]) });
      const approved = await candidates.readAll(ctx.db, {
        campaignId: _.in([...ids]),
        status: 'approved',
      });
      const mine = countedScores(
        await scores.readAll(ctx.db, {
          campaignId: _.in([...ids]),
          expertId: ctx.actor.id,
        }),
        approved.map((candidate) => candidate._id),
      );
      const countBy = (rows: Array<{ campaignId: string }>, id: string) =>
        rows.filter((row) => row.campaignId === id).length;
      return {
        campaigns: list
          .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
          .map((campaign) => ({
            id: campaign._id,
            title: campaign.title,
            orgName: campaign.orgName,
            stage: campaign.stage,
            scoringStartsAt: campaign.schedule.scoring.toISOString(),
            scoringEndsAt: campaign.schedule.result.toISOString(),
            candidates: countBy(approved, campaign._id),
            scored: countBy(mine, campaign._id),
          })),
      };
    },

    scoringSheet: async ({ campaignId }, ctx) => {
      ctx.requireExpertFor(campaignId);
      const campaign = await campaignOrFail(ctx.db, campaignId);
      const list = await candidates.readAll(ctx.db, { campaignId, status: 'approved' });
      const expertId = ctx.actor.id;
      const mine = await scores.readAll(ctx.db, { campaignId, expertId });
      const byCandidate = new Map(mine.map((score) => [score.candidateId, score]));
      return {
        campaign: { id: campaign._id, title: campaign.title, stage: campaign.stage, rubric: campaign.rubric },
        candidates: list.map((candidate) => {
          const { votes: _hidden, ...shown } = candidatePublic(candidate, null);
          const score = byCandidate.get(candidate._id);
          return {
            ...shown,
            myScore: score
              ? { points: score.points, total: score.total, submittedAt: score.submittedAt.toISOString() }
              : null,
          };
        }),
      };
    },

    submitScore: async ({ campaignId, candidateId, points }, ctx) => {
      ctx.requireExpertFor(campaignId);
      const campaign = await campaignOrFail(ctx.db, campaignId);
      requireStage(campaign, ['scoring'], '评分');
      const candidate = await candidateOrFail(ctx.db, candidateId);
      if (candidate.campaignId !== campaignId || candidate.status !== 'approved') {
        throw new AppError('NOT_FOUND', '没有找到这位候选人', 'candidateId');
      }
      // The contract checked each point; the campaign's rubric sets how many and each one's maximum.
      const [problem] = Object.entries(fieldErrors(rubricPointsSchema(campaign.rubric), points));
      if (problem) {
        const [at, message] = problem;
        throw new AppError('INVALID_INPUT', message, at ? `points.${at}` : 'points');
      }
      const score: ScoreRecord = {
        _id: `${campaignId}.${candidateId}.${ctx.actor.id}`,
        campaignId,
        candidateId,
        expertId: ctx.actor.id,
        expertName: ctx.actor.name,
        points,
        total: scoreTotal(points),
        submittedAt: ctx.now,
      };
      try {
        await scores.of(ctx.db).add(score);
      } catch (error) {
        if (isDuplicateWrite(error)) {
          throw new AppError('CONFLICT', '这位候选人的评分已经提交，不能修改');
        }
        throw error;
      }
      return { total: score.total, submittedAt: score.submittedAt.toISOString() };
    },

    scoringProgress: async ({ campaignId }, ctx) => {
      const campaign = await campaignOrFail(ctx.db, campaignId);
      ctx.requireOver(campaign.orgPath);
      const approved = await candidates.readAll(ctx.db, {
        campaignId,
        status: 'approved',
      });
      const experts = await campaignExperts(ctx.db, campaignId);
      const counted = countedScores(
        await scores.readAll(ctx.db, { campaignId }),
        approved.map((candidate) => candidate._id),
      );
      return {
        candidates: approved.length,
        experts: [...experts].map(([id, name]) => {
          const scored = counted.filter((score) => score.expertId === id).length;
          return { name, scored, finished: scored >= approved.length };
        }),
      };
    },

    result: async ({ campaignId }, ctx) => {
      const campaign = await campaignOrFail(ctx.db, campaignId);
      if (!resultIsOut(campaign.stage) || !campaign.results) {
        throw new AppError('CONFLICT', `评选结果尚未产生（当前阶段：${stageLabels[campaign.stage]}）`);
      }
      const frozen = new Map(
        campaign.results.categories.map((category) => [category.id, category.rows as RankedRow[]]),
      );
      return {
        publicWeight: campaign.rules.publicWeight,
        normalisation: NORMALISATION,
        categories: campaign.categories.map((category) => ({ ...category, rows: frozen.get(category.id) ?? [] })),
      };
    },

    calendar: async ({ year }, ctx) => {
      const found = await calendars.byId(ctx.db, String(year));
      return {
        year,
        holidays: found?.holidays ?? [],
        workdays: found?.workdays ?? [],
        updatedAt: found?.updatedAt.toISOString() ?? null,
      };
    },

    setCalendar: async ({ year, holidays, workdays, reason }, ctx) => {
      const inYear = (day: string) => day.startsWith(`${year}-`) || day.startsWith(`${year + 1}-01-`);
      if (![...holidays, ...workdays].every(inYear)) {
        throw new AppError('INVALID_INPUT', `日期须在${year}年内（或次年1月的调休日）`, 'holidays');
      }
      const before = await calendars.byId(ctx.db, String(year));
      await calendars.of(ctx.db).doc(String(year)).set({ holidays, workdays, updatedAt: ctx.now });
      await audit(ctx.db, ctx.actor, ctx.now, {
        action: 'calendar.set',
        orgPath: ctx.caller.principal.staffAt[0]?.path.slice() ?? [],
        target: { type: 'calendar', id: String(year), label: `${year}年节假日安排` },
        reason,
        before: before ? { holidays: before.holidays, workdays: before.workdays } : null,
        after: { holidays, workdays },
      });
      return {};
    },

    lodgeObjection: async ({ campaignId, candidateId, name, contact, reason }, ctx) => {
      const campaign = await campaignOrFail(ctx.db, campaignId);
      requireStage(campaign, ['publicity'], '提出异议');
      if (campaign.publicityEndsAt && ctx.now.getTime() >= campaign.publicityEndsAt.getTime()) {
        throw new AppError('CONFLICT', '公示期已经结束');
      }
      let candidateName: string | null = null;
      if (candidateId) {
        const candidate = await candidateOrFail(ctx.db, candidateId);
        if (candidate.campaignId !== campaignId) throw new AppError('NOT_FOUND', '没有找到这位候选人', 'candidateId');
        candidateName = candidate.name;
      }
      const by = objectorKey(campaign, ctx.caller.openid);
      const mine = await objections.of(ctx.db).where({ campaignId, by }).count();
      if (mine.total >= 5) throw new AppError('RATE_LIMITED', '每人对同一评选最多提出5条异议');
      const objection: ObjectionRecord = {
        _id: newId('x'),
        campaignId,
        candidateId: candidateId ?? null,
        by,
        name,
        contact: { sealed: encryptPersonal(contact), masked: maskContact(contact) },
        reason,
        createdAt: ctx.now,
        answer: null,
      };
      await objections.of(ctx.db).add({ ...objection, candidateName });
      return { id: objection._id, createdAt: ctx.now.toISOString() };
    },

    myObjections: async ({ campaignId }, ctx) => {
      const campaign = await campaignOrFail(ctx.db, campaignId);
      const list = await objections.readAll(ctx.db, {
        campaignId,
        by: objectorKey(campaign, ctx.caller.openid),
      });
      return { objections: list.map(objectionView) };
    },

    listObjections: async ({ campaignId }, ctx) => {
      const campaign = await campaignOrFail(ctx.db, campaignId);
      ctx.requireOver(campaign.orgPath);
      const list = await objections.readAll(ctx.db, {
        campaignId,
      });
      return { objections: list.map(objectionView) };
    },

    answerObjection: async ({ objectionId, answer }, ctx) => {
      const objection = await objectionOrFail(ctx.db, objectionId);
      const campaign = await campaignOrFail(ctx.db, objection.campaignId);
      ctx.requireOver(campaign.orgPath);
      if (objection.answer) throw new AppError('CONFLICT', '这条异议已经答复过了');
      const reply = { text: answer, by: ctx.actor.id, byName: ctx.actor.name, at: ctx.now };
      const changed = await objections
        .of(ctx.db)
        .where({ _id: objectionId, answer: null })
        .update({ answer: ctx.db.command.set(reply) });
      if (changed.updated !== 1) throw new AppError('CONFLICT', '这条异议刚刚已被答复');
      await audit(ctx.db, ctx.actor, ctx.now, {
        action: 'objection.answer',
        orgPath: campaign.orgPath,
        target: { type: 'objection', id: objectionId, label: `${campaign.title} · ${objection.name}的异议` },
        reason: null,
        before: { answer: null },
        after: { answer },
      });
      return objectionView({ ...objection, answer: reply });
    },

    candidateCode: async ({ candidateId }, ctx) => {
      const { candidate } = await publicCandidateOrFail(ctx.db, candidateId);
      let code = candidate.shortCode;
      if (!code) {
        const fresh = Array.from(randomBytes(8), (byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join('');
        // Only the first request gives the candidate a code: a racing second one reads the winner's.
        const set = await candidates
          .of(ctx.db)
          .where({ _id: candidateId, shortCode: ctx.db.command.exists(false) })
          .update({ shortCode: fresh });
        if (set.updated === 1) await shortCodes.of(ctx.db).doc(fresh).set({ candidateId });
        code = set.updated === 1 ? fresh : (await candidateOrFail(ctx.db, candidateId)).shortCode!;
      }
      const answer = (await ctx.app.callWxOpenApi({
        apiName: 'wxa/getwxacodeunlimit',
        requestData: { scene: `k=${code}`, page: CANDIDATE_PAGE, check_path: false, width: 430 },
      })) as { result?: { errcode?: number; errmsg?: string; contentType?: string; buffer?: string } };
      if (!answer.result?.buffer || answer.result.errcode) {
        throw new Error(`wxacode failed: ${answer.result?.errcode} ${answer.result?.errmsg}`);
      }
      return { code, codeImage: `data:${answer.result.contentType ?? 'image/png'};base64,${answer.result.buffer}` };
    },

    resolveCode: async ({ code }, ctx) => {
      const found = await shortCodes.byId(ctx.db, code);
      if (!found) throw new AppError('NOT_FOUND', '这个小程序码已失效', 'code');
      return { candidateId: found.candidateId };
    },

    campaigns: async (_input, ctx) => {
      const { data } = (await campaigns
        .of(ctx.db)
        .where({ stage: ctx.db.command.neq('draft') })
        .orderBy('createdAt', 'desc')
        .limit(50)
        .get()) as { data: CampaignRecord[] };
      const counts = await tallyStatuses(
        ctx.db,
        data.map((campaign) => campaign._id),
      );
      return { campaigns: data.map((campaign) => publicView(campaign, counts)) };
    },

    campaign: async ({ campaignId }, ctx) => {
      const campaign = await campaignOrFail(ctx.db, campaignId);
      if (campaign.stage === 'draft') throw new AppError('NOT_FOUND', '没有找到这个评选活动', 'campaignId');
      const approved = await candidates.of(ctx.db).where({ campaignId, status: 'approved' }).count();
      return publicView(campaign, new Map([[`${campaignId}.approved`, approved.total]]));
    },

    candidates: async ({ campaignId, categoryId, keyword, cursor }, ctx) => {
      const campaign = await campaignOrFail(ctx.db, campaignId);
      // Before the nominee list is published, nobody outside the review sees who was nominated.
      if (!isPublic(campaign.stage)) return { candidates: [], nextCursor: null };
      const _ = ctx.db.command;
      const query: Record<string, unknown> = { campaignId, status: 'approved' };
      if (categoryId) query.categoryId = categoryId;
      const conditions: unknown[] = [query];
      if (keyword) {
        const pattern = literalPattern(ctx.db, keyword);
        conditions.push(_.or([{ name: pattern }, { enterprise: pattern }]));
      }
      const offset = offsetOf(cursor);
      const { data } = (await candidates
        .of(ctx.db)
        .where(conditions.length === 1 ? query : _.and(conditions as never[]))
        .orderBy('name', 'asc')
        .skip(offset)
        .limit(PAGE)
        .get()) as { data: CandidateRecord[] };
      return {
        candidates: data.map((candidate) => candidatePublic(candidate, visibleVotes(candidate, campaign))),
        nextCursor: nextCursor(offset, data.length),
      };
    },

    candidate: async ({ candidateId }, ctx) => {
      const { candidate, campaign } = await publicCandidateOrFail(ctx.db, candidateId);
      return candidatePublic(candidate, visibleVotes(candidate, campaign));
    },
  },
  // The public pages never look at who is reading: no caller lookup on them.
  { anonymous: ['campaigns', 'campaign', 'candidates', 'candidate', 'result', 'candidateCode', 'resolveCode'] },
);
