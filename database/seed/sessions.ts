// Demo sessions and lectures (fictional), written through the modules the function uses — places through
// server/booking/, check-ins through server/mentoring/attendance.ts (so item 5 credits and the masters' year counters
// are what a real check-in leaves):
//   today        李卫国's lecture 进车间 under way, check-in open: 陈晓东 signed up and may scan the code;
//                the 纺织 master's online lecture (进网络) under way: 陈晓东 signed up and may type the stream's code.
//   in 3 days    李卫国's mentoring session for his apprentices: 陈志远 signed up.
//   last month   the 宣讲团 (李卫国, the 纺织 and the 焊接 master): 李卫国 and the 纺织 master held two lectures each,
//                the 焊接 master one, so he is behind the target of 2.
import { book } from '../../server/booking/entries';
import { openSlot } from '../../server/booking/slots';
import type { Db } from '../../server/kit/db';
import { recordCheckIn } from '../../server/mentoring/attendance';
import { lectureTeam } from '../../server/mentoring/master-years';
import {
  audienceKeyOf,
  mentorSessions,
  mentorSignups,
  signupIdOf,
  signupStore,
  slotOfSession,
  type SessionRecord,
} from '../../server/mentoring/sessions';
import type { MasterRecord } from '../../server/mentoring/records';
import { displayName, type UserRecord } from '../../server/people/users';
import type { SessionKind, LectureKind, AudienceKind } from '../../src/shared/mentoring/vocabulary';
import { inBeijing } from '../../src/shared/time/beijing';
import { demoUserIdOf } from './people';
import type { SeedContext } from './index';

const MIN = 60_000;
const HOUR = 60 * MIN;
const tWorker = (n: number) => `u-demo-t${String(n).padStart(2, '0')}`;

interface DemoSession {
  id: string;
  master: string;
  kind: SessionKind;
  lectureKind: LectureKind | null;
  title: string;
  startsAt: Date;
  hours: number;
  place: string | null;
  link: string | null;
  capacity: number;
  audience: AudienceKind;
  attendees: string[];
  /** Those checked in by scan (a past lecture held), at its start plus a few minutes. */
  scanned: string[];
}

function sessionRecord(demo: DemoSession, master: MasterRecord, createdAt: Date): SessionRecord {
  return {
    _id: demo.id,
    master: master._id,
    masterName: master.name,
    orgPath: master.orgPath,
    kind: demo.kind,
    lectureKind: demo.lectureKind,
    title: demo.title,
    startsAt: demo.startsAt,
    endsAt: new Date(demo.startsAt.getTime() + demo.hours * HOUR),
    place: demo.place,
    link: demo.link,
    capacity: demo.capacity,
    audience: { kind: demo.audience, orgId: null, orgName: null },
    audienceKey: audienceKeyOf(demo.audience, master._id, null),
    state: 'open',
    cancelReason: null,
    checkedIn: 0,
    givenAt: null,
    heldAt: null,
    createdAt,
    updatedAt: createdAt,
  };
}

async function seedSession(
  context: SeedContext,
  db: Db,
  demo: DemoSession,
  master: MasterRecord,
  byId: Map<string, UserRecord>,
) {
  const postedAt = new Date(Math.min(demo.startsAt.getTime(), context.now.getTime()) - 7 * 24 * HOUR);
  const session = sessionRecord(demo, master, postedAt);
  await openSlot(db, slotOfSession(session._id), session.capacity, postedAt);
  await mentorSessions.of(db).add(session);
  const ctx = { db, app: context.app, now: postedAt, actor: { id: master._id, name: master.name } };
  const store = signupStore(ctx, session);
  for (const [i, person] of demo.attendees.entries()) {
    const user = byId.get(person)!;
    const at = new Date(postedAt.getTime() + (i + 1) * HOUR);
    await book(
      db,
      store,
      slotOfSession(session._id),
      {
        _id: signupIdOf(session._id, person),
        session: session._id,
        person,
        name: displayName(user),
        orgPath: user.orgPath,
        checkedIn: null,
        createdAt: at,
        updatedAt: at,
      },
      (taken) => ({ state: taken.placed ? ('confirmed' as const) : ('waitlisted' as const) }),
      at,
    );
  }
  for (const [i, person] of demo.scanned.entries()) {
    const at = new Date(session.startsAt.getTime() + (i + 1) * 3 * MIN);
    const signup = await mentorSignups.byId(db, signupIdOf(session._id, person));
    const stored = await mentorSessions.byId(db, session._id);
    await recordCheckIn({ ...ctx, now: at }, stored!, signup!, 'scan', null, 'token');
  }
}

/** Beijing `YYYY-MM-DD` of the given day of the month before `now`'s, at `time`. */
function lastMonthAt(now: Date, day: number, time: string): Date {
  const month = inBeijing(now).startOf('month').subtract(1, 'day').format('YYYY-MM');
  return new Date(`${month}-${String(day).padStart(2, '0')}T${time}:00+08:00`);
}

export async function seedSessions(context: SeedContext, masters: MasterRecord[], byId: Map<string, UserRecord>) {
  const db = context.app.database();
  const { now } = context;
  const byOpenid = (openid: string) => masters.find((master) => master._id === demoUserIdOf(openid))!;
  const li = byOpenid('persona-model-worker');
  const welder = byOpenid('demo-mw-heavy');
  const textile = byOpenid('demo-mw-textile');
  const chen = demoUserIdOf('persona-worker');
  // Whole quarter hours, so the times read as a master would set them.
  const quarter = (instant: number) => new Date(Math.floor(instant / (15 * MIN)) * 15 * MIN);
  const lecture = (change: Partial<DemoSession> & Pick<DemoSession, 'id' | 'title' | 'startsAt'>): DemoSession => ({
    master: li._id,
    kind: 'lecture',
    lectureKind: 'workshop',
    hours: 2,
    place: '精工机械二号车间',
    link: null,
    capacity: 40,
    audience: 'everyone',
    attendees: [],
    scanned: [],
    ...change,
  });
  const demos: Array<[MasterRecord, DemoSession]> = [
    [
      li,
      lecture({
        id: 'demo-session-today',
        title: '劳模进车间：精密装配里的工匠精神',
        startsAt: quarter(now.getTime() - 15 * MIN),
        hours: 3,
        attendees: [chen, tWorker(1), tWorker(4)],
      }),
    ],
    [
      textile,
      lecture({
        id: 'demo-session-online',
        master: textile._id,
        lectureKind: 'online',
        title: '进网络：纺织女工的匠心故事',
        startsAt: quarter(now.getTime() - 15 * MIN),
        place: null,
        link: 'https://live.example.cn/jiangxin/textile',
        capacity: 200,
        attendees: [chen, tWorker(12)],
      }),
    ],
    [
      li,
      lecture({
        id: 'demo-session-mentoring',
        kind: 'mentoring',
        lectureKind: null,
        title: '钳工精密装配带徒课：刮研与配合间隙',
        startsAt: new Date(`${inBeijing(now.getTime() + 3 * 24 * HOUR).format('YYYY-MM-DD')}T14:00:00+08:00`),
        place: '精工机械装配车间',
        capacity: 6,
        audience: 'apprentices',
        attendees: [tWorker(5)],
      }),
    ],
  ];
  const past = (master: MasterRecord, n: number, day: number, attendees: string[]) =>
    [
      master,
      lecture({
        id: `demo-session-past-${n}`,
        master: master._id,
        lectureKind: (['enterprise', 'team', 'site', 'village', 'workshop'] as const)[n % 5],
        title: `${master.name}劳模宣讲（第${n}场）`,
        startsAt: lastMonthAt(now, day, '14:00'),
        place: '示范市职工服务中心',
        attendees,
        scanned: attendees,
      }),
    ] as [MasterRecord, DemoSession];
  demos.push(
    past(li, 1, 8, [tWorker(5), tWorker(16)]),
    past(li, 2, 22, [tWorker(5)]),
    past(textile, 3, 12, [tWorker(12)]),
    past(textile, 4, 26, [tWorker(12), tWorker(16)]),
    past(welder, 5, 15, [tWorker(19), tWorker(20)]),
  );
  for (const [master, demo] of demos) await seedSession(context, db, { ...demo, master: master._id }, master, byId);
  const city = demoUserIdOf('persona-city-staff');
  for (const master of [li, textile, welder]) {
    await lectureTeam
      .of(db)
      .doc(master._id)
      .set({
        master: master._id,
        name: master.name,
        orgPath: master.orgPath,
        member: true,
        by: city,
        since: lastMonthAt(now, 1, '09:00'),
        updatedAt: lastMonthAt(now, 1, '09:00'),
      });
  }
}
