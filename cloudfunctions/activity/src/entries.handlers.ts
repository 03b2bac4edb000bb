// A worker's log entries of items 1–8: logged under the id the phone made (a repeat of the same send is answered
// with the stored entry; the id with other content is refused), edited or deleted by the author until staff lock
// it, read by the author or staff over them. Each write is screened first, stored with its holds, then settled:
// holds decided meanwhile are applied and the credit made to match.
import type { EntryInput, EntryView } from '../../../src/shared/contracts/activity';
import { activityContract } from '../../../src/shared/contracts/activity';
import { entryContent, ENTRY_TEXTS } from '../../../server/activity/content';
import { entryCrediting, settleCredit } from '../../../server/activity/crediting';
import { activityEntries, type EntryRecord } from '../../../server/activity/records';
import { entryView } from '../../../server/activity/views';
import {
  digestOf,
  dropFiles,
  historyEvent,
  me,
  newKept,
  orgNameOf,
  requireLoggableDate,
  requireOwnPhotos,
  rewrite,
  screenRecord,
  settleRecordHolds,
} from '../../../server/activity/writes';
import { AppError } from '../../../server/kit/app-error';
import { isDuplicateWrite } from '../../../server/kit/db';
import type { GuardedContext, GuardedHandlers } from '../../../server/kit/guarded-function';
import { takeQuota } from '../../../server/kit/quotas';
import { displayName, users } from '../../../server/people/users';

/** Entries a person may log in one year: far above any honest year, a wall against a script. */
const ENTRIES_PER_YEAR = 300;

const NOT_FOUND = '没有找到这条记录';

function entryTexts(input: Omit<EntryInput, 'entryId'>) {
  return Object.fromEntries(
    (Object.keys(ENTRY_TEXTS) as Array<keyof typeof ENTRY_TEXTS>).map((field) => [
      field,
      { label: ENTRY_TEXTS[field], text: input[field] },
    ]),
  );
}

const sentOf = ({ entryId: _id, ...fields }: EntryInput) => digestOf(fields);

/** The caller's own live entry; anyone else's (or none) answers as not found. */
async function myEntry(ctx: GuardedContext, entryId: string): Promise<EntryRecord> {
  const entry = await activityEntries.byId(ctx.db, entryId);
  if (!entry || entry.deleted || entry.person !== me(ctx)._id) throw new AppError('NOT_FOUND', NOT_FOUND, 'entryId');
  return entry;
}

function requireUnlocked(entry: EntryRecord): void {
  if (entry.review?.decision === 'accepted') throw new AppError('CONFLICT', '这条记录已被工会认可，不能再修改或删除');
}

async function answer(ctx: GuardedContext, entryId: string): Promise<EntryView> {
  const stored = await activityEntries.byId(ctx.db, entryId);
  if (!stored) throw new AppError('NOT_FOUND', NOT_FOUND, 'entryId');
  return entryView(stored);
}

export const entriesHandlers = {
  logEntry: async (input, ctx) => {
    const user = me(ctx);
    requireLoggableDate(input.date, ctx.now);
    requireOwnPhotos(input.photos, user._id);
    const sent = sentOf(input);
    const existing = await activityEntries.byId(ctx.db, input.entryId);
    if (existing) {
      // The same send again (a lost answer, the offline queue retrying): the entry as stored.
      if (existing.person === user._id && existing.sent === sent && !existing.deleted) return entryView(existing);
      throw new AppError('CONFLICT', '这个记录编号已经用过了：要修改已提交的记录，请在记录里编辑', 'entryId');
    }
    const year = Number(input.date.slice(0, 4));
    if (!(await takeQuota(ctx.db, `tenones.entries.${user._id}.${year}`, ENTRIES_PER_YEAR, ctx.now))) {
      throw new AppError('RATE_LIMITED', `每年最多记录${ENTRIES_PER_YEAR}条`);
    }
    const content = await screenRecord(ctx, { kind: entryContent.kind, id: input.entryId }, entryTexts(input), {
      field: 'photos',
      next: input.photos,
    });
    const { entryId, ...fields } = input;
    const record: EntryRecord = {
      ...newKept(ctx, user, entryId, year, content),
      ...fields,
      sent,
      review: null,
      deleted: null,
    };
    try {
      await activityEntries.of(ctx.db).add(record);
    } catch (error) {
      if (!isDuplicateWrite(error)) throw error;
      // Two sends of one entry at once: the other stored it; answer as a repeat would.
      const stored = await activityEntries.byId(ctx.db, entryId);
      if (stored && stored.person === user._id && stored.sent === sent) return entryView(stored);
      throw new AppError('CONFLICT', '这个记录编号已经用过了：要修改已提交的记录，请在记录里编辑', 'entryId');
    }
    await settleRecordHolds(ctx, entryContent, entryId, content);
    await settleCredit(ctx.db, entryCrediting, entryId, ctx.now);
    return answer(ctx, entryId);
  },

  editEntry: async (input, ctx) => {
    const user = me(ctx);
    const entry = await myEntry(ctx, input.entryId);
    requireUnlocked(entry);
    if (entry.review?.decision === 'rejected') {
      throw new AppError('CONFLICT', '不予认可的记录不能修改：可以删除后重新记录');
    }
    requireLoggableDate(input.date, ctx.now);
    requireLoggableDate(entry.date, ctx.now);
    requireOwnPhotos(input.photos, user._id);
    const content = await screenRecord(
      ctx,
      { kind: entryContent.kind, id: entry._id },
      entryTexts(input),
      { field: 'photos', next: input.photos, prior: entry.photos },
      {
        content: entry.content,
        texts: { title: entry.title, place: entry.place, partner: entry.partner, detail: entry.detail },
      },
    );
    const { entryId, ...fields } = input;
    const _ = ctx.db.command;
    const saved = await activityEntries
      .of(ctx.db)
      .where({ _id: entryId, version: entry.version })
      .update({
        ...fields,
        year: Number(input.date.slice(0, 4)),
        orgPath: user.orgPath,
        ...rewrite(ctx, content),
      });
    if (saved.updated !== 1) throw new AppError('CONFLICT', '这条记录刚刚有了变化，请刷新后再修改');
    await settleRecordHolds(ctx, entryContent, entryId, content);
    await settleCredit(ctx.db, entryCrediting, entryId, ctx.now);
    await dropFiles(
      ctx,
      entry.photos.filter((fileId) => !input.photos.includes(fileId)),
    );
    return answer(ctx, entryId);
  },

  deleteEntry: async ({ entryId }, ctx) => {
    const entry = await activityEntries.byId(ctx.db, entryId);
    if (!entry || entry.person !== me(ctx)._id) throw new AppError('NOT_FOUND', NOT_FOUND, 'entryId');
    if (entry.deleted) return { deleted: true };
    requireUnlocked(entry);
    const _ = ctx.db.command;
    const removed = await activityEntries
      .of(ctx.db)
      .where({ _id: entryId, version: entry.version })
      .update({
        deleted: { at: ctx.now },
        version: _.inc(1),
        updatedAt: ctx.now,
        history: _.push([historyEvent('deleted', ctx.actor, ctx.now)]),
      });
    if (removed.updated !== 1) throw new AppError('CONFLICT', '这条记录刚刚有了变化，请刷新后再试');
    await settleCredit(ctx.db, entryCrediting, entryId, ctx.now);
    await dropFiles(ctx, entry.photos);
    return { deleted: true };
  },

  entry: async ({ entryId }, ctx) => {
    const entry = await activityEntries.byId(ctx.db, entryId);
    if (!entry || entry.deleted) throw new AppError('NOT_FOUND', NOT_FOUND, 'entryId');
    if (entry.person === ctx.caller.user?._id) return entryView(entry);
    // Staff over the author's enterprise (when the entry was last written) may read it; nobody else.
    ctx.require({ who: 'staffOver' }, entry.orgPath.length > 0 ? entry.orgPath : ['(none)']);
    const author = await users.byId(ctx.db, entry.person);
    return entryView(entry, {
      userId: entry.person,
      name: author ? displayName(author) : '（已注销）',
      orgName: author ? orgNameOf(author) : null,
    });
  },
} satisfies Pick<GuardedHandlers<typeof activityContract>, 'logEntry' | 'editEntry' | 'deleteEntry' | 'entry'>;
