// Cloud function `vote`: the public's votes, the hot path of a selection. A vote costs a constant number of
// database operations whatever has been cast before: reserve the quota on the voter's day record in one atomic
// conditional update (which also refuses a second vote for a candidate that day and recognises a retried request),
// store the vote(s) in one insert, and add to each candidate's tally. Nothing counts or scans on this path.
import { createHash } from 'node:crypto';
import * as tcb from '@cloudbase/node-sdk';
import { voteContract } from '../../../src/shared/contracts/vote';
import { stageLabels } from '../../../src/shared/selection/stages';
import { beijingDay } from '../../../src/shared/time/beijing';
import { AppError } from '../../../server/kit/app-error';
import { createGuardedFunction, type GuardedContext } from '../../../server/kit/guarded-function';
import { isDuplicateWrite, type Db } from '../../../server/kit/db';
import { campaignSnapshot, type CampaignSnapshot } from '../../../server/selection/campaign-cache';
import { candidates } from '../../../server/selection/candidates';
import { voterDays, type VoterDayRecord } from '../../../server/selection/voter-days';
import { votes as votesCollection, type VoteRecord } from '../../../server/selection/votes';

/** Vote requests an account may send a minute (refused ones included), per function instance. */
const REQUESTS_PER_MINUTE = 30;
const recent = new Map<string, number[]>();

function rateLimit(key: string, now: number): void {
  const times = (recent.get(key) ?? []).filter((t) => now - t < 60_000);
  if (times.length >= REQUESTS_PER_MINUTE) throw new AppError('RATE_LIMITED', '操作太频繁，请稍后再试');
  times.push(now);
  recent.set(key, times);
  if (recent.size > 50_000) recent.clear(); // bounded memory on a long-lived instance
}

function voterKey(snapshot: CampaignSnapshot, openid: string): string {
  return createHash('sha256').update(`${snapshot.campaign.voterSalt}:${openid}`).digest('hex').slice(0, 32);
}

async function openCampaign(ctx: GuardedContext, campaignId: string): Promise<CampaignSnapshot> {
  const snapshot = await campaignSnapshot(ctx.db, campaignId, ctx.now.getTime());
  if (!snapshot || snapshot.campaign.stage === 'draft') {
    throw new AppError('NOT_FOUND', '没有找到这个评选活动', 'campaignId');
  }
  return snapshot;
}

function requireVotingOpen({ campaign }: CampaignSnapshot, now: Date): void {
  const opens = campaign.schedule.voting.getTime();
  const closes = campaign.schedule.scoring.getTime();
  if (campaign.stage !== 'voting' || now.getTime() < opens || now.getTime() >= closes) {
    const when = now.getTime() < opens || campaign.stage !== 'voting' ? '投票还没有开始' : '投票已经结束';
    throw new AppError('CONFLICT', `${when}（当前阶段：${stageLabels[campaign.stage]}）`);
  }
}

/**
 * WeChat's risk rank for the voter (0–4), asked once per voter per day when their day record is made. A failure
 * of the API counts the voter as rank 0 rather than refusing an honest vote.
 */
async function riskRank(ctx: GuardedContext, openid: string): Promise<number> {
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
function weightOf({ campaign }: CampaignSnapshot, rank: number): number {
  if (rank >= 4) return 0;
  return campaign.rules.riskWeights[rank] ?? 1;
}

function today(snapshot: CampaignSnapshot, day: Pick<VoterDayRecord, 'used' | 'candidates'> | undefined) {
  const quota = snapshot.campaign.rules.votesPerDay;
  return {
    quota,
    remaining: Math.max(0, quota - (day?.used ?? 0)),
    votedFor: day?.candidates ?? [],
    ballotSize: snapshot.campaign.rules.ballotSize,
  };
}

function readDay(db: Db, dayId: string): Promise<VoterDayRecord | undefined> {
  return voterDays.byId(db, dayId);
}

/**
 * Stores a reserved request's votes in one insert and adds them to the tallies. `onlyMissing` (a retry) first looks
 * for the votes by their ids and stores only those the first attempt did not.
 */
async function storeVotes(
  ctx: GuardedContext,
  snapshot: CampaignSnapshot,
  record: VoterDayRecord,
  candidateIds: string[],
  requestId: string,
  onlyMissing: boolean,
): Promise<void> {
  const _ = ctx.db.command;
  let wanted = candidateIds;
  if (onlyMissing) {
    const ids = candidateIds.map((candidateId) => `${record._id}.${candidateId}`);
    const { data } = (await votesCollection
      .of(ctx.db)
      .where({ _id: _.in(ids) })
      .get()) as { data: VoteRecord[] };
    const stored = new Set(data.map((vote) => vote.candidateId));
    wanted = candidateIds.filter((id) => !stored.has(id));
    if (wanted.length === 0) return;
  }
  const votes: VoteRecord[] = wanted.map((candidateId) => ({
    _id: `${record._id}.${candidateId}`,
    campaignId: record.campaignId,
    candidateId,
    categoryId: snapshot.candidates.get(candidateId)!.categoryId,
    voter: record.voter,
    day: record.day,
    at: ctx.now,
    requestId,
    riskRank: record.riskRank,
    weight: record.weight,
    counted: record.weight > 0,
  }));
  try {
    await votesCollection.of(ctx.db).add(votes);
  } catch (error) {
    // The same request, retried while the first attempt was still running, stored them first (and tallies them):
    // a vote is tallied only by the attempt whose insert succeeded, so it is never counted twice.
    if (isDuplicateWrite(error)) return;
    throw error;
  }
  if (record.weight > 0) {
    await Promise.all(
      wanted.map((id) =>
        candidates
          .of(ctx.db)
          .doc(id)
          .update({ votes: _.inc(1), weighted: _.inc(record.weight) }),
      ),
    );
  }
}

export const main = createGuardedFunction(
  voteContract,
  {
    cast: async ({ campaignId, candidateIds, requestId }, ctx) => {
      const snapshot = await openCampaign(ctx, campaignId);
      requireVotingOpen(snapshot, ctx.now);
      const { rules } = snapshot.campaign;
      const picks = rules.ballotSize ?? 1;
      if (candidateIds.length !== picks) {
        const message = picks === 1 ? '每次投一票' : `每张选票须选择${picks}位候选人`;
        throw new AppError('INVALID_INPUT', message, 'candidateIds');
      }
      for (const id of candidateIds) {
        if (!snapshot.candidates.has(id)) throw new AppError('NOT_FOUND', '没有找到这位候选人', 'candidateIds');
      }
      const openid = ctx.caller.openid;
      rateLimit(`${campaignId}:${openid}`, ctx.now.getTime());
      const voter = voterKey(snapshot, openid);
      const day = beijingDay(ctx.now);
      const dayId = `${campaignId}.${day}.${voter}`;
      const _ = ctx.db.command;
      const days = voterDays.of(ctx.db);

      // One atomic step: room in today's quota, none of these candidates voted for today, this request not seen.
      const reserve = () =>
        days
          .where({
            _id: dayId,
            used: _.lte(rules.votesPerDay - picks),
            candidates: _.nin(candidateIds),
            requests: _.nin([requestId]),
          })
          .updateAndReturn({
            used: _.inc(picks),
            candidates: _.push(candidateIds),
            requests: _.push([requestId]),
            lastAt: ctx.now,
          }) as Promise<{ updated: number; doc: VoterDayRecord | null }>;

      let reserved = await reserve();
      for (let attempt = 0; reserved.updated !== 1 && attempt < 3; attempt++) {
        const current = await readDay(ctx.db, dayId);
        if (!current) {
          // The voter's first vote today: their risk rank is asked now, once for the day.
          const rank = await riskRank(ctx, openid);
          const fresh: VoterDayRecord = {
            _id: dayId,
            campaignId,
            voter,
            day,
            used: 0,
            candidates: [],
            requests: [],
            riskRank: rank,
            weight: weightOf(snapshot, rank),
            createdAt: ctx.now,
            lastAt: ctx.now,
          };
          // Two first taps at once: one creates the record; the other's insert is refused and it goes on.
          await days.add(fresh).catch((error: { code?: string }) => {
            if (!isDuplicateWrite(error)) throw error;
          });
        } else if (current.requests.includes(requestId)) {
          // A retry of a request whose quota was taken: answer it again. If the first attempt died before storing
          // its votes (a timeout), store and tally them now; otherwise count nothing.
          await storeVotes(ctx, snapshot, current, candidateIds, requestId, true);
          return { accepted: true as const, ...today(snapshot, current) };
        } else if (candidateIds.some((id) => current.candidates.includes(id))) {
          throw new AppError('CONFLICT', '今天已经给这位候选人投过票了，明天再来吧', 'candidateIds');
        } else if (current.used + picks > rules.votesPerDay) {
          throw new AppError('CONFLICT', `今天的${rules.votesPerDay}票已经投完了，明天再来吧`);
        }
        // Otherwise another request changed the record between the two steps: try again.
        reserved = await reserve();
      }
      const record = reserved.doc;
      if (reserved.updated !== 1 || !record) throw new AppError('CONFLICT', '投票人数较多，请稍后再试');

      await storeVotes(ctx, snapshot, record, candidateIds, requestId, false);
      return { accepted: true as const, ...today(snapshot, record) };
    },

    today: async ({ campaignId }, ctx) => {
      const snapshot = await openCampaign(ctx, campaignId);
      const voter = voterKey(snapshot, ctx.caller.openid);
      return today(snapshot, await readDay(ctx.db, `${campaignId}.${beijingDay(ctx.now)}.${voter}`));
    },
  },
  { anonymous: ['cast', 'today'] },
);
