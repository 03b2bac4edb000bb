// Masters: designation by staff, the apprentice limit, the `accepting` switch, finding masters from indexes, and the
// one conditional step that takes or gives back a place. `free` (= limit − active) is the field every place is taken
// on: `free > 0 → free −1, active +1` in one update, so any number of racing acceptances and assignments for the
// last place leave exactly one winner; a lowered limit only moves `free` (below zero keeps the pairs, stops new ones).
import type { MasterView } from '../../src/shared/contracts/mentoring';
import { DEFAULT_APPRENTICE_LIMIT, type MasterBasis, type MasterLevel } from '../../src/shared/mentoring/vocabulary';
import type { TradeCode } from '../../src/shared/people/trades';
import { AppError } from '../kit/app-error';
import { isDuplicateWrite, type Db } from '../kit/db';
import { nextCursor, offsetOf, PAGE } from '../kit/paging';
import { honoursOf } from '../people/honours';
import { orgsById, type OrgRecord } from '../people/orgs';
import { displayName, usersByIds, type UserRecord } from '../people/users';
import { masters, studios, type MasterRecord, type StudioRecord } from './records';

export async function masterOrFail(db: Db, masterId: string, field = 'masterId'): Promise<MasterRecord> {
  const master = await masters.byId(db, masterId);
  if (!master) throw new AppError('NOT_FOUND', '没有找到这位师傅', field);
  return master;
}

/** Whether the rules let `person` be a master on `basis` at `level` (staff vouch for the level itself). */
export function basisRefusal(person: UserRecord, basis: MasterBasis, level: MasterLevel): AppError | null {
  if (!person.profile || !person.orgId)
    return new AppError('CONFLICT', '此人尚未加入企业工会，不能认定为师傅', 'userId');
  if (basis === 'model_worker' && !person.modelWorker) {
    return new AppError('CONFLICT', '此人不是已认定的劳动模范，请选择其他认定依据', 'basis');
  }
  if (basis === 'skilled' && level === 'other') {
    return new AppError('INVALID_INPUT', '以技能等级认定的师傅须为技师或高级技师', 'level');
  }
  return null;
}

/** Stores a new master; a person is designated once (a second designation is a conflict, not an overwrite). */
export async function addMaster(
  db: Db,
  person: UserRecord,
  fields: { trade: TradeCode; level: MasterLevel; basis: MasterBasis; limit?: number; by: string; now: Date },
): Promise<MasterRecord> {
  const limit = fields.limit ?? DEFAULT_APPRENTICE_LIMIT;
  const record: MasterRecord = {
    _id: person._id,
    openid: person.openid,
    name: displayName(person),
    trade: fields.trade,
    level: fields.level,
    basis: fields.basis,
    orgId: person.orgId,
    orgPath: person.orgPath,
    limit,
    active: 0,
    free: limit,
    accepting: true,
    designatedBy: fields.by,
    designatedAt: fields.now,
    updatedAt: fields.now,
  };
  try {
    await masters.of(db).add(record);
  } catch (error) {
    if (isDuplicateWrite(error)) throw new AppError('CONFLICT', '此人已是师傅', 'userId');
    throw error;
  }
  return record;
}

/**
 * Sets a master's limit: one conditional update on the limit it read, moving `free` by the difference, so a place
 * taken meanwhile is never lost; a limit changed meanwhile by someone else is a conflict to retry.
 */
export async function changeLimit(db: Db, master: MasterRecord, limit: number, now: Date): Promise<MasterRecord> {
  const _ = db.command;
  const changed = await masters
    .of(db)
    .where({ _id: master._id, limit: master.limit })
    .update({ limit, free: _.inc(limit - master.limit), updatedAt: now });
  if (changed.updated !== 1) throw new AppError('CONFLICT', '上限刚刚已被修改，请刷新后再试', 'limit');
  return masterOrFail(db, master._id);
}

/** Takes one place of the master's in `trade`: null when none is left (or the master is gone or changed trade). */
export async function takePlace(db: Db, masterId: string, trade: string, now: Date): Promise<MasterRecord | null> {
  const _ = db.command;
  // The master as the place left them (name and enterprise for the pair): no read before. The trade is part of the
  // condition, so an application made to the master's former trade cannot take a place in the new one.
  const taken = (await masters
    .of(db)
    .where({ _id: masterId, trade, free: _.gt(0) })
    .updateAndReturn({ free: _.inc(-1), active: _.inc(1), updatedAt: now })) as {
    updated: number;
    doc?: MasterRecord | null;
  };
  return taken.updated === 1 && taken.doc ? taken.doc : null;
}

/** Gives back a place taken for a pair that then did not form (or, later, a pair that ended). */
export async function givePlace(db: Db, masterId: string, now: Date): Promise<void> {
  const _ = db.command;
  await masters
    .of(db)
    .where({ _id: masterId, active: _.gt(0) })
    .update({ free: _.inc(1), active: _.inc(-1), updatedAt: now });
}

export const hasPlace = (master: Pick<MasterRecord, 'accepting' | 'free'>) => master.accepting && master.free > 0;

/** Masters as workers see them, with their people, enterprises and studios read in three requests. */
export async function masterViews(db: Db, records: readonly MasterRecord[]): Promise<MasterView[]> {
  if (records.length === 0) return [];
  const ids = records.map((record) => record._id);
  const _ = db.command;
  const [people, orgs, studioRows] = await Promise.all([
    usersByIds(db, ids),
    orgsById(
      db,
      records.flatMap((record) => (record.orgId ? [record.orgId] : [])),
    ),
    studios
      .of(db)
      .where({ _id: _.in(ids) })
      .limit(ids.length)
      .get() as Promise<{ data: StudioRecord[] }>,
  ]);
  const studioOf = new Map(studioRows.data.map((studio) => [studio.master, studio]));
  return records.map((record) => masterView(record, people.get(record._id), orgs, studioOf.get(record._id)));
}

export function masterView(
  record: MasterRecord,
  person: UserRecord | undefined,
  orgs: ReadonlyMap<string, OrgRecord>,
  studio: StudioRecord | undefined,
): MasterView {
  const org = record.orgId ? orgs.get(record.orgId) : undefined;
  return {
    masterId: record._id,
    name: person ? displayName(person) : record.name,
    trade: record.trade,
    level: record.level,
    basis: record.basis,
    org: org ? { id: org._id, name: org.name } : null,
    limit: record.limit,
    active: record.active,
    accepting: record.accepting,
    hasPlace: hasPlace(record),
    modelWorker: !!person?.modelWorker,
    honours: person ? honoursOf(person) : [],
    studio: studio ? { id: studio._id, name: studio.name, category: studio.category } : null,
    designatedAt: record.designatedAt.toISOString(),
  };
}

export async function oneMasterView(db: Db, record: MasterRecord): Promise<MasterView> {
  return (await masterViews(db, [record]))[0]!;
}

/**
 * A page of masters matching the filters, those taking applications with the most places first. The organisation
 * filter is `orgPath` (a district's subtree or one enterprise), "has a free place" is `accepting && free > 0`. Every
 * combination is a walk along one index ending (accepting, free, _id) — the sort — with the filters as its fixed
 * prefix, so a page reads its own documents and no more, however many masters the city has.
 */
export async function findMasters(
  db: Db,
  filter: { trade?: TradeCode; orgId?: string; freeOnly?: boolean; cursor?: string },
): Promise<{ rows: MasterRecord[]; nextCursor: string | null }> {
  const _ = db.command;
  const where: Record<string, unknown> = {};
  if (filter.orgId) where.orgPath = filter.orgId;
  if (filter.trade) where.trade = filter.trade;
  if (filter.freeOnly) Object.assign(where, { accepting: true, free: _.gt(0) });
  const offset = offsetOf(filter.cursor);
  // With "free place" on, `accepting` is fixed and left out of the sort, so the walk fixes it too and its bound on
  // `free` rejects full masters from the index keys alone.
  const query = masters.of(db).where(where);
  const sorted = filter.freeOnly ? query : query.orderBy('accepting', 'desc');
  const { data } = (await sorted.orderBy('free', 'desc').orderBy('_id', 'desc').skip(offset).limit(PAGE).get()) as {
    data: MasterRecord[];
  };
  return { rows: data, nextCursor: nextCursor(offset, data.length) };
}
