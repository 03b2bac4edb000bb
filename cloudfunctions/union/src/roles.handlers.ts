// Roles: staff grant and revoke staff roles at organisations in their subtree and expert roles in campaigns.
import type { unionContract } from '../../../src/shared/contracts/union';
import { CAMPAIGN_STAFF_KINDS } from '../../../src/shared/people/access';
import { AppError } from '../../../server/kit/app-error';
import { audit } from '../../../server/people/audit';
import type { GuardedContext } from '../../../server/kit/guarded-function';
import { grants, type GrantRecord } from '../../../server/people/grants';
import { orgOrFail, orgsWithParents, type OrgRecord } from '../../../server/people/orgs';
import { displayName, userOrFail, type UserRecord } from '../../../server/people/users';
import { grantView } from '../../../server/people/views';
import { campaignOrFail, type CampaignRecord } from '../../../server/selection/campaigns';
import { candidates } from '../../../server/selection/candidates';
import { resultIsOut } from '../../../src/shared/selection/stages';

import type { GuardedHandlers } from '../../../server/kit/guarded-function';

/** Staff of an organisation are people inside the caller's subtree: nobody acts on strangers. */
function requireManaged(ctx: GuardedContext, user: UserRecord): void {
  ctx.require({ who: 'staffOver' }, user.orgPath.length > 0 ? user.orgPath : undefined);
}

/**
 * A campaign's panel is its organisers' to set: staff of the organising union or above it, and only until the
 * result is produced (a result is made from the panel's scores, so the panel is frozen with it).
 */
async function organisedCampaign(ctx: GuardedContext, campaignId: string): Promise<CampaignRecord> {
  const campaign = await campaignOrFail(ctx.db, campaignId);
  ctx.require({ who: 'staffOver', kinds: CAMPAIGN_STAFF_KINDS }, campaign.orgPath);
  if (resultIsOut(campaign.stage)) {
    throw new AppError('CONFLICT', '评选结果已经产生，评审专家不能再调整', 'campaignId');
  }
  return campaign;
}

export const rolesHandlers = {
  grantRole: async (input, ctx) => {
    const user = await userOrFail(ctx.db, input.userId);
    if (!user.profile) throw new AppError('CONFLICT', '对方还没有填写资料', 'userId');
    requireManaged(ctx, user);
    // Nobody widens their own powers, even within their subtree: another staff member grants them.
    if (user._id === ctx.actor.id) throw new AppError('FORBIDDEN', '不能给自己授权，请由其他管理员办理', 'userId');
    let org: OrgRecord | undefined;
    let campaignTitle: string | null = null;
    if (input.role === 'staff') {
      org = await orgOrFail(ctx.db, input.orgId);
      ctx.require({ who: 'staffOver' }, org.path);
      if (org.status !== 'active') throw new AppError('CONFLICT', '这个组织已撤销', 'orgId');
    } else {
      const campaign = await organisedCampaign(ctx, input.campaignId);
      campaignTitle = campaign.title;
      // A candidate would score their own rivals (and themselves): the panel and the nominees do not overlap.
      const nominated = await candidates.byId(ctx.db, `${campaign._id}.${user._id}`);
      if (nominated && nominated.status !== 'rejected') {
        throw new AppError('CONFLICT', '对方是本次评选的候选人，不能担任评审专家（回避）', 'userId');
      }
    }
    const id = input.role === 'staff' ? `${user._id}.staff.${org!._id}` : `${user._id}.expert.${input.campaignId}`;
    const existing = await grants.byId(ctx.db, id);
    if (existing?.active) throw new AppError('CONFLICT', '对方已有这个授权');
    const grant: GrantRecord = {
      _id: id,
      userId: user._id,
      role: input.role,
      orgId: org?._id ?? null,
      orgPath: org?.path ?? [],
      orgKind: org?.kind ?? null,
      campaignId: input.role === 'expert' ? input.campaignId : null,
      grantedBy: ctx.actor.id,
      grantedAt: ctx.now,
      active: true,
      revokedAt: null,
    };
    const { _id, ...body } = grant;
    await grants.of(ctx.db).doc(_id).set(body);
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: `grant.${input.role}`,
      orgPath: org?.path ?? user.orgPath,
      target: { type: 'user', id: user._id, label: displayName(user) },
      reason: input.reason,
      before: existing ? { active: false } : null,
      // Named as people read them: the campaign's title, never its id.
      after: { role: input.role, org: org?.name ?? null, campaign: campaignTitle },
    });
    return grantView(grant, await orgsWithParents(ctx.db, org ? [org._id] : []));
  },
  revokeRole: async ({ grantId, reason }, ctx) => {
    const grant = await grants.byId(ctx.db, grantId);
    if (!grant || !grant.active) throw new AppError('NOT_FOUND', '没有找到这个授权', 'grantId');
    const user = await userOrFail(ctx.db, grant.userId);
    // An expert grant is revoked by the campaign's organisers, wherever the expert works.
    if (grant.role === 'staff') ctx.require({ who: 'staffOver' }, grant.orgPath);
    else await organisedCampaign(ctx, grant.campaignId ?? '');
    await grants.of(ctx.db).doc(grantId).update({ active: false, revokedAt: ctx.now });
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: `revoke.${grant.role}`,
      orgPath: grant.orgPath.length > 0 ? grant.orgPath : user.orgPath,
      target: { type: 'grant', id: grantId, label: displayName(user) },
      reason,
      before: { active: true },
      after: { active: false },
    });
    return {};
  },
} satisfies Pick<GuardedHandlers<typeof unionContract>, 'grantRole' | 'revokeRole'>;
