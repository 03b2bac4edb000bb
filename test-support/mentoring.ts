// 师带徒 test helpers over a seeded local cloud: the people who act (city and enterprise staff over org-jinggong,
// staff of another district), WeChat's content check set to refuse "违禁词" and hold "待复核" for review, a fresh pair
// assigned by the city's staff, and the agreement a master proposes for it.
import { mentoringContract } from '../src/shared/contracts/mentoring';
import { addMonths } from '../src/shared/mentoring/agreement';
import { addDays, beijingDay } from '../src/shared/time/beijing';
import { callerOf, data, startSeededCloud, type SeededCloud } from './seeded-cloud';
import { addWorkers } from './tenones';

/** Staff over the whole city, over org-jinggong, and over another district (org-xihu), by openid. */
export const CITY = 'persona-city-staff';
export const ENT = 'persona-enterprise-staff';
export const XIHU = 'demo-staff-xihu';
/** Where a worker of the other district (org-xihu's 建工 enterprise) belongs. */
export const XIHU_PATH = ['org-city', 'org-xihu', 'org-build'];

/** WeChat's text check: "违禁词" is refused outright, "待复核" is held for staff to review. */
export const TEXT_RULES = [
  { contains: '违禁词', suggest: 'risky' as const, label: 20001 },
  { contains: '待复核', suggest: 'review' as const, label: 21000 },
];

/** A seeded local cloud whose content check follows TEXT_RULES. */
export async function startMentoringCloud(): Promise<SeededCloud> {
  const env = await startSeededCloud();
  env.cloud.wechat.setRules({ text: TEXT_RULES });
  return env;
}

/** A 钳工 master and an apprentice at org-jinggong paired by the city's staff, and a bystander worker. */
export async function freshPair(env: SeededCloud, prefix: string, limit = 5) {
  const mentoring = callerOf(mentoringContract, () => env);
  const [master, apprentice, other] = await addWorkers(env, prefix, 3);
  const reason = '经工会研究指定';
  data(
    await mentoring(
      'designateMaster',
      { userId: master!.userId, trade: 'fitter', level: 'technician', basis: 'skilled', limit, reason },
      CITY,
    ),
  );
  const pair = data(
    await mentoring('assignPair', { masterId: master!.userId, apprenticeId: apprentice!.userId, reason }, CITY),
  );
  return { master: master!, apprentice: apprentice!, other: other!, id: pair.apprenticeshipId };
}

export const goal = (n: number, targetDate: string, text = `掌握第${n}项装配技能`) => ({
  goalId: `goal-000${n}`,
  text,
  targetDate,
});

/** The agreement a master proposes from today: two goals, a year's term, a monthly check and a quarterly review. */
export function agreementFor(env: SeededCloud, id: string, change: Record<string, unknown> = {}) {
  const start = beijingDay(env.now());
  return {
    apprenticeshipId: id,
    goals: [goal(1, addMonths(start, 3)), goal(2, addMonths(start, 10))],
    term: { start, end: addDays(addMonths(start, 12), -1) },
    cadence: { checkEveryMonths: 1, reviewEveryMonths: 3 },
    ...change,
  } as never;
}

/** A fresh pair whose master proposed agreementFor and whose apprentice agreed to it. */
export async function agreedPair(env: SeededCloud, prefix: string, limit = 5) {
  const mentoring = callerOf(mentoringContract, () => env);
  const pair = await freshPair(env, prefix, limit);
  data(await mentoring('proposeAgreement', agreementFor(env, pair.id), pair.master.openid));
  data(await mentoring('confirmAgreement', { apprenticeshipId: pair.id, version: 1 }, pair.apprentice.openid));
  return pair;
}
