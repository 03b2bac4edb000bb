// Records as answers show them: the state a record reads in (from its holds and review, one rule for the views,
// the stored `state` the staff queue filters on, and the crediting), its holds, review and history.
import type { DiaryView, EntryView, PlanView, RecordState } from '../../src/shared/contracts/activity';
import { beijingDay } from '../../src/shared/time/beijing';
import { goalReviewProblem } from '../../src/shared/tenones/year-rules';
import { holdsView, type StoredHolds } from '../content-security/holds';
import type { DiaryRecord, EntryRecord, HistoryEvent, PlanRecord } from './records';

export function recordState(record: { content: StoredHolds; review?: EntryRecord['review'] }): RecordState {
  if (record.review?.decision === 'rejected') return 'rejected';
  const texts = Object.values(record.content.texts ?? {});
  if (texts.some((hold) => hold.state === 'refused')) return 'refused';
  if (texts.length > 0) return 'held';
  if (Object.values(record.content.images ?? {}).some((hold) => hold.state === 'checking')) return 'held';
  return 'counted';
}

const historyView = (history: HistoryEvent[]) =>
  history.map((event) => ({
    action: event.action,
    byName: event.byName,
    at: event.at.toISOString(),
    note: event.note,
  }));

export function entryView(entry: EntryRecord, author: EntryView['author'] = null): EntryView {
  return {
    entryId: entry._id,
    item: entry.item,
    date: entry.date,
    title: entry.title,
    place: entry.place,
    partner: entry.partner,
    detail: entry.detail,
    photos: entry.photos,
    state: recordState(entry),
    locked: entry.review?.decision === 'accepted',
    holds: holdsView(entry.content),
    review: entry.review
      ? {
          decision: entry.review.decision,
          reason: entry.review.reason,
          byName: entry.review.byName,
          at: entry.review.at.toISOString(),
        }
      : null,
    history: historyView(entry.history),
    createdAt: entry.createdAt.toISOString(),
    updatedAt: entry.updatedAt.toISOString(),
    author,
  };
}

export function diaryView(diary: DiaryRecord, now: Date): DiaryView {
  return {
    date: diary.date,
    text: diary.text,
    photos: diary.photos,
    state: recordState(diary),
    holds: holdsView(diary.content),
    editable: diary.date === beijingDay(now),
    updatedAt: diary.updatedAt.toISOString(),
  };
}

export function planView(plan: PlanRecord, now: Date): PlanView {
  return {
    year: plan.year,
    goals: plan.goals.map((goal) => ({
      goalId: goal.goalId,
      text: goal.text,
      targetDate: goal.targetDate,
      outcome: goal.outcome,
      markedAt: goal.markedAt?.toISOString() ?? null,
      reviewable: goalReviewProblem(goal, plan.year, now) === null,
    })),
    state: recordState(plan),
    holds: holdsView(plan.content),
    updatedAt: plan.updatedAt.toISOString(),
  };
}
