// The mentoring clock's jobs, each a walk of one index on the apprenticeships, so a run reads only the pairs it has
// work for: `remindDue` (the instant a pair's next check became overdue, cleared once reminded) and
// (state, creditYear) (the year the clock last credited an active pair).
import { beijingYear, formatDateTime } from '../../../src/shared/time/beijing';
import type { TimerContext } from '../../../server/kit/timer-function';
import { pairs, type PairRecord } from '../../../server/mentoring/agreement-records';
import { creditPairYear, uncreditPair } from '../../../server/mentoring/crediting';
import { mentoringChanged } from '../../../server/notify/senders';

const BATCH = 100;
/** Batches a run takes at most (the next run takes the rest). */
const MAX_BATCHES = 20;

/** Overdue checks: both people of each pair are told once per due date (the pair is claimed by clearing `remindDue`). */
export async function overdueReminders(ctx: TimerContext): Promise<number> {
  const _ = ctx.db.command;
  let told = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const { data } = (await pairs
      .of(ctx.db)
      .where({ remindDue: _.and(_.gt(new Date(0)), _.lte(ctx.now)) })
      .limit(BATCH)
      .get()) as { data: PairRecord[] };
    for (const pair of data) {
      const claimed = await pairs
        .of(ctx.db)
        .where({ _id: pair._id, state: 'active', remindDue: pair.remindDue })
        .update({ remindDue: null });
      if (claimed.updated !== 1 || !pair.nextDue) continue;
      const due = pair.nextDue.day;
      const what = pair.nextDue.kind === 'review' ? '阶段评估' : '日常检查';
      const dueText = formatDateTime(`${due}T00:00:00+08:00`).split(' ').slice(0, 2).join(' ');
      await mentoringChanged(ctx, {
        person: pair.master,
        who: `徒弟${pair.apprenticeName}`,
        status: '检查逾期',
        note: `${what}应于${dueText}完成，请尽快记录`,
        id: `mentoring-overdue-${pair._id}-${due}-master`,
      });
      await mentoringChanged(ctx, {
        person: pair.apprentice,
        who: `${pair.masterName}师傅`,
        status: '检查逾期',
        note: `${what}应于${dueText}完成，可提醒师傅`,
        id: `mentoring-overdue-${pair._id}-${due}-apprentice`,
      });
      told += 1;
    }
    if (data.length < BATCH) break;
  }
  return told;
}

/**
 * The new Beijing year's item 6 for every active pair not yet credited for it. Granting first and then marking the
 * pair (only while active) means a pair dissolved meanwhile is found out: its grant is taken back.
 */
export async function newYearCredits(ctx: TimerContext): Promise<number> {
  const _ = ctx.db.command;
  const year = beijingYear(ctx.now);
  let credited = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const { data } = (await pairs
      .of(ctx.db)
      .where({ state: 'active', creditYear: _.neq(year) })
      .limit(BATCH)
      .get()) as { data: PairRecord[] };
    for (const pair of data) {
      const grant = await creditPairYear(ctx.db, pair, year, ctx.now);
      const marked = await pairs.of(ctx.db).where({ _id: pair._id, state: 'active' }).update({ creditYear: year });
      if (marked.updated === 1) {
        if (grant.changed) credited += 1;
        continue;
      }
      const current = await pairs.byId(ctx.db, pair._id);
      if (current?.ended?.how === 'dissolved') await uncreditPair(ctx.db, pair, '师徒关系已解除', ctx.now);
    }
    if (data.length < BATCH) break;
  }
  return credited;
}
