// The 十个一 demo year (fictional): two dozen more workers across the enterprises, each somewhere in their year —
// 李卫国 (the model worker) with all ten, most with a few items, 示范重型装备 behind the others — with entries
// dated through the year, diaries and plans, and the cases staff meet: an entry whose text is held for review, one
// whose photo WeChat refused, one 不予认可. Credits go through the credit module as the activity function's would,
// each at its entry's date, so the monthly trend has a history; the counters are then checked against a recount
// (which also counts the members the people seed wrote directly). 陈晓东 (persona-worker) starts his year empty.
import type * as tcb from '@cloudbase/node-sdk';
import { grantCredit } from '../../server/credits/credits';
import { recountCredits } from '../../server/credits/recount';
import type { DiaryRecord, EntryRecord, PlanRecord } from '../../server/activity/records';
import type { TextCheckRecord } from '../../server/content-security/checks';
import type { UserRecord } from '../../server/people/users';
import { beijingDay, beijingYear } from '../../src/shared/time/beijing';
import { ENTRY_FORMS, type LoggedItem } from '../../src/shared/tenones/forms';
import { TEN_ITEMS, type TenItem } from '../../src/shared/tenones/items';
import { PRIVACY_TERMS_VERSION } from '../../src/shared/people/vocabulary';
import { demoPersonOf, demoUserIdOf } from './people';
import type { Seed } from './index';
import { tradeOfStored } from '../../src/shared/people/trades';

const DAY = 86_400_000;

/** The extra workers: name, enterprise, trade, and how many of the ten they have done. */
const WORKERS: Array<[string, string, string, number]> = [
  ['周立新', 'org-jinggong', '数控铣工', 7],
  ['吴海燕', 'org-jinggong', '质检员', 5],
  ['郑国强', 'org-jinggong', '电工', 4],
  ['冯晓丽', 'org-jinggong', '数控车工', 8],
  ['陈志远', 'org-jinggong', '钳工', 3],
  ['褚建华', 'org-power', '变电检修工', 6],
  ['卫东升', 'org-power', '继电保护工', 9],
  ['蒋丽萍', 'org-power', '电力调度员', 4],
  ['沈志明', 'org-textile', '纺织挡车工', 6],
  ['韩美玲', 'org-textile', '印染工', 5],
  ['杨春生', 'org-textile', '机修钳工', 7],
  ['朱红梅', 'org-textile', '纺织挡车工', 2],
  ['秦大伟', 'org-build', '焊工', 5],
  ['尤建军', 'org-build', '架子工', 3],
  ['许文斌', 'org-build', '混凝土工', 6],
  ['何振东', 'org-port', '起重装卸机械操作工', 4],
  ['吕晓峰', 'org-port', '港口电工', 8],
  ['施红英', 'org-port', '理货员', 5],
  ['张志刚', 'org-heavy', '铸造工', 1],
  ['孔令辉', 'org-heavy', '电焊工', 0],
];

const openidOf = (i: number) => `demo-tenones-${String(i + 1).padStart(2, '0')}`;
const userIdOf = (i: number) => `u-demo-t${String(i + 1).padStart(2, '0')}`;

/** A day of `year` no later than today: spread over the months so far. */
function dayOf(year: number, today: string, n: number): string {
  const months = year < Number(today.slice(0, 4)) ? 12 : Number(today.slice(5, 7));
  const month = (n % months) + 1;
  const day = Math.min(
    ((n * 7) % 27) + 1,
    month === months && year === Number(today.slice(0, 4)) ? Number(today.slice(8, 10)) : 28,
  );
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const at = (day: string) => new Date(`${day}T10:00:00+08:00`);

interface Worker {
  userId: string;
  openid: string;
  name: string;
  orgPath: string[];
}

export const tenonesSeed: Seed = {
  name: 'tenones',
  async run({ app, now }) {
    const db = app.database();
    const year = beijingYear(now);
    const today = beijingDay(now);
    const orgs = new Map<string, { name: string; path: string[] }>();
    const { data: orgRecords } = (await db.collection('orgs').limit(1000).get()) as {
      data: Array<{ _id: string; name: string; path: string[] }>;
    };
    for (const org of orgRecords) orgs.set(org._id, org);

    const users: UserRecord[] = WORKERS.map(([name, org, trade], i) => ({
      _id: userIdOf(i),
      openid: openidOf(i),
      createdAt: new Date(now.getTime() - 300 * DAY),
      consent: { version: PRIVACY_TERMS_VERSION, at: new Date(now.getTime() - 300 * DAY) },
      profile: {
        realName: name,
        // Today's shape: a code of the trade list (其他 keeping the words of one not on it).
        trade: tradeOfStored(trade).code,
        tradeNote: tradeOfStored(trade).note,
        skillLevel: 'intermediate',
        phone: null,
        idNumber: null,
        photoFileId: null,
        updatedAt: new Date(now.getTime() - 300 * DAY),
      },
      orgId: org,
      orgPath: orgs.get(org)!.path,
      joinedAt: new Date(now.getTime() - 300 * DAY),
      history: [{ orgId: org, orgName: orgs.get(org)!.name, from: new Date(now.getTime() - 300 * DAY), to: null }],
      pending: null,
      lastDecision: null,
      modelWorker: null,
    }));
    for (let start = 0; start < users.length; start += 10)
      await db.collection('users').add(users.slice(start, start + 10));

    const workers: Array<Worker & { done: number }> = WORKERS.map(([name, , , done], i) => ({
      userId: userIdOf(i),
      openid: openidOf(i),
      name,
      orgPath: users[i]!.orgPath,
      done,
    }));
    const model = demoPersonOf('persona-model-worker');
    workers.push({
      userId: demoUserIdOf('persona-model-worker'),
      openid: 'persona-model-worker',
      name: model.name,
      orgPath: model.orgPath,
      done: 10,
    });
    workers.push({
      userId: demoUserIdOf('demo-zhou'),
      openid: 'demo-zhou',
      name: '周建国',
      orgPath: demoPersonOf('demo-zhou').orgPath,
      done: 2,
    });

    for (const [w, worker] of workers.entries()) {
      const items = TEN_ITEMS.map((entry) => entry.item).slice(0, worker.done);
      for (const item of items) await recordItem(app, worker, item, year, today, w);
    }
    await specialCases(app, workers, year, today, now);
    const differences = await recountCredits(db, year, { repairAt: now });
    // Members the people seed wrote directly are the only expected difference.
    if (differences.some((difference) => !difference.what.startsWith('memberCounts/'))) {
      throw new Error(`demo 十个一 counters differ: ${JSON.stringify(differences.slice(0, 3))}`);
    }
  },
};

async function recordItem(app: tcb.CloudBase, worker: Worker, item: TenItem, year: number, today: string, w: number) {
  const db = app.database();
  const date = dayOf(year, today, w + item * 3);
  const base = {
    person: worker.userId,
    openid: worker.openid,
    orgPath: worker.orgPath,
    year,
    content: {},
    state: 'counted' as const,
    version: 1,
    history: [{ action: 'created' as const, by: worker.userId, byName: worker.name, at: at(date), note: null }],
    createdAt: at(date),
    updatedAt: at(date),
  };
  if (item === 9) {
    const diary: DiaryRecord = {
      ...base,
      _id: `${worker.userId}.${date}`,
      date,
      text: '今天完成了班组的首件检验，记录了三处改进点。',
      photos: [],
    };
    await db.collection('diaryEntries').add(diary);
    await grantCredit(
      db,
      { personId: worker.userId, year, item: 9, kind: 'entry', sourceId: `diary-${date}`, title: `生产日记 ${date}` },
      at(date),
      worker.orgPath,
    );
    return;
  }
  if (item === 10) {
    const plan: PlanRecord = {
      ...base,
      _id: `${worker.userId}.${year}`,
      goals: [
        {
          goalId: `g-demo-${w}-1`,
          text: '考取高一级职业技能等级证书',
          targetDate: `${year}-10-31`,
          outcome: null,
          markedAt: null,
        },
        {
          goalId: `g-demo-${w}-2`,
          text: '带一名新员工独立上岗',
          targetDate: `${year}-12-31`,
          outcome: null,
          markedAt: null,
        },
      ],
    };
    await db.collection('plans').add(plan);
    await grantCredit(
      db,
      {
        personId: worker.userId,
        year,
        item: 10,
        kind: 'entry',
        sourceId: `plan-${year}`,
        title: `${year}年岗位提升计划（2个目标）`,
      },
      at(date),
      worker.orgPath,
    );
    return;
  }
  const form = ENTRY_FORMS[item as LoggedItem];
  const entry: EntryRecord = {
    ...base,
    _id: `e-demo-${worker.userId}-${item}`,
    item,
    date,
    title: form.title.example,
    place: form.place.example,
    partner: form.partner.example,
    detail: '',
    photos: [],
    sent: 'seed',
    review: null,
    deleted: null,
  };
  await db.collection('activityEntries').add(entry);
  await grantCredit(
    db,
    { personId: worker.userId, year, item, kind: 'entry', sourceId: entry._id, title: entry.title },
    at(date),
    worker.orgPath,
  );
}

/** What staff meet: a text held for review, a photo WeChat refused, an entry 不予认可. */
async function specialCases(app: tcb.CloudBase, workers: Worker[], year: number, today: string, now: Date) {
  const db = app.database();
  const [held, photo, rejected] = [workers[1]!, workers[9]!, workers[2]!];
  const date = today;
  const common = (worker: Worker, id: string, item: number, title: string) => ({
    _id: id,
    person: worker.userId,
    openid: worker.openid,
    orgPath: worker.orgPath,
    year,
    item,
    date,
    title,
    place: '',
    partner: '',
    detail: '',
    photos: [] as string[],
    sent: 'seed',
    deleted: null,
    version: 1,
    history: [{ action: 'created' as const, by: worker.userId, byName: worker.name, at: now, note: null }],
    createdAt: now,
    updatedAt: now,
  });
  const check: TextCheckRecord = {
    _id: 'text_demo_tenones_held',
    kind: 'text',
    owner: { kind: 'tenEntry', id: 'e-demo-held' },
    field: 'title',
    openid: held.openid,
    scene: 4,
    traceId: null,
    label: 21000,
    status: 'review',
    createdAt: now,
    decision: null,
  };
  await db.collection('contentChecks').add(check);
  const entries: EntryRecord[] = [
    {
      ...common(held, 'e-demo-held', 8, '薄壁件加工变形控制（夜班攻关）'),
      content: { texts: { title: { state: 'review', checkId: check._id, reason: null } } },
      state: 'held',
      review: null,
    },
    {
      ...common(photo, 'e-demo-photo', 4, '络筒机断头自停装置'),
      content: {
        images: {
          image_demo_refused: {
            fileId: `cloud://local.demo/tenones/${photo.userId}/e-demo-photo-0.jpg`,
            state: 'refused',
            reason: '未通过内容安全检测（其他），已移除',
          },
        },
      },
      state: 'counted',
      review: null,
    },
    {
      ...common(rejected, 'e-demo-rejected', 1, '参加线上讲座一次'),
      content: {},
      state: 'rejected',
      review: {
        decision: 'rejected',
        reason: '这是一次讲座，不属于学历提升；可以记入“学一门技术”',
        by: demoUserIdOf('persona-enterprise-staff'),
        byName: '孙丽华',
        at: now,
      },
    },
  ];
  await db.collection('activityEntries').add(entries);
  // The refused photo does not stop its entry counting.
  await grantCredit(
    db,
    { personId: photo.userId, year, item: 4, kind: 'entry', sourceId: 'e-demo-photo', title: '络筒机断头自停装置' },
    now,
    photo.orgPath,
  );
}
