// Registering for a contest and leaving it: the rules checked before a place is taken (the window, the caller's
// unions, eligibility from stored facts, the organiser's fields as data), the booking itself (server/booking/), and
// what follows — the 十个一 item 2 credit of a confirmed entry, revoked when it is cancelled, and a message to whoever
// a freed place promotes.
import type { EntryView } from '../../src/shared/contracts/contest';
import { answersSchemaFor } from '../../src/shared/contest/custom-fields';
import { checkEligibility } from '../../src/shared/contest/eligibility';
import { cancellationOpen, registrationRefusal } from '../../src/shared/contest/schedule';
import { book, leave, waitlistPosition } from '../booking/entries';
import { creditPerson, uncreditPerson } from './crediting';
import { AppError } from '../kit/app-error';
import type { GuardedContext } from '../kit/guarded-function';
import type { NotifyContext } from '../notify/notify';
import { contestEntryChanged } from '../notify/senders';
import type { UserRecord } from '../people/users';
import { eligibilityFactsOf } from '../people/eligibility-facts';
import { settleHolds } from '../content-security/settle';
import { contestEntryContent, contestPhotoFolder, screenAnswers } from './content';
import { contestTeams, endTeam, teamEntryView, teamOf } from './teams';
import {
  contestBookingStore,
  contestEntries,
  entryIdOf,
  heldState,
  slotOfContest,
  type ContestEntryRecord,
  type ContestRecord,
} from './records';
import { entryView } from './views';

/** The caller may see and enter contests of their own enterprise union and every union above it. */
export function requireVisible(contest: ContestRecord, user: UserRecord): void {
  if (!user.orgPath.includes(contest.orgId)) throw new AppError('NOT_FOUND', '没有找到这个比赛', 'contestId');
}

/** The rule that keeps `user` out of `contest`, or null when they may enter. */
export function refusalOf(
  contest: ContestRecord,
  user: UserRecord,
): { rule: string; message: string; field: 'idNumber' | 'trade' | null } | null {
  if (!user.orgId) return { rule: 'member', message: '请先加入所在企业的工会', field: null };
  const verdict = checkEligibility(
    contest.eligibility,
    eligibilityFactsOf(user),
    contest.trade,
    contest.schedule.day,
    contest.eligibilityOrgs,
  );
  return verdict.ok ? null : { rule: verdict.rule, message: verdict.message, field: verdict.field ?? null };
}

export function checkAnswers(contest: ContestRecord, user: UserRecord, answers: Record<string, unknown>) {
  const parsed = answersSchemaFor(contest.fields).safeParse(answers);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = ['answers', ...issue.path.map(String)].join('.');
    const unknown = issue.code === 'unrecognized_keys' ? `没有这个报名字段：${issue.keys.join('、')}` : issue.message;
    throw new AppError('INVALID_INPUT', unknown, field);
  }
  for (const field of contest.fields) {
    const value = parsed.data[field.key];
    if (field.type === 'photo' && typeof value === 'string' && !value.includes(`/${contestPhotoFolder(user._id)}`)) {
      throw new AppError('INVALID_INPUT', `${field.label}不是你上传的照片，请重新上传`, `answers.${field.key}`);
    }
  }
  return parsed.data;
}

/** Item 2 of the worker's 十个一, for the contest day's year, once the entry is confirmed. */
export async function creditEntry(ctx: NotifyContext, contest: ContestRecord, entry: ContestEntryRecord) {
  await creditPerson(ctx, contest, entry.person, entry.orgPath);
}

export async function uncreditEntry(ctx: NotifyContext, contest: ContestRecord, person: string, reason: string) {
  await uncreditPerson(ctx, contest, person, reason);
}

/** The booking store for `contest`: a promoted entry is credited (when confirmed) and told at once. */
export function bookingStoreOf(ctx: NotifyContext, contest: ContestRecord) {
  return contestBookingStore(contest.review, async (_db, entry) => {
    if (entry.state === 'confirmed') await creditEntry(ctx, contest, entry);
    await contestEntryChanged(ctx, {
      person: entry.person,
      contestTitle: contest.title,
      status: entry.state === 'confirmed' ? '候补转正' : '候补转为待审核',
      note: entry.state === 'confirmed' ? `比赛日${contest.schedule.day}，请按时参赛` : '已获得名额，等待主办方审核',
    });
  });
}

export async function registerWorker(
  ctx: GuardedContext,
  contest: ContestRecord,
  user: UserRecord,
  input: Record<string, unknown>,
): Promise<EntryView> {
  requireVisible(contest, user);
  const closed = registrationRefusal(contest.schedule, ctx.now);
  if (closed) throw new AppError('CONFLICT', closed, 'contestId');
  if (contest.entry.kind === 'team') throw new AppError('CONFLICT', '团体赛须由队长组队报名', 'contestId');
  const refusal = refusalOf(contest, user);
  if (refusal) throw new AppError('FORBIDDEN', refusal.message, 'contestId');
  const answers = checkAnswers(contest, user, input);
  const entryId = entryIdOf(contest._id, user._id);
  const content = await screenAnswers(ctx, entryId, contest.fields, answers);
  const store = bookingStoreOf(ctx, contest);
  const booked = await book(
    ctx.db,
    store,
    slotOfContest(contest._id),
    {
      _id: entryId,
      contestId: contest._id,
      person: user._id,
      orgPath: user.orgPath,
      name: user.profile?.realName ?? '',
      orgName: user.history.find((membership) => membership.to === null)?.orgName ?? null,
      phoneMasked: user.profile?.phone?.masked ?? null,
      answers,
      content,
      reason: null,
      checkedIn: null,
      scores: null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    },
    (taken) => ({ state: taken.placed ? heldState(contest) : 'waitlisted' }),
    ctx.now,
  );
  if (booked.duplicate) {
    const position = await waitlistPosition(ctx.db, store, booked.entry);
    return entryView(booked.entry, { contest, position });
  }
  await settleHolds(ctx, contestEntryContent, entryId, content);
  if (booked.entry.state === 'confirmed') await creditEntry(ctx, contest, booked.entry);
  return entryView(booked.entry, { contest, position: booked.taken.position });
}

const ACTIVE = ['pending', 'confirmed', 'waitlisted'];

export async function cancelWorkerEntry(
  ctx: GuardedContext,
  contest: ContestRecord,
  user: UserRecord,
): Promise<EntryView> {
  if (contest.entry.kind === 'team') return cancelTeamEntry(ctx, contest, user);
  const entry = await contestEntries.byId(ctx.db, entryIdOf(contest._id, user._id));
  if (!entry) throw new AppError('NOT_FOUND', '你没有报名这个比赛', 'contestId');
  if (!ACTIVE.includes(entry.state)) return entryView(entry, { contest });
  if (!cancellationOpen(contest.schedule, ctx.now))
    throw new AppError('CONFLICT', '已过取消报名的截止时间', 'contestId');
  const left = await leave(
    ctx.db,
    bookingStoreOf(ctx, contest),
    entry,
    { state: 'cancelled', updatedAt: ctx.now },
    ctx.now,
  );
  // Whatever state it was in when the cancellation took (a promotion may have confirmed it in between), its credit goes.
  if (left) await uncreditEntry(ctx, contest, user._id, '取消报名');
  const stored = (await contestEntries.byId(ctx.db, entry._id)) ?? entry;
  return entryView(stored, { contest });
}

/** The captain's 取消报名 ends the team's entry (until the deadline once submitted); a teammate leaves the team instead. */
async function cancelTeamEntry(ctx: GuardedContext, contest: ContestRecord, user: UserRecord): Promise<EntryView> {
  const team = await teamOf(ctx.db, contest._id, user._id);
  if (!team) throw new AppError('NOT_FOUND', '你没有报名这个比赛', 'contestId');
  if (team.captain !== user._id) throw new AppError('CONFLICT', '队员请在队伍页面退出队伍', 'contestId');
  if (team.state !== 'forming' && !cancellationOpen(contest.schedule, ctx.now)) {
    throw new AppError('CONFLICT', '已过取消报名的截止时间', 'contestId');
  }
  await endTeam(ctx, contest, team, 'cancelled', null);
  const stored = (await contestTeams.byId(ctx.db, team._id)) ?? team;
  return teamEntryView(contest, stored, user._id, 0);
}
