// Demo 师带徒 (fictional): masters with free and with full places, a studio in each of the four categories, an
// application waiting for its master and active pairs. Written through the mentoring modules the function uses
// (places taken on the master record, markers per apprentice and trade), so the demo obeys the same rules.
//   李卫国 (persona-model-worker)  钳工 master, 1 of 5 places taken (陈志远); 周立新's application waits for him;
//                                   技术 studio, 4 stars.
//   demo-mw-heavy                  焊工 master, full (2 of 2: 张志刚, 孔令辉); 管理 studio.
//   demo-mw-textile                纺织挡车工 master, 1 of 5 (朱红梅); 思政 studio.
//   demo-mw-port                   起重 master, 0 of 3; 服务 studio, not yet rated.
//   demo-worker-01                 数控车工 master (a contest winner), free places and no studio: 陈晓东 may apply.
// Agreements, checks and pairs ended by 出师考核: database/seed/mentoring-agreements.ts.
import type { StudioFields } from '../../src/shared/contracts/mentoring';
import type { MasterBasis, MasterLevel } from '../../src/shared/mentoring/vocabulary';
import type { TradeCode } from '../../src/shared/people/trades';
import type { Db } from '../../server/kit/db';
import { addMaster } from '../../server/mentoring/masters';
import { formPair } from '../../server/mentoring/pairing';
import {
  applicationIdOf,
  mentorApplications,
  studios,
  type ApplicationRecord,
  type MasterRecord,
} from '../../server/mentoring/records';
import { studioRecord } from '../../server/mentoring/studios';
import { displayName, type UserRecord } from '../../server/people/users';
import { seedAgreements } from './mentoring-agreements';
import { demoUserIdOf } from './people';
import { seedSessions } from './sessions';
import type { Seed } from './index';

const DAY = 86_400_000;
/** Demo workers of the 十个一 seed, by number. */
const tWorker = (n: number) => `u-demo-t${String(n).padStart(2, '0')}`;

interface DemoMaster {
  openid: string;
  trade: TradeCode;
  level: MasterLevel;
  basis: MasterBasis;
  limit: number;
  apprentices: string[];
  studio: (StudioFields & { stars: number | null }) | null;
}

const MASTERS: DemoMaster[] = [
  {
    openid: 'persona-model-worker',
    trade: 'fitter',
    level: 'senior_technician',
    basis: 'model_worker',
    limit: 5,
    apprentices: [tWorker(5)],
    studio: {
      name: '李卫国钳工创新工作室',
      category: 'technical',
      trade: 'fitter',
      description: '专注精密装配与工装夹具改进，近三年完成技术革新12项，带出技师5名。',
      photos: [],
      stars: 4,
    },
  },
  {
    openid: 'demo-mw-heavy',
    trade: 'welder',
    level: 'senior_technician',
    basis: 'model_worker',
    limit: 2,
    apprentices: [tWorker(19), tWorker(20)],
    studio: {
      name: '焊接班组精益管理工作室',
      category: 'management',
      trade: 'welder',
      description: '以班组精益管理带动焊接质量提升，推行“一人一档”技能台账。',
      photos: [],
      stars: 3,
    },
  },
  {
    openid: 'demo-mw-textile',
    trade: 'textile_operator',
    level: 'senior_technician',
    basis: 'model_worker',
    limit: 5,
    apprentices: [tWorker(12)],
    studio: {
      name: '纺织劳模思政工作室',
      category: 'ideological',
      trade: 'textile_operator',
      description: '劳模讲堂进车间，讲好纺织工人的奋斗故事。',
      photos: [],
      stars: 5,
    },
  },
  {
    openid: 'demo-mw-port',
    trade: 'crane_operator',
    level: 'technician',
    basis: 'model_worker',
    limit: 3,
    apprentices: [],
    studio: {
      name: '港口起重服务创新工作室',
      category: 'service',
      trade: 'crane_operator',
      description: '面向港区班组开展起重作业安全服务与技能帮扶。',
      photos: [],
      stars: null,
    },
  },
  {
    openid: 'demo-worker-01',
    trade: 'cnc_lathe_operator',
    level: 'technician',
    basis: 'contest_winner',
    limit: 5,
    apprentices: [],
    studio: null,
  },
];

async function seedMaster(db: Db, demo: DemoMaster, byId: Map<string, UserRecord>, now: Date) {
  const person = byId.get(demoUserIdOf(demo.openid))!;
  const designatedAt = new Date(now.getTime() - 200 * DAY);
  const master: MasterRecord = await addMaster(db, person, {
    trade: demo.trade,
    level: demo.level,
    basis: demo.basis,
    limit: demo.limit,
    by: demoUserIdOf('persona-city-staff'),
    now: designatedAt,
  });
  for (const [i, apprentice] of demo.apprentices.entries()) {
    const parties = {
      master: { id: master._id, name: master.name, trade: master.trade, orgPath: master.orgPath },
      apprentice: {
        id: apprentice,
        name: displayName(byId.get(apprentice)!),
        orgPath: byId.get(apprentice)!.orgPath,
      },
    };
    await formPair(db, parties, {
      source: 'assignment',
      field: 'apprenticeId',
      now: new Date(now.getTime() - (150 - i * 10) * DAY),
    });
  }
  if (demo.studio) {
    const { stars, ...fields } = demo.studio;
    const { _id, ...record } = studioRecord(master, fields, undefined, {}, designatedAt);
    await studios
      .of(db)
      .doc(_id)
      .set({ ...record, stars, starsReason: stars === null ? null : '年度工作室评星' });
  }
  return master;
}

export const mentoringSeed: Seed = {
  name: 'mentoring',
  async run(context) {
    const { app, now } = context;
    const db = app.database();
    const { data: people } = (await db.collection('users').limit(1000).get()) as { data: UserRecord[] };
    const byId = new Map(people.map((user) => [user._id, user]));
    const masters = [];
    for (const demo of MASTERS) masters.push(await seedMaster(db, demo, byId, now));
    // 周立新 asked 李卫国 two days ago; the master has not answered yet.
    const master = masters[0]!;
    const applicant = byId.get(tWorker(1))!;
    const application: ApplicationRecord = {
      _id: applicationIdOf(master._id, applicant._id),
      master: master._id,
      masterOpenid: master.openid,
      masterName: master.name,
      applicant: applicant._id,
      applicantName: displayName(applicant),
      applicantOpenid: applicant.openid,
      applicantOrgPath: applicant.orgPath,
      trade: master.trade,
      orgPath: master.orgPath,
      statement: '我在装配线工作三年，想系统学习精密装配和夹具调整，请李师傅收我为徒。',
      state: 'pending',
      reason: null,
      content: {},
      past: [],
      createdAt: new Date(now.getTime() - 2 * DAY),
      decidedAt: null,
    };
    await mentorApplications.of(db).add(application);
    // Agreements: one in force with a check overdue, and pairs ended with each grade.
    await seedAgreements(db, masters, byId, now);
    // Sessions and lectures, the lecture team's last month (sessions.ts).
    await seedSessions(context, masters, byId);
  },
};
