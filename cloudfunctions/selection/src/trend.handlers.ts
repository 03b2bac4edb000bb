// 投票监督's trend: the hourly and daily series from the buckets the selection clock keeps
// (server/selection/vote-hours.ts) and the candidates' stored tallies. Nothing here reads a vote.
import type { selectionContract } from '../../../src/shared/contracts/selection';
import { votingHasOpened } from '../../../src/shared/selection/stages';
import { daysBetween } from '../../../src/shared/selection/vote-trend';
import { beijingDay } from '../../../src/shared/time/beijing';
import type { GuardedHandlers } from '../../../server/kit/guarded-function';
import { campaignOrFail } from '../../../server/selection/campaigns';
import { candidates } from '../../../server/selection/candidates';
import { voteHours } from '../../../server/selection/vote-hours';

const zero = { cast: 0, excluded: 0, voided: 0 };
type Counts = typeof zero;
const plus = (a: Counts, b: Counts): Counts => ({
  cast: a.cast + b.cast,
  excluded: a.excluded + b.excluded,
  voided: a.voided + b.voided,
});

export const trendHandlers = {
  voteTrend: async ({ campaignId, day }, ctx) => {
    const campaign = await campaignOrFail(ctx.db, campaignId);
    ctx.requireOver(campaign.orgPath);
    const buckets = votingHasOpened(campaign.stage) ? await voteHours.readAll(ctx.db, { campaignId }) : [];
    // The voting period so far: from its scheduled start (or the first vote counted, if staff opened it early) to
    // today while voting, else to its scheduled end (or the last vote counted).
    let firstDay: string | null = null;
    let lastDay: string | null = null;
    if (votingHasOpened(campaign.stage)) {
      const starts = buckets.map((bucket) => bucket.hourStart.getTime());
      const opened = Math.min(campaign.schedule.voting.getTime(), ...starts);
      const closed =
        campaign.stage === 'voting'
          ? ctx.now.getTime()
          : Math.max(Math.min(campaign.schedule.scoring.getTime() - 1, ctx.now.getTime()), ...starts);
      firstDay = beijingDay(Math.min(opened, closed));
      lastDay = beijingDay(closed);
    }
    const today = beijingDay(ctx.now);
    const chosen = day ?? (lastDay && today > lastDay ? lastDay : firstDay && today < firstDay ? firstDay : today);

    const hours = Array.from({ length: 24 }, (_, hour) => ({ hour, ...zero }));
    const perDay = new Map<string, Counts>();
    for (const bucket of buckets) {
      const counts = { cast: bucket.cast, excluded: bucket.excluded, voided: bucket.voided };
      perDay.set(bucket.day, plus(perDay.get(bucket.day) ?? zero, counts));
      if (bucket.day === chosen) hours[bucket.hour] = { hour: bucket.hour, ...counts };
    }
    const days = firstDay && lastDay ? daysBetween(firstDay, lastDay) : [];

    const list = await candidates.readAll(ctx.db, {
      campaignId,
      status: ctx.db.command.in(['approved', 'disqualified']),
    });
    const categories = new Map(campaign.categories.map((category) => [category.id, category.name]));
    return {
      day: chosen,
      firstDay,
      lastDay,
      through: campaign.voteHoursThrough?.toISOString() ?? null,
      hours,
      days: days.map((d) => ({ day: d, ...(perDay.get(d) ?? zero) })),
      candidates: list
        .map((candidate) => ({
          id: candidate._id,
          name: candidate.name,
          categoryName: categories.get(candidate.categoryId) ?? '',
          votes: candidate.votes ?? 0,
          disqualified: candidate.status === 'disqualified',
        }))
        .sort((a, b) => b.votes - a.votes || a.name.localeCompare(b.name, 'zh-CN')),
    };
  },
} satisfies Pick<GuardedHandlers<typeof selectionContract>, 'voteTrend'>;
