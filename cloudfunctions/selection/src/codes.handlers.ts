// Sharing a candidate: a poster's mini-program code carries a short code, which resolves back to the candidate.
import { codePage, PAGES } from '../../../src/shared/routes';
import { randomBytes } from 'node:crypto';
import type { selectionContract } from '../../../src/shared/contracts/selection';
import { AppError } from '../../../server/kit/app-error';
import { candidateOrFail, candidates, publicCandidateOrFail } from '../../../server/selection/candidates';
import { shortCodes } from '../../../server/selection/short-codes';
import type { GuardedHandlers } from '../../../server/kit/guarded-function';

/** The page a poster's code opens (the vote subpackage's candidate page). */
const CANDIDATE_PAGE = codePage(PAGES.vote.candidate);
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

export const codesHandlers = {
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
} satisfies Pick<GuardedHandlers<typeof selectionContract>, 'candidateCode' | 'resolveCode'>;
