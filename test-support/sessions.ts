// Session test helpers over a seeded local cloud: a fresh master designated by the city staff, and a session's fields
// starting a given time after the cloud's clock.
import type { SessionFields } from '../src/shared/contracts/mentoring';
import { mentoringContract } from '../src/shared/contracts/mentoring';
import { data, type SeededCloud } from './seeded-cloud';
import { addWorkers } from './tenones';

const HOUR = 3_600_000;

/** A fresh member of org-jinggong made a 钳工 master by the city staff. */
export async function freshMaster(env: SeededCloud, prefix: string) {
  const [person] = await addWorkers(env, prefix, 1);
  data(
    await env.call(
      mentoringContract,
      'designateMaster',
      { userId: person!.userId, trade: 'fitter', level: 'technician', basis: 'skilled', reason: '测试认定师傅' },
      'persona-city-staff',
    ),
  );
  return person!;
}

/** A lecture at a venue (进车间) for everyone, one hour long, starting `inHours` after the cloud's now. */
export function lectureFields(env: SeededCloud, change: Partial<SessionFields> = {}, inHours = 1): SessionFields {
  const start = env.now().getTime() + inHours * HOUR;
  return {
    kind: 'lecture',
    lectureKind: 'workshop',
    title: '精密装配中的工匠精神',
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + HOUR).toISOString(),
    place: '精工机械二号车间',
    link: null,
    capacity: 30,
    audience: { kind: 'everyone', orgId: null },
    ...change,
  };
}
