// The facts contests read about a member, through the union function on a local cloud: records from before issue 14
// (free-text trades, honours only under modelWorker) read in today's shape before any migration, and the city's
// migration rewrites them once, by batches, counting what it changed; any member's honours are kept by staff over
// their enterprise; 一线职工 is stated by the worker and confirmed or withdrawn by staff, races included.
import type { UserRecord } from '../../../server/people/users';
import { accountContract } from '../../../src/shared/contracts/account';
import { unionContract } from '../../../src/shared/contracts/union';
import { localDb } from '../../../test-support/in-process';
import { callerOf, data, error, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';

let env: SeededCloud;
const union = callerOf(unionContract, () => env);
const account = callerOf(accountContract, () => env);
const city = 'persona-city-staff';
const enterprise = 'persona-enterprise-staff';
const xihu = 'demo-staff-xihu';
const reason = '核对荣誉证书';
const PATH = ['org-city', 'org-dongcheng', 'org-jinggong'];

beforeAll(async () => {
  env = await startSeededCloud();
}, 30_000);
afterAll(() => env.close());

/** A record as issue 13 stored it: the trade as typed, honours (if any) only on the model-worker designation. */
function oldShape(id: string, trade: string, honours?: Array<{ title: string; level: string; year: number }>) {
  const now = env.now();
  return {
    _id: id,
    openid: `openid-${id}`,
    createdAt: now,
    consent: null,
    profile: {
      realName: `旧记录${id.slice(-3)}`,
      trade,
      skillLevel: 'senior',
      phone: null,
      idNumber: null,
      photoFileId: null,
      updatedAt: now,
    },
    orgId: 'org-jinggong',
    orgPath: PATH,
    joinedAt: now,
    history: [],
    pending: null,
    lastDecision: null,
    modelWorker: honours ? { honours, designatedBy: 'seed', designatedAt: now } : null,
  };
}

const stored = async (id: string) =>
  ((await localDb(env.cloud).collection('users').doc(id).get()) as { data: UserRecord[] }).data[0]!;

describe('records from before the codes', () => {
  const honours = [
    { title: '市技术能手', level: 'city', year: 2022 },
    { title: '全国劳动模范', level: 'national', year: 2020 },
    { title: '杭州工匠', level: 'city', year: 2023 },
  ];

  beforeAll(async () => {
    const db = localDb(env.cloud);
    await db
      .collection('users')
      .add([
        oldShape('u-old-model', '数控车工', honours),
        oldShape('u-old-free', '无损检测员'),
        oldShape('u-old-alias', '维修电工'),
      ]);
    // Enough plain old records that the migration needs more than one batch of 100.
    const filler = Array.from({ length: 130 }, (_, i) =>
      oldShape(`u-old-fill-${String(i).padStart(3, '0')}`, '焊工'),
    );
    for (let start = 0; start < filler.length; start += 50)
      await db.collection('users').add(filler.slice(start, start + 50));
  });

  it('read in today’s shape before any migration', async () => {
    const found = data(await union('searchPeople', { keyword: '旧记录del' }, city)).people;
    const model = found.find((person) => person.id === 'u-old-model')!;
    expect(model.tradeCode).toBe('cnc_lathe_operator');
    expect(model.trade).toBe('数控车工');
    expect(model.honours).toEqual([
      { code: 'city_skill_expert', title: '市技术能手', level: 'city', year: 2022, trade: 'cnc_lathe_operator' },
      { code: 'national_model_worker', title: '全国劳动模范', level: 'national', year: 2020, trade: null },
      { code: 'other', title: '杭州工匠', level: 'city', year: 2023, trade: null },
    ]);
    const free = data(await union('searchPeople', { keyword: '旧记录ree' }, city)).people[0]!;
    expect(free).toMatchObject({ tradeCode: 'other', trade: '无损检测员', honours: [], frontline: 'none' });
  });

  it('are migrated once, in batches, by the city union only, with counts and an audit entry', async () => {
    expect(error(await union('migratePeople', {}, 'persona-district-staff'))).toMatchObject({ code: 'FORBIDDEN' });
    const first = data(await union('migratePeople', {}, city));
    // The demo city is seeded in today's shape: only this test's old records change.
    expect(first).toEqual({
      examined: expect.any(Number),
      changed: 133,
      honoursMoved: 3,
      tradesMapped: 132,
      tradesKeptAsOther: 1,
    });
    expect(first.examined).toBeGreaterThan(133 + 40);

    const model = await stored('u-old-model');
    expect(model.profile).toMatchObject({ trade: 'cnc_lathe_operator', tradeNote: null });
    expect(model.honours).toEqual([
      { code: 'city_skill_expert', title: '市技术能手', level: 'city', year: 2022, trade: 'cnc_lathe_operator' },
      { code: 'national_model_worker', title: '全国劳动模范', level: 'national', year: 2020, trade: null },
      { code: 'other', title: '杭州工匠', level: 'city', year: 2023, trade: null },
    ]);
    // One store: the designation stays, its old list is gone.
    expect(model.modelWorker).toEqual({ designatedBy: 'seed', designatedAt: expect.any(Date) });
    expect((await stored('u-old-free')).profile).toMatchObject({ trade: 'other', tradeNote: '无损检测员' });
    expect((await stored('u-old-alias')).profile).toMatchObject({ trade: 'electrician', tradeNote: null });
    expect((await stored('u-old-fill-129')).profile).toMatchObject({ trade: 'welder' });

    const again = data(await union('migratePeople', {}, city));
    expect(again).toEqual({
      examined: first.examined,
      changed: 0,
      honoursMoved: 0,
      tradesMapped: 0,
      tradesKeptAsOther: 0,
    });
    const log = data(await union('auditLog', { targetType: 'user' }, city)).entries;
    expect(log.filter((entry) => entry.action === 'people.migrate')).toHaveLength(2);
  });
});

describe('honours of any member', () => {
  const cityExpert = {
    code: 'city_skill_expert',
    title: '市技术能手',
    level: 'city',
    year: 2024,
    trade: 'welder',
  } as const;

  it('are set by staff over the enterprise, for a reason, and audited', async () => {
    const worker = data(await account('me', {}, 'persona-worker')).userId;
    const member = data(await union('setHonours', { userId: worker, honours: [cityExpert], reason }, enterprise));
    expect(member).toMatchObject({ modelWorker: false, honours: [cityExpert] });
    expect(data(await account('me', {}, 'persona-worker')).honours).toEqual([cityExpert]);
    const log = data(await union('auditLog', { targetType: 'user' }, enterprise)).entries;
    expect(log.find((entry) => entry.action === 'honours.set')).toMatchObject({
      reason,
      before: { honours: [] },
      after: { honours: [cityExpert] },
    });
    expect(error(await union('setHonours', { userId: worker, honours: [], reason }, xihu))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('refuse a trade-specific honour without its trade, naming the field', async () => {
    const worker = data(await account('me', {}, 'persona-worker')).userId;
    const refused = error(
      await union('setHonours', { userId: worker, honours: [{ ...cityExpert, trade: null }], reason }, enterprise),
    );
    expect(refused).toMatchObject({ code: 'INVALID_INPUT', field: 'honours.0.trade' });
    expect(refused.message).toContain('这项荣誉分工种，请选择工种');
  });
});

describe('一线职工', () => {
  async function freshMember(n: number) {
    const openid = `frontline-worker-${n}`;
    await account('consent', { version: '2026-11' }, openid);
    const me = data(
      await account(
        'saveProfile',
        { realName: `一线${n}号`, trade: 'welder', skillLevel: 'junior', frontline: true },
        openid,
      ),
    );
    const token = data(await union('createInvite', { orgId: 'org-jinggong' }, enterprise)).token;
    data(await account('acceptInvite', { token }, openid));
    return { openid, userId: me.userId };
  }

  it('is stated by the worker, listed as 待确认, confirmed by staff and kept when the worker saves again', async () => {
    const { openid, userId } = await freshMember(1);
    const pending = data(await union('listMembers', { orgId: 'org-jinggong', frontline: 'pending' }, enterprise));
    expect(pending.members.map((member) => member.id)).toContain(userId);
    const confirmed = data(
      await union('decideFrontline', { userId, confirm: true, reason: '车间岗位核实' }, enterprise),
    );
    expect(confirmed.frontline).toBe('confirmed');
    const listed = data(await union('listMembers', { orgId: 'org-jinggong', frontline: 'confirmed' }, enterprise));
    expect(listed.members.map((member) => member.id)).toContain(userId);
    expect(listed.members.every((member) => member.frontline === 'confirmed')).toBe(true);
    // Saving the profile again with the same statement leaves the confirmation alone.
    const saved = data(
      await account(
        'saveProfile',
        { realName: '一线1号', trade: 'welder', skillLevel: 'junior', frontline: true },
        openid,
      ),
    );
    expect(saved.profile!.frontline).toBe('confirmed');
    const withdrawn = data(
      await union('decideFrontline', { userId, confirm: false, reason: '已调离生产岗位' }, enterprise),
    );
    expect(withdrawn.frontline).toBe('withdrawn');
    const log = data(await union('auditLog', { targetType: 'user' }, enterprise)).entries;
    expect(log.filter((entry) => entry.action.startsWith('frontline.')).map((entry) => entry.reason)).toEqual(
      expect.arrayContaining(['车间岗位核实', '已调离生产岗位']),
    );
  });

  it('cannot be confirmed for someone who never stated it, nor by staff of another district', async () => {
    const { openid, userId } = await freshMember(2);
    expect(error(await union('decideFrontline', { userId, confirm: true, reason }, xihu))).toMatchObject({
      code: 'FORBIDDEN',
    });
    data(
      await account(
        'saveProfile',
        { realName: '一线2号', trade: 'welder', skillLevel: 'junior', frontline: false },
        openid,
      ),
    );
    expect(error(await union('decideFrontline', { userId, confirm: true, reason }, enterprise))).toMatchObject({
      code: 'CONFLICT',
      field: 'userId',
    });
  });

  it('never stays confirmed when the worker takes it back while staff confirm it', async () => {
    for (let round = 0; round < 6; round++) {
      const { openid, userId } = await freshMember(10 + round);
      await Promise.all([
        account(
          'saveProfile',
          { realName: `一线${10 + round}号`, trade: 'welder', skillLevel: 'junior', frontline: false },
          openid,
        ),
        union('decideFrontline', { userId, confirm: true, reason }, enterprise),
      ]);
      expect((await stored(userId)).frontline?.status).toBe('none');
    }
  });
});
