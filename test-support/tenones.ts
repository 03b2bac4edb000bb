// 十个一 test helpers over a seeded local cloud: workers made straight in the database (counted as members by the
// credit module, as a join would), photos uploaded as the app uploads them, and an entry's input.
import type { EntryInput } from '../src/shared/contracts/activity';
import { beijingDay } from '../src/shared/time/beijing';
import { newId } from '../src/shared/ids';
import { countMembershipMove } from '../server/credits/membership';
import type { UserRecord } from '../server/people/users';
import { localDb } from './in-process';
import type { SeededCloud } from './seeded-cloud';

export const JINGGONG = ['org-city', 'org-dongcheng', 'org-jinggong'];

/** `count` workers with profiles in the enterprise at `path`; their openids (`<prefix>-<n>`) and user ids. */
export async function addWorkers(
  env: SeededCloud,
  prefix: string,
  count: number,
  path: string[] = JINGGONG,
): Promise<Array<{ openid: string; userId: string }>> {
  const db = localDb(env.cloud);
  const now = env.now();
  const people = Array.from({ length: count }, (_, i) => ({ openid: `${prefix}-${i}`, userId: `u-${prefix}-${i}` }));
  const records: UserRecord[] = people.map(({ openid, userId }, i) => ({
    _id: userId,
    openid,
    createdAt: now,
    consent: { version: '2026-01', at: now },
    profile: {
      realName: `测试职工${i + 1}`,
      trade: '数控车工',
      skillLevel: 'senior',
      phone: null,
      idNumber: null,
      photoFileId: null,
      updatedAt: now,
    },
    orgId: path.at(-1)!,
    orgPath: path,
    joinedAt: now,
    history: [{ orgId: path.at(-1)!, orgName: '示范市精工机械有限公司工会', from: now, to: null }],
    pending: null,
    lastDecision: null,
    modelWorker: null,
  }));
  await db.collection('users').add(records);
  for (const { userId } of people) await countMembershipMove(db, userId, [], path, now);
  return people;
}

/** Uploads a photo into the person's own 十个一 folder, as the app does; its file ID. */
export async function uploadPhoto(env: SeededCloud, openid: string, userId: string, name: string): Promise<string> {
  const cloudPath = `tenones/${userId}/${name}`;
  const response = await fetch(`${env.cloud.url}/_storage/client-upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    headers: { 'x-wx-openid': openid },
    body: Buffer.from(`photo ${name}`),
  });
  return ((await response.json()) as { fileID: string }).fileID;
}

/** A valid entry of item 4 dated today (Beijing), under a new id. */
export function entryInput(env: SeededCloud, change: Partial<EntryInput> = {}): EntryInput {
  return {
    entryId: newId('e'),
    item: 4,
    date: beijingDay(env.now()),
    title: '刀具快换夹具',
    place: '二车间数控班',
    partner: '王师傅',
    detail: '换刀时间从十五分钟缩短到三分钟。',
    photos: [],
    ...change,
  };
}
