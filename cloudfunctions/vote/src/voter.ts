// The voter: their per-campaign hash (never their openid), a per-instance rate limit, and WeChat's risk rank that
// sets how much their votes weigh.
import * as tcb from '@cloudbase/node-sdk';
import { AppError } from '../../../server/kit/app-error';
import type { GuardedContext } from '../../../server/kit/guarded-function';
import type { CampaignSnapshot } from '../../../server/selection/campaign-cache';
import { voterHash } from '../../../server/selection/votes';

/** Vote requests an account may send a minute (refused ones included), per function instance. */
const REQUESTS_PER_MINUTE = 30;
const recent = new Map<string, number[]>();

export function rateLimit(key: string, now: number): void {
  const times = (recent.get(key) ?? []).filter((t) => now - t < 60_000);
  if (times.length >= REQUESTS_PER_MINUTE) throw new AppError('RATE_LIMITED', '操作太频繁，请稍后再试');
  times.push(now);
  recent.set(key, times);
  if (recent.size > 50_000) recent.clear(); // bounded memory on a long-lived instance
}

export function voterKey(snapshot: CampaignSnapshot, openid: string): string {
  return voterHash(snapshot.campaign.voterSalt, openid);
}

/**
 * WeChat's risk rank for the voter (0–4), asked once per voter per day when their day record is made. A failure
 * of the API counts the voter as rank 0 rather than refusing an honest vote.
 */
export async function riskRank(ctx: GuardedContext, openid: string): Promise<number> {
  const app = ctx.app;
  const { appId } = app.auth().getUserInfo();
  const clientIp = tcb.getCloudbaseContext().WX_CLIENTIP ?? '';
  try {
    const answer = (await app.callWxOpenApi({
      apiName: 'wxa/getuserriskrank',
      requestData: { appid: appId, openid, scene: 1, client_ip: clientIp },
    })) as { result?: { errcode?: number; risk_rank?: number } };
    if (answer.result?.errcode === 0 && typeof answer.result.risk_rank === 'number') return answer.result.risk_rank;
    console.warn('getuserriskrank failed', answer.result?.errcode);
  } catch (error) {
    console.warn('getuserriskrank failed', (error as Error).message);
  }
  return 0;
}

/** How much a vote of this rank counts under the campaign's policy; rank 4 never counts. */
export function weightOf({ campaign }: CampaignSnapshot, rank: number): number {
  if (rank >= 4) return 0;
  return campaign.rules.riskWeights[rank] ?? 1;
}
