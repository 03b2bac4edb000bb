// Casting a vote and reading what is left of the voter's day. A vote costs a constant number of database operations
// whatever has been cast before (see the function's index for the three steps).
import type { voteContract } from '../../../src/shared/contracts/vote';
import { picksPerVote } from '../../../src/shared/selection/daily-quota';
import { beijingDay } from '../../../src/shared/time/beijing';
import { AppError } from '../../../server/kit/app-error';
import { isDuplicateWrite } from '../../../server/kit/db';
import { reservedBallot, voterDays, type VoterDayRecord } from '../../../server/selection/voter-days';
import type { GuardedHandlers } from '../../../server/kit/guarded-function';
import { rateLimit, riskRank, voterKey, weightOf } from './voter';
import { openCampaign, requireVotingOpen } from './voting-window';
import { readDay, storeVotes, today } from './ballot-box';

export const voteHandlers = {
  cast: async ({ campaignId, candidateIds, requestId }, ctx) => {
    const snapshot = await openCampaign(ctx, campaignId);
    requireVotingOpen(snapshot, ctx.now);
    const { rules } = snapshot.campaign;
    const picks = picksPerVote(rules.ballotSize);
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
          ballots: _.push([{ requestId, candidateIds }]),
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
          ballots: [],
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
        // its votes (a timeout), store and tally them now; otherwise count nothing. Only the very ballot that was
        // reserved: the same id with other picks is another ballot the quota has not paid for.
        if (!reservedBallot(current, requestId, candidateIds)) {
          throw new AppError('CONFLICT', '这次投票的请求编号已用于另一张选票，请刷新后重新投票', 'requestId');
        }
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
} satisfies GuardedHandlers<typeof voteContract>;
