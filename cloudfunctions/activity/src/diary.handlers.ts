// Item 9, 生产日记: the caller writes today's entry (again, to change it, the same day only), and reads their diary.
import { activityContract } from '../../../src/shared/contracts/activity';
import { diaryDayProblem } from '../../../src/shared/tenones/year-rules';
import { DIARY_TEXTS, diaryContent } from '../../../server/activity/content';
import { diaryCrediting, settleCredit } from '../../../server/activity/crediting';
import { diaryEntries, diaryId, type DiaryRecord } from '../../../server/activity/records';
import { diaryView } from '../../../server/activity/views';
import {
  addKept,
  dropFiles,
  me,
  newKept,
  rewrite,
  requireOwnPhotos,
  screenRecord,
  settleRecordHolds,
} from '../../../server/activity/writes';
import { AppError } from '../../../server/kit/app-error';
import type { GuardedHandlers } from '../../../server/kit/guarded-function';

const PAGE_SIZE = 20;

export const diaryHandlers = {
  writeDiary: async (input, ctx) => {
    const user = me(ctx);
    const problem = diaryDayProblem(input.date, ctx.now);
    if (problem) throw new AppError('INVALID_INPUT', problem, 'date');
    requireOwnPhotos(input.photos, user._id);
    const id = diaryId(user._id, input.date);
    const prior = await diaryEntries.byId(ctx.db, id);
    const content = await screenRecord(
      ctx,
      { kind: diaryContent.kind, id },
      { text: { label: DIARY_TEXTS.text, text: input.text } },
      { field: 'photos', next: input.photos, prior: prior?.photos },
      prior ? { content: prior.content, texts: { text: prior.text } } : undefined,
    );
    const conflict = '今天的日记刚刚保存过，请刷新后再修改';
    if (prior) {
      const saved = await diaryEntries
        .of(ctx.db)
        .where({ _id: id, version: prior.version })
        .update({ text: input.text, photos: input.photos, ...rewrite(ctx, content) });
      if (saved.updated !== 1) throw new AppError('CONFLICT', conflict);
    } else {
      const record: DiaryRecord = {
        ...newKept(ctx, user, id, Number(input.date.slice(0, 4)), content),
        date: input.date,
        text: input.text,
        photos: input.photos,
      };
      await addKept(ctx, diaryEntries, record, conflict);
    }
    await settleRecordHolds(ctx, diaryContent, id, content);
    await settleCredit(ctx.db, diaryCrediting, id, ctx.now);
    if (prior)
      await dropFiles(
        ctx,
        prior.photos.filter((fileId) => !input.photos.includes(fileId)),
      );
    const stored = await diaryEntries.byId(ctx.db, id);
    return diaryView(stored!, ctx.now);
  },

  myDiary: async ({ year, page = 1 }, ctx) => {
    const user = me(ctx);
    const where = { person: user._id, year };
    const [{ data }, { total }] = await Promise.all([
      diaryEntries
        .of(ctx.db)
        .where(where)
        .orderBy('date', 'desc')
        .skip((page - 1) * PAGE_SIZE)
        .limit(PAGE_SIZE)
        .get() as Promise<{ data: DiaryRecord[] }>,
      diaryEntries.of(ctx.db).where(where).count() as Promise<{ total: number }>,
    ]);
    return {
      entries: data.map((diary) => diaryView(diary, ctx.now)),
      total,
      hasMore: page * PAGE_SIZE < total,
    };
  },
} satisfies Pick<GuardedHandlers<typeof activityContract>, 'writeDiary' | 'myDiary'>;
