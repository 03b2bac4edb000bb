// Invites: an enterprise union's code that joins a person at once, as a mini-program code to print or share.
import { codePage, PAGES } from '../../../src/shared/routes';
import { randomBytes } from 'node:crypto';
import type { unionContract } from '../../../src/shared/contracts/union';
import { AppError } from '../../../server/kit/app-error';
import { audit } from '../../../server/people/audit';
import { invites, type InviteRecord } from '../../../server/people/invites';
import { orgOrFail } from '../../../server/people/orgs';

import type { GuardedHandlers } from '../../../server/kit/guarded-function';

/** The mini-program page an invite code opens (the account subpackage's invite page). */
const INVITE_PAGE = codePage(PAGES.account.invite);

export const invitesHandlers = {
  createInvite: async ({ orgId, days }, ctx) => {
    const org = await orgOrFail(ctx.db, orgId);
    ctx.requireOver(org.path);
    if (org.kind !== 'enterprise') throw new AppError('INVALID_INPUT', '只能为企业工会生成邀请码', 'orgId');
    if (org.status !== 'active') throw new AppError('CONFLICT', '这个企业工会已撤销', 'orgId');
    // 12 letters and digits: the code's scene (`i=<token>`) must stay within WeChat's 32 characters.
    const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
    const token = Array.from(randomBytes(12), (byte) => alphabet[byte % alphabet.length]).join('');
    const expiresAt = new Date(ctx.now.getTime() + days * 86_400_000);
    const invite: InviteRecord = {
      _id: token,
      orgId,
      createdBy: ctx.actor.id,
      createdAt: ctx.now,
      expiresAt,
      uses: 0,
    };
    const { _id: inviteId, ...inviteBody } = invite;
    await invites.of(ctx.db).doc(inviteId).set(inviteBody);
    const code = (await ctx.app.callWxOpenApi({
      apiName: 'wxa/getwxacodeunlimit',
      requestData: { scene: `i=${token}`, page: INVITE_PAGE, check_path: false, width: 430 },
    })) as { result?: { errcode?: number; errmsg?: string; contentType?: string; buffer?: string } };
    if (!code.result?.buffer || code.result.errcode) {
      throw new Error(`wxacode failed: ${code.result?.errcode} ${code.result?.errmsg}`);
    }
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'invite.create',
      orgPath: org.path,
      target: { type: 'invite', id: token.slice(0, 4), label: org.name },
      before: null,
      after: { expiresAt: expiresAt.toISOString() },
    });
    return {
      token,
      expiresAt: expiresAt.toISOString(),
      codeImage: `data:${code.result.contentType ?? 'image/png'};base64,${code.result.buffer}`,
    };
  },
} satisfies Pick<GuardedHandlers<typeof unionContract>, 'createInvite'>;
