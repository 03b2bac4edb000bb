// How a 十个一 record credits its item: through the credit module, never directly. A record counts while it is
// not deleted, not 不予认可, and none of its texts is held or refused and none of its photos is still under check
// (a refused photo was removed; the rest still count). `settleCredit` makes the credit match the record as it now
// stands, and is called after every write of the record: by its handlers and by content-security verdicts. It
// re-reads the record after crediting and goes round again if another write came meanwhile (every write
// increments `version`), so whichever settle runs last leaves the credit matching the last write; credits of the
// record under an earlier item or year (an edit moved it) are revoked on the way.
import type { CreditKey } from '../../src/shared/tenones/credit-ids';
import type { TenItem } from '../../src/shared/tenones/items';
import type { StoredHolds } from '../content-security/holds';
import { grantCredit, revokeCredit } from '../credits/credits';
import { credits, type CreditRecord } from '../credits/records';
import type { Db, StoredCollection } from '../kit/db';
import { recordState } from './views';
import type { DiaryRecord, EntryRecord, PlanRecord } from './records';
import { activityEntries, diaryEntries, plans } from './records';

/** Whether the holds keep the record from counting: a text held or refused, a photo still under check. */
export function contentBlocks(content: StoredHolds | undefined): boolean {
  if (Object.keys(content?.texts ?? {}).length > 0) return true;
  return Object.values(content?.images ?? {}).some((hold) => hold.state === 'checking');
}

type Settled = { _id: string; version: number; orgPath: string[]; state: string } & Parameters<typeof recordState>[0];

interface Creditable<T extends Settled> {
  collection: StoredCollection<T>;
  /** The credit the record gives, with the title the worker's year shows. */
  key(record: T): CreditKey & { title: string };
  /** Why it does not count now, or null when it counts. */
  withheld(record: T): string | null;
}

export const entryCrediting: Creditable<EntryRecord> = {
  collection: activityEntries,
  key: (entry) => ({
    personId: entry.person,
    year: entry.year,
    item: entry.item as TenItem,
    kind: 'entry',
    sourceId: entry._id,
    title: entry.title,
  }),
  withheld: (entry) => {
    if (entry.deleted) return '记录已删除';
    if (entry.review?.decision === 'rejected') return `不予认可：${entry.review.reason ?? ''}`;
    return contentBlocks(entry.content) ? '内容审核中' : null;
  },
};

export const diaryCrediting: Creditable<DiaryRecord> = {
  collection: diaryEntries,
  key: (diary) => ({
    personId: diary.person,
    year: diary.year,
    item: 9,
    kind: 'entry',
    sourceId: `diary-${diary.date}`,
    title: `生产日记 ${diary.date}`,
  }),
  withheld: (diary) => (contentBlocks(diary.content) ? '内容审核中' : null),
};

export const planCrediting: Creditable<PlanRecord> = {
  collection: plans,
  key: (plan) => ({
    personId: plan.person,
    year: plan.year,
    item: 10,
    kind: 'entry',
    sourceId: `plan-${plan.year}`,
    title: `${plan.year}年岗位提升计划（${plan.goals.length}个目标）`,
  }),
  withheld: (plan) => {
    if (plan.goals.length === 0) return '计划还没有目标';
    return contentBlocks(plan.content) ? '内容审核中' : null;
  },
};

/** Makes the record's credit match the record; see the module comment. */
export async function settleCredit<T extends Settled>(
  db: Db,
  spec: Creditable<T>,
  id: string,
  now: Date,
): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const record = await spec.collection.byId(db, id);
    if (!record) return;
    const key = spec.key(record);
    const withheld = spec.withheld(record);
    if (withheld === null) await grantCredit(db, key, now, record.orgPath);
    else await revokeCredit(db, key, withheld, now);
    await revokeStale(db, key, now);
    const state = recordState(record);
    if (state !== record.state) {
      // Only over the version read: a newer write sets its own state and settles again.
      await spec.collection.of(db).where({ _id: id, version: record.version }).update({ state });
    }
    const after = await spec.collection.byId(db, id);
    if (!after || after.version === record.version) return;
  }
}

/** Active credits of the same source under another item or year (the record was edited) are revoked. */
async function revokeStale(db: Db, key: CreditKey, now: Date): Promise<void> {
  const { data } = (await credits
    .of(db)
    .where({ person: key.personId, 'source.kind': key.kind, 'source.id': key.sourceId, revoked: null })
    .limit(20)
    .get()) as { data: CreditRecord[] };
  for (const stale of data) {
    if (stale.year === key.year && stale.item === key.item) continue;
    await revokeCredit(
      db,
      {
        personId: stale.person,
        year: stale.year,
        item: stale.item,
        kind: stale.source.kind,
        sourceId: stale.source.id,
      },
      '记录已修改',
      now,
    );
  }
}
