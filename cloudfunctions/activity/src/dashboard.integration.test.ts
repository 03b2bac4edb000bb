// The staff dashboards through the local cloud (issue 13, "Staff"): figures equal to what the credit module was
// told (grants made here in process, as the modules that own them make them), the months cumulative, a worker who
// moves counted in the new enterprise, the workers of an enterprise by name, and the Excel of either level opened
// and read back. Outside the caller's subtree, and for an organisation that does not exist, the same refusal.
import * as tcb from '@cloudbase/node-sdk';
import ExcelJS from 'exceljs';
import { grantCredit, revokeCredit } from '../../../server/credits/credits';
import { countMembershipMove } from '../../../server/credits/membership';
import type { ExportRecord } from '../../../server/exports/exports';
import type { Db } from '../../../server/kit/db';
import { FORBIDDEN_MESSAGE } from '../../../server/kit/guarded-function';
import type { UserRecord } from '../../../server/people/users';
import { activityContract, type ProgressView } from '../../../src/shared/contracts/activity';
import type { ActionInput } from '../../../src/shared/contracts/contract';
import { beijingYear, inBeijing } from '../../../src/shared/time/beijing';
import type { TenItem } from '../../../src/shared/tenones/items';
import { data, error, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';

let env: SeededCloud;
let db: Db;
let year: number;
const city = 'persona-city-staff';
const district = 'persona-district-staff'; // org-dongcheng
const ent = 'persona-enterprise-staff'; // org-jinggong
const xihu = 'demo-staff-xihu';
const worker = 'persona-worker';
const JINGGONG = ['org-city', 'org-dongcheng', 'org-jinggong'];
const POWER = ['org-city', 'org-dongcheng', 'org-power'];

beforeAll(async () => {
  env = await startSeededCloud();
  process.env.TENCENTCLOUD = 'true';
  db = tcb
    .init({
      env: 'local',
      secretId: 'local',
      secretKey: 'local',
      serviceUrl: `${env.cloud.url}/admin`,
      keepalive: false,
    })
    .database();
  year = beijingYear(env.now());
}, 60_000);
afterAll(() => env.close());

const call = <A extends 'progress' | 'memberProgress' | 'exportProgress'>(
  action: A,
  input: ActionInput<typeof activityContract, A>,
  openid: string,
) => env.call(activityContract, action, input, openid);

const progress = async (openid: string, orgId?: string) =>
  data(await call('progress', { year, ...(orgId ? { orgId } : {}) }, openid));
const child = (view: ProgressView, orgId: string) => view.children.find((row) => row.org.id === orgId)!;

let serial = 0;
/** A new member of an enterprise, counted as the membership module counts one who joins. */
async function newWorker(path: string[], name: string): Promise<string> {
  const id = `dash-${++serial}`;
  const now = env.now();
  await db.collection('users').add({
    _id: id,
    openid: `openid-${id}`,
    createdAt: now,
    consent: null,
    profile: {
      realName: name,
      trade: '钳工',
      skillLevel: 'senior',
      phone: null,
      idNumber: null,
      photoFileId: null,
      updatedAt: now,
    },
    orgId: path.at(-1)!,
    orgPath: path,
    joinedAt: now,
    history: [],
    pending: null,
    lastDecision: null,
    modelWorker: null,
  } satisfies UserRecord);
  await countMembershipMove(db, id, [], path, now);
  return id;
}

const give = (personId: string, item: TenItem, at = env.now(), sourceId = `s-${item}`) =>
  grantCredit(db, { personId, year, item, kind: 'contest', sourceId, title: '技能竞赛' }, at);

async function sheetRows(url: string): Promise<unknown[][]> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('activity.progress', () => {
  it("shows the caller's own node by default, with its children's members and what the grants made", async () => {
    const before = await progress(district);
    expect(before.org.org).toMatchObject({ id: 'org-dongcheng', kind: 'district', parentName: '示范市总工会' });
    expect(before.children.map((row) => row.org.id).sort()).toEqual(['org-jinggong', 'org-power']);
    // Members are the enterprises' members now, and the district's are theirs together.
    const members = child(before, 'org-jinggong').members + child(before, 'org-power').members;
    expect(before.org.members).toBe(members);
    expect(child(before, 'org-jinggong').members).toBeGreaterThan(0);

    const a = await newWorker(JINGGONG, '测试甲');
    await give(a, 2);
    await give(a, 3);
    // A second credit of the same item changes no figure: the item was already done.
    await give(a, 2, env.now(), 'another');
    const after = await progress(district);
    const grown = (view: ProgressView, orgId: string) => child(view, orgId);
    expect(grown(after, 'org-jinggong').members).toBe(grown(before, 'org-jinggong').members + 1);
    expect(grown(after, 'org-jinggong').done[1]).toBe(grown(before, 'org-jinggong').done[1]! + 1);
    expect(grown(after, 'org-jinggong').done[2]).toBe(grown(before, 'org-jinggong').done[2]! + 1);
    expect(grown(after, 'org-jinggong').done[0]).toBe(grown(before, 'org-jinggong').done[0]);
    expect(after.org.done[1]).toBe(before.org.done[1]! + 1);
    expect(grown(after, 'org-power')).toEqual(grown(before, 'org-power'));
    // A revoke takes it back.
    await revokeCredit(db, { personId: a, year, item: 3, kind: 'contest', sourceId: 's-3' }, '取消', env.now());
    expect((await progress(district)).org.done[2]).toBe(before.org.done[2]);
  });

  it('counts all ten, and the months cumulatively up to the current Beijing month', async () => {
    const month = inBeijing(env.now()).month() + 1;
    const before = await progress(ent);
    expect(before.children).toEqual([]);
    expect(before.months.map((m) => m.month)).toEqual(Array.from({ length: month }, (_, i) => i + 1));
    const b = await newWorker(JINGGONG, '测试乙');
    // Item 1 granted in January (the counters count it there), the rest now: all ten done this month.
    const january = new Date(`${year}-01-15T10:00:00+08:00`);
    await give(b, 1, january);
    for (const item of [2, 3, 4, 5, 6, 7, 8, 9, 10] as const) await give(b, item);
    const after = await progress(ent);
    expect(after.org.allTen).toBe(before.org.allTen + 1);
    for (let i = 0; i < month; i++) {
      const was = before.months[i]!;
      const is = after.months[i]!;
      // January on: item 1 one more at every month's end; the others and all ten from this month on.
      expect(is.done[0]).toBe(was.done[0]! + 1);
      const fromNow = i + 1 === month ? 1 : 0;
      expect(is.done[4]).toBe(was.done[4]! + fromNow);
      expect(is.allTen).toBe(was.allTen + fromNow);
    }
    // The last month's end is the figure now.
    expect(after.months.at(-1)).toEqual({ month, done: after.org.done, allTen: after.org.allTen });
  });

  it('follows a worker who moves: members and done items now count in the new enterprise', async () => {
    const c = await newWorker(JINGGONG, '测试丙');
    await give(c, 7);
    const before = await progress(district);
    const now = env.now();
    await db.collection('users').doc(c).update({ orgId: 'org-power', orgPath: POWER });
    await countMembershipMove(db, c, JINGGONG, POWER, now);
    const after = await progress(district);
    expect(child(after, 'org-jinggong').members).toBe(child(before, 'org-jinggong').members - 1);
    expect(child(after, 'org-power').members).toBe(child(before, 'org-power').members + 1);
    expect(child(after, 'org-jinggong').done[6]).toBe(child(before, 'org-jinggong').done[6]! - 1);
    expect(child(after, 'org-power').done[6]).toBe(child(before, 'org-power').done[6]! + 1);
    // The district holds both: its figures do not move.
    expect(after.org).toEqual(before.org);
  });

  it("names the caller's own nodes, so staff of two unions can switch, each with its own way back", async () => {
    expect((await progress(district)).scopes.map((org) => org.id)).toEqual(['org-dongcheng']);
    const { data: users } = (await db.collection('users').where({ openid: ent }).get()) as { data: UserRecord[] };
    const now = env.now();
    await db.collection('grants').add({
      _id: 'dash-second-grant',
      userId: users[0]!._id,
      role: 'staff',
      orgId: 'org-power',
      orgPath: POWER,
      orgKind: 'enterprise',
      campaignId: null,
      grantedBy: 'test',
      grantedAt: now,
      active: true,
      revokedAt: null,
    });
    try {
      const own = await progress(ent);
      expect(own.scopes.map((org) => org.name).sort()).toEqual([
        '东城电力检修有限公司工会',
        '示范市精工机械有限公司工会',
      ]);
      expect((await progress(ent, 'org-power')).org.org.id).toBe('org-power');
      // Still not over their district.
      expect(error(await call('progress', { year, orgId: 'org-dongcheng' }, ent)).code).toBe('FORBIDDEN');
    } finally {
      await db.collection('grants').doc('dash-second-grant').remove();
    }
    expect(error(await call('progress', { year, orgId: 'org-power' }, ent)).code).toBe('FORBIDDEN');
  });

  it('lists a new enterprise with nothing yet, and leaves out a retired one', async () => {
    const now = env.now();
    const org = (id: string, name: string, status: 'active' | 'retired') => ({
      _id: id,
      name,
      kind: 'enterprise',
      parentId: 'org-dongcheng',
      path: ['org-city', 'org-dongcheng', id],
      status,
      createdAt: now,
      createdBy: 'test',
    });
    await db
      .collection('orgs')
      .add([org('dash-new', '新建企业工会', 'active'), org('dash-old', '已撤销企业工会', 'retired')]);
    const view = await progress(district);
    expect(child(view, 'dash-new')).toEqual({
      org: { id: 'dash-new', name: '新建企业工会', kind: 'enterprise', parentName: '东城区总工会' },
      members: 0,
      done: Array.from({ length: 10 }, () => 0),
      allTen: 0,
    });
    expect(view.children.map((row) => row.org.id)).not.toContain('dash-old');
    await db
      .collection('orgs')
      .where({ _id: db.command.in(['dash-new', 'dash-old']) })
      .remove();
  });

  it('drills down from the city with the way back, and refuses outside the subtree naming nothing', async () => {
    const top = await progress(city);
    expect(top.org.org.id).toBe('org-city');
    expect(top.trail).toEqual([]);
    expect(top.children.map((row) => row.org.kind)).toEqual(expect.arrayContaining(['district', 'industry']));
    const down = await progress(city, 'org-jinggong');
    expect(down.trail.map((org) => org.id)).toEqual(['org-city', 'org-dongcheng']);
    // District staff see the way back from their own node only.
    expect((await progress(district, 'org-jinggong')).trail.map((org) => org.id)).toEqual(['org-dongcheng']);

    const refusals = [
      await call('progress', { year, orgId: 'org-dongcheng' }, ent),
      await call('progress', { year, orgId: 'org-jinggong' }, xihu),
      await call('progress', { year, orgId: 'org-nowhere' }, district),
      await call('progress', { year }, worker),
      await call('memberProgress', { year, orgId: 'org-jinggong' }, xihu),
      await call('exportProgress', { year, orgId: 'org-jinggong' }, xihu),
    ];
    for (const refusal of refusals) expect(error(refusal)).toEqual({ code: 'FORBIDDEN', message: FORBIDDEN_MESSAGE });
    expect(error(await call('progress', { year: 2019 }, city))).toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('activity.memberProgress', () => {
  it("lists an enterprise's members by name with their items, a page at a time, and finds one by name", async () => {
    const d = await newWorker(JINGGONG, '测试丁');
    await give(d, 9);
    await give(d, 10);
    const first = data(await call('memberProgress', { year, orgId: 'org-jinggong', pageSize: 50 }, ent));
    expect(first.org).toMatchObject({ id: 'org-jinggong', parentName: '东城区总工会' });
    const names = first.rows.map((row) => row.name);
    expect(names).toEqual([...names].sort());
    expect(first.total).toBe(first.rows.length);
    const found = data(await call('memberProgress', { year, orgId: 'org-jinggong', search: '测试丁' }, district));
    expect(found.rows).toEqual([
      {
        userId: d,
        name: '测试丁',
        done: [false, false, false, false, false, false, false, false, true, true],
        doneCount: 2,
      },
    ]);
    // Names only: nothing personal is in a row.
    expect(JSON.stringify(first)).not.toMatch(/phone|idNumber|openid/);
    const paged = data(await call('memberProgress', { year, orgId: 'org-jinggong', pageSize: 2, page: 2 }, ent));
    expect(paged.rows.map((row) => row.name)).toEqual(names.slice(2, 4));
    expect(paged.total).toBe(first.total);
  });

  it('refuses an organisation that is not an enterprise, naming the field', async () => {
    const refused = error(await call('memberProgress', { year, orgId: 'org-dongcheng' }, district));
    expect(refused).toMatchObject({ code: 'INVALID_INPUT', field: 'orgId' });
    expect(
      error(
        await env.callRaw('activity', 'memberProgress', { year, orgId: 'org-jinggong', sortBy: 'doneCount' }, ent),
      ),
    ).toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('activity.exportProgress', () => {
  const exportRecord = async (fileName: string) => {
    const { data: found } = (await db.collection('exports').where({ fileName }).get()) as { data: ExportRecord[] };
    return found[0]!;
  };

  it('at district level: one row per enterprise with members, each item done and its share, and the total', async () => {
    const view = await progress(district);
    const made = data(await call('exportProgress', { year, orgId: 'org-dongcheng' }, district));
    expect(made).toMatchObject({ personal: false, rows: 3 });
    expect(made.fileName).toMatch(new RegExp(`^东城区总工会-${year}年十个一完成情况-\\d{8}-\\d{4}\\.xlsx$`));
    const rows = await sheetRows(made.url);
    expect(rows[0]![0]).toMatch(/^东城区总工会 · \d{4}年“十个一”完成情况/);
    const header = rows[1]!;
    expect(header.slice(0, 4)).toEqual(['组织', '现有会员', '1.参加一次学历提升（人）', '1.完成率（%）']);
    expect(header.slice(-2)).toEqual(['十项全部完成（人）', '全部完成率（%）']);
    const jinggong = child(view, 'org-jinggong');
    const line = rows.find((row) => row[0] === jinggong.org.name)!;
    expect(line[1]).toBe(jinggong.members);
    expect(line[2 + 2 * 6]).toBe(jinggong.done[6]);
    expect(line[3 + 2 * 6]).toBe(Math.round((jinggong.done[6]! / jinggong.members) * 1000) / 10);
    expect(line.at(-2)).toBe(jinggong.allTen);
    expect(rows.at(-1)![0]).toBe('东城区总工会（合计）');
    expect(rows.at(-1)![1]).toBe(view.org.members);
    // Audited, and kept a week (no personal data).
    const record = await exportRecord(made.fileName);
    expect(record).toMatchObject({
      kind: 'activity.progress',
      personal: false,
      orgPath: ['org-city', 'org-dongcheng'],
    });
    const { data: audits } = (await db
      .collection('auditLog')
      .where({ action: 'export.workbook', 'target.id': 'org-dongcheng' })
      .get()) as { data: Array<{ after: { file: string } }> };
    expect(audits.map((entry) => entry.after.file)).toContain(made.fileName);
  });

  it('at enterprise level: one row per worker with ✓ and — per item and n/10, kept a day', async () => {
    const e = await newWorker(JINGGONG, '测试戊');
    await give(e, 1);
    await give(e, 4);
    const made = data(await call('exportProgress', { year, orgId: 'org-jinggong' }, ent));
    expect(made.personal).toBe(true);
    const rows = await sheetRows(made.url);
    const listed = data(await call('memberProgress', { year, orgId: 'org-jinggong', pageSize: 50 }, ent));
    expect(made.rows).toBe(listed.total);
    expect(rows[1]).toEqual([
      '姓名',
      ...Array.from({ length: 10 }, (_, i) => expect.stringMatching(`^${i + 1}\\.`)),
      '完成项数',
    ]);
    expect(rows.find((row) => row[0] === '测试戊')).toEqual([
      '测试戊',
      '✓',
      '—',
      '—',
      '✓',
      '—',
      '—',
      '—',
      '—',
      '—',
      '—',
      '2/10',
    ]);
    expect(rows).toHaveLength(2 + listed.total);
    const record = await exportRecord(made.fileName);
    expect(record.expiresAt.valueOf() - record.createdAt.valueOf()).toBe(24 * 3600_000);
  });
});
