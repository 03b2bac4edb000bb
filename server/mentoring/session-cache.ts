// The sign-up path reads its session on every call; a function instance keeps it for a few seconds instead of
// spending a database operation a sign-up on data that changes a few times a session (as contests do,
// server/contest/cache.ts). An edit of the time is seen by every instance within CACHE_MS; the places live in the
// booking slot, which is never cached, and a cancellation removes the slot, so a sign-up a stale snapshot lets
// through is refused by the booking step itself.
import type { Db } from '../kit/db';
import { mentorSessions, type SessionRecord } from './sessions';

const CACHE_MS = 5_000;
const cache = new Map<string, { at: number; session: Promise<SessionRecord | undefined> }>();

export function sessionSnapshot(db: Db, sessionId: string, now: number): Promise<SessionRecord | undefined> {
  const hit = cache.get(sessionId);
  if (hit && now - hit.at < CACHE_MS && now >= hit.at) return hit.session;
  const session = mentorSessions.byId(db, sessionId);
  cache.set(sessionId, { at: now, session });
  session.catch(() => cache.delete(sessionId));
  return session;
}
