// The 十个一 records under content security: an entry's texts and photos (`tenEntry`), a diary day's (`tenDiary`)
// and a plan's goals (`tenPlan`). Their owners apply a verdict or a staff decision as every owner does (only to
// what is still held), then count one more write of the record, note a refusal in its history, tell the author
// why, and settle its credit — a record counts once nothing of it is held.
import { PAGES, withQuery } from '../../src/shared/routes';
import type { ContentContext } from '../content-security/checks';
import {
  imageStillChecking,
  imageVerdictChanges,
  textDecisionChanges,
  textStillHeld,
} from '../content-security/holds';
import type { ContentOwner } from '../content-security/owners';
import type { Actor } from '../kit/actor';
import type { StoredCollection } from '../kit/db';
import { recordReviewed } from '../notify/senders';
import { diaryCrediting, entryCrediting, planCrediting, settleCredit } from './crediting';
import type { DiaryRecord, EntryRecord, HistoryEvent, PlanRecord } from './records';

/** The fields a record's texts are checked under, as the author reads them in a refusal. */
export const ENTRY_TEXTS = { title: '内容', place: '地点', partner: '相关人员或单位', detail: '说明' } as const;
export const DIARY_TEXTS = { text: '日记内容' } as const;
export const PLAN_TEXTS = { goals: '计划目标' } as const;

type Kept = EntryRecord | DiaryRecord | PlanRecord;

function keptContentOwner<T extends Kept>(options: {
  kind: string;
  collection: StoredCollection<T>;
  settle: (ctx: ContentContext, id: string) => Promise<void>;
  /** What the author reads the record as, and the page that shows it. */
  describe: (record: T) => { what: string; page: string };
}): ContentOwner {
  const { kind, collection, settle, describe } = options;
  const event = (action: HistoryEvent['action'], by: Actor, at: Date, note: string | null): HistoryEvent => ({
    action,
    by: by.id,
    byName: by.name,
    at,
    note,
  });
  async function tellAuthor(ctx: ContentContext, id: string, result: '未通过审核' | '照片已移除', reason: string) {
    const record = await collection.byId(ctx.db, id);
    if (!record) return;
    const { what, page } = describe(record);
    await recordReviewed(ctx, { openid: record.openid, what, result, reason, page });
  }
  return {
    kind,
    async applyImageVerdict(ctx, target, verdict) {
      const _ = ctx.db.command;
      const changes: Record<string, unknown> = {
        ...imageVerdictChanges(ctx.db, 'photos', target, verdict),
        version: _.inc(1),
        updatedAt: ctx.now,
      };
      if (!verdict.passed) {
        changes.history = _.push([
          event('photoRefused', { id: 'wechat', name: '内容安全检测' }, ctx.now, verdict.reason),
        ]);
      }
      const applied = await collection
        .of(ctx.db)
        .where({ _id: target.ownerId, ...imageStillChecking(target.checkId) })
        .update(changes);
      await settle(ctx, target.ownerId);
      if (applied.updated === 1 && !verdict.passed) {
        await tellAuthor(ctx, target.ownerId, '照片已移除', verdict.reason ?? '未通过内容安全检测');
      }
    },
    async applyTextDecision(ctx, target, decision, actor) {
      const _ = ctx.db.command;
      const changes: Record<string, unknown> = {
        ...textDecisionChanges(ctx.db, target.field, target.checkId, decision),
        version: _.inc(1),
        updatedAt: ctx.now,
      };
      if (!decision.passed) changes.history = _.push([event('textRefused', actor, ctx.now, decision.reason)]);
      const applied = await collection
        .of(ctx.db)
        .where({ _id: target.ownerId, ...textStillHeld(target.field, target.checkId) })
        .update(changes);
      await settle(ctx, target.ownerId);
      if (applied.updated === 1 && !decision.passed) {
        await tellAuthor(ctx, target.ownerId, '未通过审核', decision.reason ?? '内容不宜发布');
      }
    },
  };
}

export const entryContent = keptContentOwner<EntryRecord>({
  kind: 'tenEntry',
  collection: entryCrediting.collection,
  settle: (ctx, id) => settleCredit(ctx.db, entryCrediting, id, ctx.now),
  describe: (entry) => ({ what: entry.title, page: withQuery(PAGES.tenones.entry, { id: entry._id }) }),
});

export const diaryContent = keptContentOwner<DiaryRecord>({
  kind: 'tenDiary',
  collection: diaryCrediting.collection,
  settle: (ctx, id) => settleCredit(ctx.db, diaryCrediting, id, ctx.now),
  describe: (diary) => ({ what: `生产日记 ${diary.date}`, page: PAGES.tenones.diary }),
});

export const planContent = keptContentOwner<PlanRecord>({
  kind: 'tenPlan',
  collection: planCrediting.collection,
  settle: (ctx, id) => settleCredit(ctx.db, planCrediting, id, ctx.now),
  describe: (plan) => ({ what: `${plan.year}年岗位提升计划`, page: PAGES.tenones.plan }),
});

export const activityContentOwners = [entryContent, diaryContent, planContent] as const;
