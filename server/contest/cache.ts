// The registration path reads its contest on every call; a function instance keeps it for a few seconds instead of
// spending a database operation a registration on data that changes a few times a contest. An edit (capacity, the
// window) is seen by every instance within CACHE_MS; the booking slot itself is never cached.
import type { Db } from '../kit/db';
import { contests, type ContestRecord } from './records';

const CACHE_MS = 5_000;
const cache = new Map<string, { at: number; contest: Promise<ContestRecord | undefined> }>();

export function contestSnapshot(db: Db, contestId: string, now: number): Promise<ContestRecord | undefined> {
  const hit = cache.get(contestId);
  if (hit && now - hit.at < CACHE_MS && now >= hit.at) return hit.contest;
  const contest = contests.byId(db, contestId);
  cache.set(contestId, { at: now, contest });
  contest.catch(() => cache.delete(contestId));
  return contest;
}
