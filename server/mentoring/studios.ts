// Studios (创新工作室): one per master (id = the master's id), written by the master or staff over them, rated by
// staff. The public view leaves out what WeChat still holds and names the master's active apprentices only.
import type { StudioFields, StudioView } from '../../src/shared/contracts/mentoring';
import { holdsView, shownImages, shownText } from '../content-security/holds';
import { AppError } from '../kit/app-error';
import type { Db } from '../kit/db';
import { honoursOf } from '../people/honours';
import { orgsById } from '../people/orgs';
import { displayName, users } from '../people/users';
import { apprenticeships, studios, type ApprenticeshipRecord, type MasterRecord, type StudioRecord } from './records';

export async function studioOrFail(db: Db, studioId: string): Promise<StudioRecord> {
  const studio = await studios.byId(db, studioId);
  if (!studio) throw new AppError('NOT_FOUND', '没有找到这个工作室', 'studioId');
  return studio;
}

/** The record a save stores: the master's enterprise, the fields as sent, the rating kept. */
export function studioRecord(
  master: MasterRecord,
  fields: StudioFields,
  prior: StudioRecord | undefined,
  content: StudioRecord['content'],
  now: Date,
): StudioRecord {
  return {
    _id: master._id,
    master: master._id,
    ...fields,
    orgId: master.orgId,
    orgPath: master.orgPath,
    stars: prior?.stars ?? null,
    starsReason: prior?.starsReason ?? null,
    content,
    createdAt: prior?.createdAt ?? now,
    updatedAt: now,
  };
}

/** Active apprentices of a master, by name (a master has at most their limit: one small read). */
export async function activeApprentices(db: Db, masterId: string): Promise<ApprenticeshipRecord[]> {
  const { data } = (await apprenticeships
    .of(db)
    .where({ master: masterId, state: 'active' })
    .orderBy('since', 'asc')
    .limit(100)
    .get()) as { data: ApprenticeshipRecord[] };
  return data;
}

/** A studio's view; `editor` (its master or staff over it) also reads what is held and why. */
export async function studioView(
  db: Db,
  studio: StudioRecord,
  master: MasterRecord,
  editor: boolean,
): Promise<StudioView> {
  const [person, orgs, pairs] = await Promise.all([
    users.byId(db, master._id),
    orgsById(db, studio.orgId ? [studio.orgId] : []),
    activeApprentices(db, master._id),
  ]);
  const org = studio.orgId ? orgs.get(studio.orgId) : undefined;
  const shown = <T>(field: string, value: T, hidden: T) =>
    editor ? value : shownText(studio.content, field, value, hidden);
  return {
    studioId: studio._id,
    name: shown('name', studio.name, `${master.name}工作室`),
    category: studio.category,
    trade: studio.trade,
    org: org ? { id: org._id, name: org.name } : null,
    description: shown('description', studio.description, ''),
    photos: editor ? studio.photos : shownImages(studio.content, studio.photos),
    stars: studio.stars,
    master: {
      masterId: master._id,
      name: person ? displayName(person) : master.name,
      level: master.level,
      honours: person ? honoursOf(person) : [],
    },
    apprentices: pairs.map((pair) => pair.apprenticeName),
    content: editor ? holdsView(studio.content) : null,
  };
}
