// Demo contests (fictional), one in each state a person can try: a city contest open with places (age rule and a
// registration field), a district contest full with a waitlist, an enterprise contest whose day is today (check-in
// on 示范精工机械's screen), and a city contest whose result is published. Entries go through the booking module and
// the credit module as the contest function's would. 陈晓东 (persona-worker) is confirmed for today's contest and
// ranked in the published one; the full contest waits for him to try. One more of 精工机械's was held two days ago
// and waits for its scores (he checked in; one colleague is 缺考). A team contest has a team forming below its
// minimum (formingTeam).
import { contestYearOf } from '../../src/shared/contest/schedule';
import type { ContestFields } from '../../src/shared/contracts/contest';
import { addDays, beijingDay } from '../../src/shared/time/beijing';
import { book } from '../../server/booking/entries';
import { openSlot } from '../../server/booking/slots';
import { newContestRecord } from '../../server/contest/editing';
import {
  contestBookingStore,
  contests,
  entryIdOf,
  slotOfContest,
  type ContestRecord,
} from '../../server/contest/records';
import { contestMembers, contestTeams, memberOf } from '../../server/contest/teams';
import { grantCredit, revokeCredit } from '../../server/credits/credits';
import type { Db } from '../../server/kit/db';
import type { UserRecord } from '../../server/people/users';
import { demoUserIdOf } from './people';
import type { Seed } from './index';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const ORGS = {
  'org-city': { _id: 'org-city', path: ['org-city'], name: '示范市总工会' },
  'org-dongcheng': { _id: 'org-dongcheng', path: ['org-city', 'org-dongcheng'], name: '东城区总工会' },
  'org-jinggong': {
    _id: 'org-jinggong',
    path: ['org-city', 'org-dongcheng', 'org-jinggong'],
    name: '示范市精工机械有限公司工会',
  },
};

/** Demo workers of the 十个一 seed, by number (u-demo-t01 …), and the personas. */
const tWorker = (n: number) => `u-demo-t${String(n).padStart(2, '0')}`;

function fields(
  now: Date,
  change: Partial<ContestFields> & { opens: number; closes: number; day: number },
): ContestFields {
  const { opens, closes, day, ...rest } = change;
  const t = now.getTime();
  return {
    title: '',
    level: 'city',
    trade: 'cnc_lathe_operator',
    description: '',
    venue: '示范市职业技能公共实训基地',
    poster: null,
    schedule: {
      opensAt: new Date(t + opens * DAY).toISOString(),
      closesAt: new Date(t + closes * DAY).toISOString(),
      cancelBy: new Date(t + closes * DAY).toISOString(),
      day: addDays(beijingDay(now), day),
    },
    entry: { kind: 'individual', teamMin: 1, teamMax: 1 },
    capacity: 30,
    review: false,
    weighting: { theory: 30, practical: 70 },
    awards: 3,
    eligibility: { age: null, trades: [], orgIds: [], frontlineOnly: false, excludedHonours: [] },
    fields: [],
    ...rest,
  };
}

/** The demo team contest's forming team (a fixed id, so the README and journeys can open its invitation). */
export const DEMO_TEAM_ID = 'tm-demo-welding';

/**
 * A city team contest open for registration (teams of 3 to 4), with a team still forming below its minimum: 吴振华
 * (a welder) as captain and one colleague from 示范重型装备. A third worker joining from the invitation lets him
 * submit; 陈晓东 and the others are in no team of it, free to form their own.
 */
async function formingTeam(db: Db, byId: Map<string, UserRecord>, now: Date) {
  const record = newContestRecord(
    ORGS['org-city'],
    fields(now, {
      title: '示范市班组焊接团体赛',
      trade: 'welder',
      description: '以班组为单位的焊接团体赛，每队3到4人，由队长组队报名，队员从邀请中确认加入。',
      opens: -2,
      closes: 10,
      day: 18,
      capacity: 4,
      entry: { kind: 'team', teamMin: 3, teamMax: 4 },
    }),
    {},
    demoUserIdOf('persona-city-staff'),
    new Date(now.getTime() - 3 * DAY),
  );
  await contests.of(db).add(record);
  await openSlot(db, slotOfContest(record._id), record.capacity, record.createdAt);
  const captain = byId.get(demoUserIdOf('persona-expert'))!;
  const mate = byId.get(demoUserIdOf('demo-worker-06'))!;
  const at = new Date(now.getTime() - DAY);
  const members = [memberOf(captain, at), memberOf(mate, new Date(at.getTime() + 2 * HOUR))];
  await contestTeams.of(db).add({
    _id: DEMO_TEAM_ID,
    contestId: record._id,
    name: '焊花突击队',
    captain: captain._id,
    members,
    count: members.length,
    state: 'forming',
    answers: {},
    reason: null,
    checkedIn: null,
    scores: null,
    slot: slotOfContest(record._id),
    place: 'out',
    ticket: 0,
    createdAt: at,
    updatedAt: at,
  });
  for (const member of members) {
    await contestMembers.of(db).add({
      _id: `${record._id}.${member.person}`,
      contestId: record._id,
      person: member.person,
      teamId: DEMO_TEAM_ID,
      joinedAt: member.joinedAt,
    });
  }
}

export const contestsSeed: Seed = {
  name: 'contests',
  async run({ app, now }) {
    const db = app.database();
    const { data: people } = (await db.collection('users').limit(1000).get()) as { data: UserRecord[] };
    const byId = new Map(people.map((user) => [user._id, user]));

    async function contestOf(
      orgId: keyof typeof ORGS,
      values: ContestFields,
      createdAt: Date,
    ): Promise<ContestRecord> {
      const record = newContestRecord(ORGS[orgId], values, {}, demoUserIdOf('persona-city-staff'), createdAt);
      await contests.of(db).add(record);
      await openSlot(db, slotOfContest(record._id), record.capacity, createdAt);
      return record;
    }

    /** Registers `userIds` in order, as the function would (a place or the waitlist), crediting confirmed entries. */
    async function register(contest: ContestRecord, userIds: string[], at: Date) {
      const store = contestBookingStore(contest.review, async () => {});
      for (const [i, userId] of userIds.entries()) {
        const user = byId.get(userId);
        if (!user?.profile) continue;
        const when = new Date(at.getTime() + i * 7 * 60_000);
        const booked = await book(
          db,
          store,
          slotOfContest(contest._id),
          {
            _id: entryIdOf(contest._id, userId),
            contestId: contest._id,
            person: userId,
            orgPath: user.orgPath,
            name: user.profile.realName,
            orgName: user.history.find((membership) => membership.to === null)?.orgName ?? null,
            phoneMasked: user.profile.phone?.masked ?? null,
            answers: contest.fields.some((field) => field.key === 'size') ? { size: ['M', 'L', 'XL'][i % 3] } : {},
            reason: null,
            checkedIn: null,
            scores: null,
            createdAt: when,
            updatedAt: when,
          },
          (taken) => ({ state: taken.placed ? ('confirmed' as const) : ('waitlisted' as const) }),
          when,
        );
        if (booked.entry.state === 'confirmed') {
          await grantCredit(
            db,
            {
              personId: userId,
              year: contestYearOf(contest.schedule),
              item: 2,
              kind: 'contest',
              sourceId: contest._id,
              title: contest.title,
            },
            when,
            user.orgPath,
          );
        }
      }
    }
    const entries = db.collection('contestEntries');
    const worker = demoUserIdOf('persona-worker');

    // Open, with places: an age rule and a registration field.
    const open = await contestOf(
      'org-city',
      fields(now, {
        title: '示范市第十届职工职业技能大赛（数控车工）',
        description: '全市职工数控车工技能竞赛。理论考试占30%，实际操作占70%，前三名授予“示范市技术能手”称号。',
        opens: -3,
        closes: 7,
        day: 14,
        capacity: 30,
        eligibility: { age: { min: 18, max: 55 }, trades: [], orgIds: [], frontlineOnly: false, excludedHonours: [] },
        fields: [{ key: 'size', label: '工作服尺码', type: 'single', required: true, options: ['M', 'L', 'XL'] }],
      }),
      new Date(now.getTime() - 4 * DAY),
    );
    await register(open, [1, 4, 5, 9, 13, 17].map(tWorker), new Date(now.getTime() - 3 * DAY));

    // Full, with a waitlist: three places, five registered.
    const full = await contestOf(
      'org-dongcheng',
      fields(now, {
        title: '东城区焊工技能比武',
        level: 'district',
        trade: 'welder',
        description: '东城区职工焊工技能比武，名额有限。',
        venue: '东城区职工技能实训中心',
        opens: -5,
        closes: 5,
        day: 12,
        capacity: 3,
        awards: 1,
      }),
      new Date(now.getTime() - 6 * DAY),
    );
    await register(full, [2, 3, 5, 13, 14].map(tWorker), new Date(now.getTime() - 5 * DAY));

    // Today is the contest day: registration closed; some have checked in.
    const today = await contestOf(
      'org-jinggong',
      fields(now, {
        title: '精工机械岗位练兵：钳工技能比武',
        level: 'enterprise',
        trade: 'fitter',
        description: '公司年度岗位练兵，钳工项目。',
        venue: '精工机械二号车间',
        opens: -10,
        closes: -2,
        day: 0,
        capacity: 20,
      }),
      new Date(now.getTime() - 11 * DAY),
    );
    await register(
      today,
      [worker, tWorker(1), tWorker(2), tWorker(3), tWorker(4), tWorker(5)],
      new Date(now.getTime() - 9 * DAY),
    );
    for (const n of [1, 2, 3]) {
      await entries.doc(entryIdOf(today._id, tWorker(n))).update({
        checkedIn: { at: new Date(now.getTime() - (4 - n) * 10 * 60_000), how: 'scan', by: tWorker(n) },
      });
    }

    // Results published: scored, ranked, awarded.
    const done = await contestOf(
      'org-city',
      fields(now, {
        title: '示范市电工职业技能竞赛',
        trade: 'electrician',
        description: '全市电工技能竞赛，成绩已公布。',
        opens: -40,
        closes: -25,
        day: -20,
        capacity: 10,
      }),
      new Date(now.getTime() - 41 * DAY),
    );
    const scored = [worker, ...[1, 3, 6, 7, 8].map(tWorker)];
    await register(done, scored, new Date(now.getTime() - 38 * DAY));
    const scores: Array<[number, number] | null> = [[86, 91.5], [92, 88], [78.5, 84], [86, 91.5], [70, 75], null];
    const dayAt = new Date(`${done.schedule.day}T09:00:00+08:00`);
    for (const [i, userId] of scored.entries()) {
      const id = entryIdOf(done._id, userId);
      const score = scores[i];
      if (score) {
        await entries.doc(id).update({
          checkedIn: { at: dayAt, how: 'scan', by: userId },
          scores: { theory: score[0], practical: score[1] },
        });
      } else {
        // 缺考, as the contest clock marks it: the credit goes.
        await entries.doc(id).update({ state: 'absent', reason: '比赛当天未签到' });
        const key = {
          personId: userId,
          year: contestYearOf(done.schedule),
          item: 2 as const,
          kind: 'contest' as const,
        };
        await revokeCredit(db, { ...key, sourceId: done._id }, '缺考', new Date(dayAt.getTime() + DAY));
      }
    }
    await contests
      .of(db)
      .doc(done._id)
      .update({
        published: true,
        publishedAt: new Date(dayAt.getTime() + 2 * DAY),
        closingNoticeAt: dayAt,
        remindedAt: dayAt,
        absentMarkedAt: new Date(dayAt.getTime() + DAY),
      });
    await contests.of(db).doc(today._id).update({ closingNoticeAt: now, remindedAt: now });

    // Held two days ago, scores not yet entered (成绩待录入): five checked in, one 缺考 as the clock marks it.
    const unscored = await contestOf(
      'org-jinggong',
      fields(now, {
        title: '精工机械岗位练兵：数控车工技能比武',
        level: 'enterprise',
        description: '公司年度岗位练兵，数控车工项目。理论占30%，实操占70%，前两名获奖。',
        venue: '精工机械一号车间',
        opens: -20,
        closes: -6,
        day: -2,
        capacity: 20,
        awards: 2,
      }),
      new Date(now.getTime() - 21 * DAY),
    );
    const held = [worker, ...[1, 2, 3, 4, 5].map(tWorker)];
    await register(unscored, held, new Date(now.getTime() - 18 * DAY));
    const heldAt = new Date(`${unscored.schedule.day}T08:30:00+08:00`);
    for (const [i, userId] of held.entries()) {
      const id = entryIdOf(unscored._id, userId);
      if (userId !== tWorker(3)) {
        await entries.doc(id).update({
          checkedIn: { at: new Date(heldAt.getTime() + i * 3 * 60_000), how: 'scan', by: userId },
        });
        continue;
      }
      await entries.doc(id).update({ state: 'absent', reason: '比赛当天未签到' });
      await revokeCredit(
        db,
        {
          personId: userId,
          year: contestYearOf(unscored.schedule),
          item: 2,
          kind: 'contest',
          sourceId: unscored._id,
        },
        '缺考',
        new Date(heldAt.getTime() + DAY),
      );
    }
    await contests
      .of(db)
      .doc(unscored._id)
      .update({ closingNoticeAt: heldAt, remindedAt: heldAt, absentMarkedAt: new Date(heldAt.getTime() + DAY) });
    await formingTeam(db, byId, now);
  },
};
