// Setting a campaign up and moving it through its stages (staff of the organising union), and the campaigns a staff
// member organises or may nominate into.
import { randomBytes } from 'node:crypto';
import type { selectionContract } from '../../../src/shared/contracts/selection';
import { changeableParts, changeRefusals } from '../../../src/shared/selection/campaign-changes';
import { stageLabels } from '../../../src/shared/selection/stages';
import { AppError } from '../../../server/kit/app-error';
import { audit } from '../../../server/people/audit';
import { newId } from '../../../server/kit/ids';
import { orgOrFail } from '../../../server/people/orgs';
import { settleHolds } from '../../../server/content-security/settle';
import { screenSingleImage } from '../../../server/content-security/single-image';
import { campaignOrFail, campaigns, type CampaignRecord } from '../../../server/selection/campaigns';
import { NO_ELIGIBILITY_RULES } from '../../../src/shared/contest/eligibility';
import { admittedOrgNames } from '../../../server/people/eligibility-facts';
import { campaignContent, campaignCover } from '../../../server/selection/content';
import { tallyStatuses } from '../../../server/selection/candidates';
import { advance } from '../../../server/selection/stage-change';
import { staffCampaign, staffView } from './views';
import { toSchedule, fromSchedule, checkSchedule } from './schedule';
import { organises } from './campaign-checks';
import type { GuardedHandlers } from '../../../server/kit/guarded-function';

export const campaignsHandlers = {
  createCampaign: async (input, ctx) => {
    const org = await orgOrFail(ctx.db, input.orgId);
    ctx.requireOver(org.path);
    if (org.kind !== 'city' && org.kind !== 'district') {
      throw new AppError('INVALID_INPUT', '评选活动由市总工会或区县工会组织', 'orgId');
    }
    const eligibility = input.eligibility ?? NO_ELIGIBILITY_RULES;
    const id = newId('c');
    const coverImage = input.coverImage ?? null;
    const campaign: CampaignRecord = {
      _id: id,
      title: input.title,
      description: input.description ?? '',
      coverImage,
      content: await screenSingleImage(ctx, campaignCover, id, coverImage),
      orgId: org._id,
      orgPath: org.path,
      orgName: org.name,
      categories: input.categories.map((category, i) => ({ id: `k${i + 1}`, ...category })),
      schedule: toSchedule(input.schedule),
      rules: input.rules,
      rubric: input.rubric,
      eligibility,
      eligibilityOrgs: await admittedOrgNames(ctx.db, eligibility.orgIds, 'eligibility.orgIds'),
      stage: 'draft',
      stageChangedAt: ctx.now,
      rulesFrozenAt: null,
      createdBy: ctx.actor.id,
      createdAt: ctx.now,
      voterSalt: randomBytes(16).toString('hex'),
    };
    await campaigns.of(ctx.db).add(campaign);
    // A verdict that arrived before the record was stored is applied now (the push could not find it).
    await settleHolds(ctx, campaignContent, campaign._id, campaign.content ?? {});
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'campaign.create',
      orgPath: org.path,
      target: { type: 'campaign', id: campaign._id, label: campaign.title },
      before: null,
      after: {
        title: campaign.title,
        description: campaign.description,
        coverImage: campaign.coverImage,
        categories: campaign.categories,
        rules: campaign.rules,
      },
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
    // The description and the cover change as the title does: until the result is final (`may.any` above).
    if (change.description !== undefined) {
      before.description = campaign.description ?? '';
      update.description = change.description;
    }
    if (change.coverImage !== undefined) {
      before.coverImage = campaign.coverImage ?? null;
      update.coverImage = change.coverImage;
      update.content = await screenSingleImage(ctx, campaignCover, campaignId, change.coverImage, {
        fileId: campaign.coverImage ?? null,
        content: campaign.content,
      });
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
    if (change.eligibility !== undefined) {
      if (!may.eligibility) throw new AppError('CONFLICT', changeRefusals.eligibility, 'eligibility');
      before.eligibility = campaign.eligibility ?? NO_ELIGIBILITY_RULES;
      update.eligibility = change.eligibility;
      update.eligibilityOrgs = await admittedOrgNames(ctx.db, change.eligibility.orgIds, 'eligibility.orgIds');
    }
    if (change.schedule !== undefined) {
      checkSchedule(campaign, change.schedule, ctx.now);
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
    if (update.content) await settleHolds(ctx, campaignContent, campaignId, update.content);
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
} satisfies Pick<
  GuardedHandlers<typeof selectionContract>,
  'createCampaign' | 'updateCampaign' | 'advanceStage' | 'myCampaigns' | 'staffCampaign'
>;
