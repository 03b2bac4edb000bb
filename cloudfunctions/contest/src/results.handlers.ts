// Scores and results: organisers enter scores from the contest day on, publish once everyone who checked in has
// both, and may then correct a score only with a reason (audited). The published ranking is for anyone who may
// see the contest. Nobody scores their own entry (回避).
import { contestContract } from '../../../src/shared/contracts/contest';
import { contestPhase } from '../../../src/shared/contest/schedule';
import {
  contestantById,
  contestantCollection,
  scoredContestants,
  type Reader,
} from '../../../server/contest/contestants';
import { contestEntries, contestOrFail, contests, type ContestRecord } from '../../../server/contest/records';
import { requireVisible } from '../../../server/contest/registration';
import { resultsView } from '../../../server/contest/results';
import { contestTeams } from '../../../server/contest/teams';
import { AppError } from '../../../server/kit/app-error';
import type { GuardedContext, GuardedHandlers } from '../../../server/kit/guarded-function';
import { refuseOwnMatter } from '../../../server/kit/recusal';
import { audit } from '../../../server/people/audit';
import { registrationSheet, resultSheet } from '../../../server/contest/workbook';
import { teamRegistrationSheet } from '../../../server/contest/team-workbook';
import { storeExport } from '../../../server/exports/exports';
import { beijingText, buildWorkbook, type Sheet } from '../../../server/exports/workbook';

function requireScoringOpen(contest: ContestRecord, now: Date) {
  const phase = contestPhase(contest.schedule, now);
  if (phase !== 'day' && phase !== 'over') throw new AppError('CONFLICT', '比赛当天起才能录入成绩', 'contestId');
}

async function scoreSheetOf(ctx: GuardedContext, contest: ContestRecord, reader: Reader = 'staff') {
  return resultsView(contest, await scoredContestants(ctx.db, contest, reader));
}

type Line = { entryId: string; theory: number | null; practical: number | null };

/**
 * Writes each line's scores; every line must name a contestant of this contest who checked in (a team in a team
 * contest), and nobody scores a line they are in.
 */
async function writeScores(ctx: GuardedContext, contest: ContestRecord, lines: Line[]) {
  const ids = new Set<string>();
  const entries = await Promise.all(lines.map((line) => contestantById(ctx.db, contest, line.entryId)));
  lines.forEach((line, index) => {
    const entry = entries[index];
    if (!entry || entry.contestId !== contest._id) {
      throw new AppError('NOT_FOUND', '这位选手不在本场比赛中', `lines.${index}.entryId`);
    }
    if (ids.has(line.entryId)) throw new AppError('INVALID_INPUT', '同一位选手录入了两次', `lines.${index}.entryId`);
    ids.add(line.entryId);
    if (entry.state !== 'confirmed' || !entry.checkedIn) {
      throw new AppError('CONFLICT', `${entry.name}未签到，不能录入成绩`, `lines.${index}.entryId`);
    }
    const own = entry.people.includes(ctx.actor.id) ? ctx.actor.id : null;
    refuseOwnMatter(ctx.actor.id, own, '录入这位选手的成绩', `lines.${index}.entryId`);
  });
  await Promise.all(
    lines.map((line) =>
      contestantCollection(ctx.db, contest)
        .doc(line.entryId)
        .update({ scores: { theory: line.theory, practical: line.practical }, updatedAt: ctx.now }),
    ),
  );
  return entries.map((entry) => ({ entryId: entry!._id, name: entry!.name, scores: entry!.scores }));
}

export const resultHandlers = {
  scoreSheet: async ({ contestId }, ctx) => {
    const contest = await contestOrFail(ctx.db, contestId);
    ctx.requireOver(contest.orgPath);
    return scoreSheetOf(ctx, contest);
  },

  saveScores: async ({ contestId, lines }, ctx) => {
    const contest = await contestOrFail(ctx.db, contestId);
    ctx.requireOver(contest.orgPath);
    requireScoringOpen(contest, ctx.now);
    if (contest.published) throw new AppError('CONFLICT', '成绩已发布，修改须走更正并说明原因', 'contestId');
    const before = await writeScores(ctx, contest, lines);
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'contest.scores',
      orgPath: contest.orgPath,
      target: { type: 'contest', id: contestId, label: contest.title },
      before,
      after: lines,
    });
    return scoreSheetOf(ctx, contest);
  },

  publishResults: async ({ contestId }, ctx) => {
    const contest = await contestOrFail(ctx.db, contestId);
    ctx.requireOver(contest.orgPath);
    requireScoringOpen(contest, ctx.now);
    const entries = await scoredContestants(ctx.db, contest, 'staff');
    const missing = entries.filter(
      (entry) =>
        entry.state === 'confirmed' &&
        entry.checkedIn &&
        (entry.scores?.theory == null || entry.scores.practical == null),
    );
    if (missing.length > 0) {
      const names = missing
        .slice(0, 3)
        .map((entry) => entry.name)
        .join('、');
      throw new AppError(
        'CONFLICT',
        `还有${missing.length}位选手成绩未录全（${names}${missing.length > 3 ? '等' : ''}）`,
        'contestId',
      );
    }
    const done = await contests
      .of(ctx.db)
      .where({ _id: contestId, published: false })
      .update({ published: true, publishedAt: ctx.now, updatedAt: ctx.now });
    if (done.updated !== 1) throw new AppError('CONFLICT', '成绩已经发布过了', 'contestId');
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'contest.publish',
      orgPath: contest.orgPath,
      target: { type: 'contest', id: contestId, label: contest.title },
      before: { published: false },
      after: { published: true, contestants: entries.length },
    });
    return resultsView({ ...contest, published: true, publishedAt: ctx.now }, entries);
  },

  correctScore: async ({ entryId, theory, practical, reason }, ctx) => {
    // The line is a person's entry, or a team in a team contest.
    const entry = (await contestEntries.byId(ctx.db, entryId)) ?? (await contestTeams.byId(ctx.db, entryId));
    if (!entry) throw new AppError('NOT_FOUND', '没有找到这条报名', 'entryId');
    const contest = await contestOrFail(ctx.db, entry.contestId);
    ctx.requireOver(contest.orgPath);
    if (!contest.published) throw new AppError('CONFLICT', '成绩尚未发布，请直接修改', 'entryId');
    const [before] = await writeScores(ctx, contest, [{ entryId, theory, practical }]);
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'contest.correctScore',
      orgPath: contest.orgPath,
      target: { type: 'contestEntry', id: entryId, label: `${contest.title}：${before!.name}` },
      reason,
      before: before!.scores,
      after: { theory, practical },
    });
    return scoreSheetOf(ctx, contest);
  },

  exportContest: async ({ contestId, kind }, ctx) => {
    const contest = await contestOrFail(ctx.db, contestId);
    ctx.requireOver(contest.orgPath);
    const made = `导出时间：${beijingText(ctx.now)}（北京时间）`;
    const teams = contest.entry.kind === 'team';
    const listNote = `${contest.title} · 报名名单 · ${made}`;
    const sheet =
      kind === 'registrations'
        ? teams
          ? teamRegistrationSheet(contest, await contestTeams.readAll(ctx.db, { contestId }), listNote)
          : registrationSheet(contest, await contestEntries.readAll(ctx.db, { contestId }), listNote)
        : resultSheet(
            await scoreSheetOf(ctx, contest),
            `${contest.title} · ${contest.published ? '已发布成绩' : '成绩（未发布）'} · ${made}`,
            teams,
          );
    const bytes = await buildWorkbook([sheet as Sheet<unknown>], { creator: ctx.actor.name, at: ctx.now });
    const what = kind === 'registrations' ? '报名名单' : '比赛成绩';
    const stamp = beijingText(ctx.now).replace(/-/g, '').replace(' ', '-').replace(':', '');
    const stored = await storeExport(ctx, {
      kind: `contest.${kind}`,
      label: `${contest.title} · ${what}`,
      orgPath: contest.orgPath,
      subjectId: contestId,
      fileName: `${contest.title}-${what}-${stamp}.xlsx`.replace(/[\\/:*?"<>|\s]+/g, ''),
      rows: sheet.rows.length,
      // Names with (masked) phones and answers, or names with scores: personal either way, kept a day.
      personal: true,
      bytes,
    });
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'export.workbook',
      orgPath: contest.orgPath,
      target: { type: 'contest', id: contestId, label: contest.title },
      before: null,
      after: {
        export: what,
        file: stored.fileName,
        rows: stored.rows,
        personal: true,
        expiresAt: stored.expiresAt.toISOString(),
      },
    });
    return {
      fileName: stored.fileName,
      url: stored.url,
      rows: stored.rows,
      personal: stored.personal,
      expiresAt: stored.expiresAt.toISOString(),
    };
  },

  results: async ({ contestId }, ctx) => {
    const contest = await contestOrFail(ctx.db, contestId);
    const user = ctx.caller.user;
    if (!user) throw new AppError('FORBIDDEN', '请先填写个人资料');
    requireVisible(contest, user);
    if (!contest.published) throw new AppError('CONFLICT', '成绩尚未发布', 'contestId');
    return scoreSheetOf(ctx, contest, 'public');
  },
} satisfies Pick<
  GuardedHandlers<typeof contestContract>,
  'scoreSheet' | 'saveScores' | 'publishResults' | 'correctScore' | 'exportContest' | 'results'
>;
