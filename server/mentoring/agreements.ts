// Agreements and checks of a pair: who stands where to it, the views, and the writes. Every write is one
// conditional update of the apprenticeship on what it read (a proposal on the version it replaces, a confirmation on
// the version the apprentice read, an ending on `active`), and every write of the agreed terms or a check stores the
// cadence's state beside them (next due, overdue instant), so staff's table and the clock read an index.
import type {
  AgreementInput,
  AgreementView,
  CheckView,
  PairDetail,
  PairSummary,
} from '../../src/shared/contracts/mentoring';
import { decide } from '../../src/shared/people/access';
import {
  checkDateProblem,
  dueSlots,
  nextDue,
  overdueDays,
  overdueFrom,
  termStartProblem,
  type DueSlot,
  type FieldProblem,
  type Term,
  type Cadence,
} from '../../src/shared/mentoring/agreement';
import { textHold, type StoredHolds } from '../content-security/holds';
import { screenTexts } from '../content-security/text';
import { AppError } from '../kit/app-error';
import { isDuplicateWrite, type Db } from '../kit/db';
import type { GuardedContext } from '../kit/guarded-function';
import {
  apprenticeChecks,
  checkIdOf,
  pairs,
  type AgreementTerms,
  type CheckRecord,
  type PairRecord,
} from './agreement-records';

export type Viewer = 'master' | 'apprentice' | 'staff';
/** The content-check owners of a pair's texts: goals and the grade's comment, a check's notes, a plan comment. */
export type PairTextKind = 'apprenticeship' | 'apprenticeCheck' | 'mentorPlanComment';
/** A goal's hold key under the terms' `content.texts` (no dot: it is a path segment). */
export const goalHoldKey = (goalId: string) => `goal_${goalId}`;
const PAIR = 'apprenticeshipId';
const CHECKS_SHOWN = 50;

export async function pairOrFail(db: Db, id: string): Promise<PairRecord> {
  const pair = await pairs.byId(db, id);
  if (!pair) throw new AppError('NOT_FOUND', '没有找到这对师徒', PAIR);
  return pair;
}

/** How the caller stands to the pair: its master, its apprentice, staff over the master's enterprise, or refused. */
export function viewerOf(ctx: GuardedContext, pair: PairRecord): Viewer {
  const me = ctx.caller.user?._id;
  if (me === pair.master) return 'master';
  if (me === pair.apprentice) return 'apprentice';
  if (decide({ who: 'staffOver' }, ctx.caller.principal, pair.orgPath) === 'allow') return 'staff';
  throw new AppError('FORBIDDEN', '这不是你的师徒关系', PAIR);
}

/** Refuses anyone but the pair's master (a check or a proposal on someone else's agreement). */
export function requireMaster(ctx: GuardedContext, pair: PairRecord): void {
  if (ctx.caller.user?._id !== pair.master) throw new AppError('FORBIDDEN', '只有这对师徒的师傅可以操作', PAIR);
}

export function requireActive(pair: PairRecord): void {
  if (pair.state !== 'active') throw new AppError('CONFLICT', '这对师徒关系已结束', PAIR);
}

export const problemError = (problem: FieldProblem) =>
  new AppError('INVALID_INPUT', problem.message, problem.path.join('.'));

/** The cadence's state to store with agreed terms and the latest check's day. */
export function cadenceState(terms: { term: Term; cadence: Cadence }, lastCheck: string | null) {
  const due = nextDue(terms.term, terms.cadence, lastCheck);
  const at = due ? overdueFrom(due.day) : null;
  return { lastCheck, nextDue: due, overdueAt: at, remindDue: at };
}

// ----- views -----

const heldFor = (viewer: Viewer, content: StoredHolds | undefined, field: string) =>
  !!textHold(content, field) && viewer === 'apprentice';

function agreementView(terms: AgreementTerms, viewer: Viewer): AgreementView {
  return {
    version: terms.version,
    goals: terms.goals.map((goal) => {
      const held = !!textHold(terms.content, goalHoldKey(goal.goalId));
      return {
        goalId: goal.goalId,
        text: held && viewer === 'apprentice' ? '' : goal.text,
        held,
        targetDate: goal.targetDate,
      };
    }),
    term: terms.term,
    cadence: terms.cadence,
    proposedAt: terms.proposedAt.toISOString(),
    confirmedAt: terms.confirmedAt?.toISOString() ?? null,
  };
}

function checkView(check: CheckRecord, viewer: Viewer): CheckView {
  return {
    checkId: check._id,
    date: check.date,
    kind: check.kind,
    notes: heldFor(viewer, check.content, 'notes') ? '' : check.notes,
    notesHeld: !!textHold(check.content, 'notes'),
    progress: check.progress,
    recordedAt: check.recordedAt.toISOString(),
  };
}

export function pairSummary(pair: PairRecord, now: Date, viewer: Viewer = 'staff'): PairSummary {
  const ended = pair.ended ?? null;
  return {
    apprenticeshipId: pair._id,
    masterId: pair.master,
    masterName: pair.masterName,
    apprenticeId: pair.apprentice,
    apprenticeName: pair.apprenticeName,
    trade: pair.trade,
    state: pair.state,
    since: pair.since.toISOString(),
    agreement: pair.agreed ? 'agreed' : pair.proposal ? 'proposed' : 'none',
    changeWaiting: !!pair.agreed && !!pair.proposal,
    lastCheck: pair.lastCheck ?? null,
    nextDue: pair.state === 'active' ? (pair.nextDue ?? null) : null,
    overdueDays: pair.state === 'active' ? overdueDays(pair.nextDue?.day ?? null, now) : 0,
    ended: ended
      ? {
          how: ended.how,
          grade: ended.grade,
          comment: heldFor(viewer, ended.content, 'comment') ? '' : ended.comment,
          commentHeld: !!textHold(ended.content, 'comment'),
          byName: ended.byName,
          at: ended.at.toISOString(),
        }
      : null,
  };
}

/** The pair as `viewer` reads it, with its latest checks (one indexed read). */
export async function pairDetail(db: Db, pair: PairRecord, viewer: Viewer, now: Date): Promise<PairDetail> {
  const { data } = (await apprenticeChecks
    .of(db)
    .where({ apprenticeship: pair._id })
    .orderBy('n', 'desc')
    .limit(CHECKS_SHOWN)
    .get()) as { data: CheckRecord[] };
  return {
    ...pairSummary(pair, now, viewer),
    viewer,
    agreed: pair.agreed ? agreementView(pair.agreed, viewer) : null,
    proposal: pair.proposal ? agreementView(pair.proposal, viewer) : null,
    checks: data.map((check) => checkView(check, viewer)),
  };
}

// ----- writes -----

/** Screens texts others of the pair will read (risky refuses naming the field; review stores them held). */
export async function screenPairTexts(
  ctx: GuardedContext,
  owner: { kind: PairTextKind; id: string },
  texts: Array<{ field: string; holdKey: string; label: string; text: string }>,
): Promise<StoredHolds> {
  const held = await screenTexts(ctx, { owner, openid: ctx.caller.openid, purpose: 'comment' }, texts);
  return Object.keys(held).length > 0 ? { texts: held } : {};
}

/** The master proposes the agreement (or a change to the agreed one), conditional on the version they read. */
export async function propose(ctx: GuardedContext, pair: PairRecord, input: AgreementInput): Promise<void> {
  requireMaster(ctx, pair);
  requireActive(pair);
  const startProblem = termStartProblem(input.term.start, pair.since, ctx.now);
  if (startProblem) throw problemError(startProblem);
  // A goal whose text is unchanged keeps what WeChat said of it; only new or changed texts are checked again.
  const known = [...(pair.proposal?.goals ?? []), ...(pair.agreed?.goals ?? [])];
  const knownHolds = { ...pair.agreed?.content?.texts, ...pair.proposal?.content?.texts };
  const kept: NonNullable<StoredHolds['texts']> = {};
  const fresh = input.goals.flatMap((goal, index) => {
    const key = goalHoldKey(goal.goalId);
    if (known.some((old) => old.goalId === goal.goalId && old.text === goal.text)) {
      if (knownHolds[key]) kept[key] = knownHolds[key];
      return [];
    }
    return [{ field: `goals.${index}.text`, holdKey: key, label: `第${index + 1}个目标`, text: goal.text }];
  });
  const screened = await screenPairTexts(ctx, { kind: 'apprenticeship', id: pair._id }, fresh);
  const version = (pair.agreementVersion ?? 0) + 1;
  const terms: AgreementTerms = {
    version,
    goals: input.goals.map(({ goalId, text, targetDate }) => ({ goalId, text, targetDate })),
    term: input.term,
    cadence: input.cadence,
    proposedAt: ctx.now,
    proposedBy: ctx.actor.id,
    confirmedAt: null,
    content: { texts: { ...kept, ...screened.texts } },
  };
  const _ = ctx.db.command;
  const done = await pairs
    .of(ctx.db)
    .where({ _id: pair._id, state: 'active', agreementVersion: pair.agreementVersion ?? null })
    .update({ proposal: _.set(terms), agreementVersion: version, updatedAt: ctx.now });
  if (done.updated !== 1) throw new AppError('CONFLICT', '协议刚刚已有变动，请刷新后再试', PAIR);
}

/** The apprentice agrees to the version they read: it comes into force and the cadence restarts from it. */
export async function confirm(ctx: GuardedContext, pair: PairRecord, version: number): Promise<void> {
  if (ctx.caller.user?._id !== pair.apprentice) {
    throw new AppError('FORBIDDEN', '只有这对师徒的徒弟可以同意协议', PAIR);
  }
  requireActive(pair);
  const proposal = pair.proposal;
  if (!proposal) throw new AppError('CONFLICT', '没有待同意的协议', 'version');
  if (proposal.version !== version) throw new AppError('CONFLICT', '师傅刚刚修改了协议，请查看后再同意', 'version');
  const agreed: AgreementTerms = { ...proposal, confirmedAt: ctx.now };
  const _ = ctx.db.command;
  const done = await pairs
    .of(ctx.db)
    .where({ _id: pair._id, state: 'active', 'proposal.version': version, agreementVersion: version })
    .update({
      agreed: _.set(agreed),
      proposal: null,
      ...cadenceState(agreed, pair.lastCheck ?? null),
      updatedAt: ctx.now,
    });
  if (done.updated !== 1) throw new AppError('CONFLICT', '师傅刚刚修改了协议，请查看后再同意', 'version');
}

interface CheckInput {
  date: string;
  notes: string;
  progress: Array<{ goalId: string; percent: number }>;
}

/** What is wrong with a check's per-goal progress against the agreed goals: each once, none unknown. */
function progressProblem(
  goals: ReadonlyArray<{ goalId: string }>,
  progress: CheckInput['progress'],
): FieldProblem | null {
  const unknown = progress.findIndex((entry) => !goals.some((goal) => goal.goalId === entry.goalId));
  if (unknown >= 0) return { path: ['progress', unknown, 'goalId'], message: '协议中没有这个目标' };
  const ids = progress.map((entry) => entry.goalId);
  if (new Set(ids).size !== ids.length || ids.length !== goals.length) {
    return { path: ['progress'], message: '请为协议的每个目标各填写一次进度' };
  }
  return null;
}

/** The kind of a check: a review when it answers a review slot of the schedule (between the last check and it). */
function kindOf(slots: readonly DueSlot[], after: string | null, date: string): DueSlot['kind'] {
  return slots.some((slot) => slot.kind === 'review' && (after === null || slot.day > after) && slot.day <= date)
    ? 'review'
    : 'check';
}

/** The master records a check on the agreed terms; its number is its id, so racing checks never share one. */
export async function recordCheck(ctx: GuardedContext, pair: PairRecord, input: CheckInput): Promise<void> {
  requireMaster(ctx, pair);
  requireActive(pair);
  const agreed = pair.agreed;
  if (!agreed) throw new AppError('CONFLICT', '协议尚未经徒弟同意，暂不能记录检查', PAIR);
  const problem = checkDateProblem(input.date, agreed.term, ctx.now) ?? progressProblem(agreed.goals, input.progress);
  if (problem) throw problemError(problem);
  const n = (pair.checkCount ?? 0) + 1;
  const id = checkIdOf(pair._id, n);
  const content = await screenPairTexts(ctx, { kind: 'apprenticeCheck', id }, [
    { field: 'notes', holdKey: 'notes', label: '检查记录', text: input.notes },
  ]);
  const previous = pair.lastCheck ?? null;
  const record: CheckRecord = {
    _id: id,
    apprenticeship: pair._id,
    n,
    date: input.date,
    kind: kindOf(dueSlots(agreed.term, agreed.cadence), previous, input.date),
    notes: input.notes,
    progress: input.progress,
    content,
    by: ctx.actor.id,
    recordedAt: ctx.now,
  };
  try {
    await apprenticeChecks.of(ctx.db).add(record);
  } catch (error) {
    if (isDuplicateWrite(error)) throw new AppError('CONFLICT', '刚刚已有一条检查记录，请刷新后再试', PAIR);
    throw error;
  }
  const last = previous && previous > input.date ? previous : input.date;
  await pairs
    .of(ctx.db)
    .where({ _id: pair._id, state: 'active' })
    .update({ checkCount: n, ...cadenceState(agreed, last), updatedAt: ctx.now });
}
