// Staff review of 十个一 records in their subtree: the queue of entries, 认可 (locks the entry) or 不予认可 with a
// reason (revokes its credit and tells the worker why), and decisions on texts content security held for a person.
// Nobody reviews their own record (回避); every act is audited.
import { activityContract, reviewSortFields } from '../../../src/shared/contracts/activity';
import { PAGES, withQuery } from '../../../src/shared/routes';
import { diaryContent, entryContent, planContent } from '../../../server/activity/content';
import { entryCrediting, settleCredit } from '../../../server/activity/crediting';
import { activityEntries, diaryEntries, plans, type EntryRecord } from '../../../server/activity/records';
import { entryView } from '../../../server/activity/views';
import { historyEvent, orgNameOf } from '../../../server/activity/writes';
import { textHold } from '../../../server/content-security/holds';
import { decideHeldText } from '../../../server/content-security/text';
import { AppError } from '../../../server/kit/app-error';
import type { GuardedHandlers } from '../../../server/kit/guarded-function';
import { refuseOwnMatter } from '../../../server/kit/recusal';
import { readTablePage } from '../../../server/kit/table';
import { recordReviewed } from '../../../server/notify/senders';
import { audit } from '../../../server/people/audit';
import { orgOrFail } from '../../../server/people/orgs';
import { displayName, usersByIds } from '../../../server/people/users';

const KINDS = {
  entry: { owner: entryContent, collection: activityEntries, type: 'tenEntry' },
  diary: { owner: diaryContent, collection: diaryEntries, type: 'tenDiary' },
  plan: { owner: planContent, collection: plans, type: 'tenPlan' },
} as const;

const sortPaths: Record<(typeof reviewSortFields)[number], string> = { createdAt: 'createdAt', date: 'date' };

export const reviewHandlers = {
  reviewQueue: async ({ year, orgId, state, item, ...table }, ctx) => {
    const nodes = orgId ? [orgId] : ctx.scopeNodes();
    if (orgId) ctx.require({ who: 'staffOver' }, (await orgOrFail(ctx.db, orgId)).path);
    const _ = ctx.db.command;
    const where: Record<string, unknown> = {
      orgPath: nodes.length === 1 ? nodes[0] : _.in(nodes),
      year,
      deleted: null,
      ...(state ? { state } : {}),
      ...(item ? { item } : {}),
    };
    const read = await readTablePage(ctx.db, activityEntries, where, {
      table,
      cursor: undefined,
      fields: sortPaths,
      defaults: { sortBy: 'createdAt', order: 'desc' },
    });
    const authors = await usersByIds(
      ctx.db,
      read.rows.map((entry) => entry.person),
    );
    return {
      rows: read.rows.map((entry) => {
        const author = authors.get(entry.person);
        return entryView(entry, {
          userId: entry.person,
          name: author ? displayName(author) : '（已注销）',
          orgName: author ? orgNameOf(author) : null,
        });
      }),
      total: read.total,
    };
  },

  reviewEntry: async ({ entryId, decision, reason }, ctx) => {
    const entry = await activityEntries.byId(ctx.db, entryId);
    if (!entry || entry.deleted) throw new AppError('NOT_FOUND', '没有找到这条记录', 'entryId');
    ctx.requireOver(entry.orgPath.length > 0 ? entry.orgPath : ['(none)']);
    refuseOwnMatter(ctx.actor.id, entry.person, '审核这条记录');
    if (decision === 'accept' && Object.keys(entry.content.texts ?? {}).length > 0) {
      throw new AppError('CONFLICT', '这条记录的文字还没有通过内容审核，请先处理');
    }
    const before = entry.review?.decision ?? null;
    const review: NonNullable<EntryRecord['review']> = {
      decision: decision === 'accept' ? 'accepted' : 'rejected',
      reason: reason ?? null,
      by: ctx.actor.id,
      byName: ctx.actor.name,
      at: ctx.now,
    };
    const _ = ctx.db.command;
    const saved = await activityEntries
      .of(ctx.db)
      .where({ _id: entryId, version: entry.version })
      .update({
        review: _.set(review),
        version: _.inc(1),
        updatedAt: ctx.now,
        history: _.push([historyEvent(review.decision, ctx.actor, ctx.now, reason ?? null)]),
      });
    if (saved.updated !== 1) throw new AppError('CONFLICT', '这条记录刚刚有了变化，请刷新后再审核');
    await settleCredit(ctx.db, entryCrediting, entryId, ctx.now);
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: decision === 'accept' ? 'tenones.accept' : 'tenones.reject',
      orgPath: entry.orgPath,
      target: { type: 'tenEntry', id: entryId, label: entry.title },
      reason: reason ?? null,
      before: { review: before },
      after: { review: review.decision },
    });
    if (decision === 'reject') {
      await recordReviewed(ctx, {
        openid: entry.openid,
        what: entry.title,
        result: '不予认可',
        reason: reason ?? '未说明',
        page: withQuery(PAGES.tenones.entry, { id: entryId }),
      });
    }
    const stored = (await activityEntries.byId(ctx.db, entryId))!;
    const author = (await usersByIds(ctx.db, [entry.person])).get(entry.person);
    return entryView(stored, {
      userId: entry.person,
      name: author ? displayName(author) : '（已注销）',
      orgName: author ? orgNameOf(author) : null,
    });
  },

  decideRecordText: async ({ kind, id, field, decision, reason }, ctx) => {
    const { owner, collection, type } = KINDS[kind];
    const record = await collection.of(ctx.db).doc(id).get();
    const stored = (
      record.data as Array<{ _id: string; person: string; orgPath: string[]; content: EntryRecord['content'] }>
    )[0];
    if (!stored) throw new AppError('NOT_FOUND', '没有找到这条记录', 'id');
    ctx.requireOver(stored.orgPath.length > 0 ? stored.orgPath : ['(none)']);
    refuseOwnMatter(ctx.actor.id, stored.person, '审核这条记录');
    const hold = textHold(stored.content, field);
    if (hold?.state !== 'review') throw new AppError('CONFLICT', '这项内容不在待审核状态', 'field');
    await decideHeldText(ctx, owner, {
      ownerId: id,
      field,
      checkId: hold.checkId,
      passed: decision === 'pass',
      reason: reason ?? null,
      actor: ctx.actor,
      audit: { orgPath: stored.orgPath, target: { type, id, label: field } },
    });
    return { decided: true };
  },
} satisfies Pick<GuardedHandlers<typeof activityContract>, 'reviewQueue' | 'reviewEntry' | 'decideRecordText'>;
