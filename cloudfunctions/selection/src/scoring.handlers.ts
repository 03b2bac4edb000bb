// Expert scoring on the campaign's rubric, staff watching who has finished, and the frozen result.
import type { selectionContract } from '../../../src/shared/contracts/selection';
import { rubricPointsSchema, scoreTotal } from '../../../src/shared/selection/scores';
import { resultIsOut, stageLabels } from '../../../src/shared/selection/stages';
import { fieldErrors } from '../../../src/shared/validation/field-errors';
import { AppError } from '../../../server/kit/app-error';
import { isDuplicateWrite } from '../../../server/kit/db';
import { campaignExperts } from '../../../server/people/grants';
import { campaignOrFail, campaigns } from '../../../server/selection/campaigns';
import { candidateOrFail, candidates } from '../../../server/selection/candidates';
import { countedScores, scores, type ScoreRecord } from '../../../server/selection/scores';
import { NORMALISATION, type RankedRow } from '../../../src/shared/selection/ranking';
import { candidatePublic } from './views';
import { requireStage } from './campaign-checks';
import type { GuardedHandlers } from '../../../server/kit/guarded-function';
import { refuseOwnMatter } from '../../../server/kit/recusal';
import { scoringReminders } from '../../../server/selection/scoring-reminders';

export const scoringHandlers = {
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
      [ctx.actor.id],
    );
    const reminders = new Set(
      (await scoringReminders.readAll(ctx.db, { userId: ctx.actor.id, campaignId: _.in([...ids]) })).map(
        (reminder) => reminder.campaignId,
      ),
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
          reminderSet: reminders.has(campaign._id),
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
      campaign: {
        id: campaign._id,
        title: campaign.title,
        stage: campaign.stage,
        scoringStartsAt: campaign.schedule.scoring.toISOString(),
        rubric: campaign.rubric,
      },
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
    refuseOwnMatter(ctx.actor.id, candidate.userId, '给这位候选人评分', 'candidateId');
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
      experts.keys(),
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
} satisfies Pick<
  GuardedHandlers<typeof selectionContract>,
  'myScoring' | 'scoringSheet' | 'submitScore' | 'scoringProgress' | 'result'
>;
