// People, unions and roles end to end: the built `account` and `union` functions in the local cloud, called over
// HTTP as seeded and fresh WeChat users, through the unmodified SDK.
import { PRIVACY_TERMS_VERSION } from '../src/shared/people/vocabulary';
import { DEMO_CAMPAIGN_ID } from '../database/seed/people';
import { data, error, startSeededCloud, type SeededCloud, callerOf } from '../test-support/seeded-cloud';
import { unionContract } from '../src/shared/contracts/union';
import { accountContract } from '../src/shared/contracts/account';

let env: SeededCloud;
beforeAll(async () => {
  env = await startSeededCloud();
}, 30_000);
afterAll(() => env.close());

const account = callerOf(accountContract, () => env);
const union = callerOf(unionContract, () => env);
const docs = (collection: string) => [...env.cloud.database.store.collection(collection).docs.values()];

let fresh = 0;
/** A new WeChat user with a consented profile (and a phone and ID number). */
async function newWorker(name = '测试工人', phone = '13912345678', idNumber = '11010519491231002X') {
  const openid = `test-user-${++fresh}`;
  data(await account('me', {}, openid));
  data(await account('consent', { version: PRIVACY_TERMS_VERSION }, openid));
  const me = data(
    await account('saveProfile', { realName: name, trade: 'fitter', skillLevel: 'senior', phone, idNumber }, openid),
  );
  return { openid, userId: me.userId as string, me };
}

describe('sign-in and profile', () => {
  it('creates the caller on the first call, once, even when the first calls race', async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, () => account('me', {}, 'test-racer')));
    const ids = new Set(answers.map((answer) => data(answer).userId));
    expect(ids.size).toBe(1);
    expect(docs('users').filter((user) => user.openid === 'test-racer')).toHaveLength(1);
    expect(data(answers[0]!)).toMatchObject({ profile: null, membership: { status: 'none' }, staffAt: [] });
  });

  it('refuses personal fields before consent, and changes nothing', async () => {
    data(await account('me', {}, 'test-noconsent'));
    const refused = error(
      await account(
        'saveProfile',
        { realName: '王五', trade: 'welder', skillLevel: 'junior', phone: '13800001111' },
        'test-noconsent',
      ),
    );
    expect(refused).toMatchObject({ code: 'FORBIDDEN', message: '请先阅读并同意隐私保护指引' });
    expect(docs('users').find((user) => user.openid === 'test-noconsent')?.profile).toBeNull();
    expect(error(await account('consent', { version: '1999-01' }, 'test-noconsent'))).toMatchObject({
      code: 'CONFLICT',
      field: 'version',
    });
  });

  it('names the field of bad input in Chinese and saves nothing', async () => {
    const { openid } = await newWorker();
    const before = JSON.stringify(docs('users').find((user) => user.openid === openid));
    const bad = error(
      await account(
        'saveProfile',
        { realName: '张三', trade: 'fitter', skillLevel: 'senior', phone: '12345' },
        openid,
      ),
    );
    expect(bad).toMatchObject({ code: 'INVALID_INPUT', field: 'phone', message: '字段 phone：请输入11位手机号码' });
    const badId = error(
      await account(
        'saveProfile',
        { realName: '张三', trade: 'fitter', skillLevel: 'senior', idNumber: '110105194912310021' },
        openid,
      ),
    );
    expect(badId).toMatchObject({ field: 'idNumber' });
    expect(JSON.stringify(docs('users').find((user) => user.openid === openid))).toBe(before);
  });

  it('stores phone and ID number encrypted, shows them masked, and unmasked only to the owner', async () => {
    const { openid, me } = await newWorker('吕明', '13712345678', '11010519491231002X');
    expect(me.profile).toMatchObject({ phoneMasked: '137****5678', idNumberMasked: '1101**********002X' });
    const stored = JSON.stringify(docs('users').find((user) => user.openid === openid));
    expect(stored).not.toContain('13712345678');
    expect(stored).not.toContain('11010519491231002X');
    expect(data(await account('myPersonal', {}, openid))).toEqual({
      phone: '13712345678',
      idNumber: '11010519491231002X',
    });
    // null removes a number; omitting keeps it.
    const cleared = data(
      await account(
        'saveProfile',
        { realName: '吕明', trade: 'fitter', skillLevel: 'senior', idNumber: null },
        openid,
      ),
    );
    expect(cleared.profile).toMatchObject({ phoneMasked: '137****5678', idNumberMasked: null });
  });
});

describe('joining an enterprise', () => {
  it('goes from request to membership when enterprise staff approve, and the log says who and why', async () => {
    const { openid, userId } = await newWorker('申请人甲');
    const asked = data(await account('requestJoin', { orgId: 'org-jinggong', note: '新入职' }, openid));
    expect(asked.membership).toMatchObject({
      status: 'pending',
      pending: { org: { name: '示范市精工机械有限公司工会' } },
    });
    const pending = data(await union('listJoinRequests', {}, 'persona-enterprise-staff'));
    const request = pending.requests.find((entry: { person: { id: string } }) => entry.person.id === userId)!;
    expect(request).toMatchObject({ status: 'pending', note: '新入职', person: { phoneMasked: '139****5678' } });
    // Staff of another district may not decide it.
    expect(error(await union('decideJoin', { requestId: request.id, approve: true }, 'demo-staff-xihu')).code).toBe(
      'FORBIDDEN',
    );
    const decided = data(
      await union('decideJoin', { requestId: request.id, approve: true }, 'persona-enterprise-staff'),
    );
    expect(decided).toMatchObject({ status: 'approved' });
    const me = data(await account('me', {}, openid));
    expect(me.membership).toMatchObject({ status: 'member', org: { id: 'org-jinggong' }, pending: null });
    expect(me.history).toEqual([expect.objectContaining({ orgName: '示范市精工机械有限公司工会', to: null })]);
    // Deciding twice is refused.
    expect(
      error(
        await union(
          'decideJoin',
          { requestId: request.id, approve: false, reason: '重复' },
          'persona-district-staff',
        ),
      ).code,
    ).toBe('CONFLICT');
    const log = data(await union('auditLog', {}, 'persona-district-staff'));
    expect(log.entries[0]).toMatchObject({
      actorName: '孙丽华',
      action: 'join.approve',
      targetLabel: '申请人甲 → 示范市精工机械有限公司工会',
    });
  });

  it('needs a reason to reject, and shows the worker the reason', async () => {
    const { openid } = await newWorker('申请人乙');
    const me = data(await account('requestJoin', { orgId: 'org-power' }, openid));
    const requestId = me.membership.pending!.requestId;
    expect(error(await union('decideJoin', { requestId, approve: false }, 'persona-district-staff'))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'reason',
    });
    data(
      await union('decideJoin', { requestId, approve: false, reason: '不是本企业职工' }, 'persona-district-staff'),
    );
    const after = data(await account('me', {}, openid));
    expect(after.membership).toMatchObject({
      status: 'none',
      lastDecision: { approved: false, reason: '不是本企业职工', org: { id: 'org-power' } },
    });
  });

  it('keeps one pending request per person, also when taps race', async () => {
    const { openid, userId } = await newWorker('连点者');
    const answers = await Promise.all(
      ['org-jinggong', 'org-power', 'org-textile', 'org-port', 'org-build'].map((orgId) =>
        account('requestJoin', { orgId }, openid),
      ),
    );
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    expect(
      docs('joinRequests').filter((request) => request.userId === userId && request.status === 'pending'),
    ).toHaveLength(1);
    data(await account('cancelJoin', {}, openid));
    expect(
      docs('joinRequests').filter((request) => request.userId === userId && request.status === 'pending'),
    ).toHaveLength(0);
  });

  it('joins at once by invite, and a move keeps the history', async () => {
    const { openid } = await newWorker('调动者');
    const first = data(await union('createInvite', { orgId: 'org-jinggong' }, 'persona-enterprise-staff'));
    expect(first.codeImage).toMatch(/^data:image\/png;base64,/);
    expect(data(await account('inviteInfo', { token: first.token }, 'persona-public'))).toEqual({
      org: { id: 'org-jinggong', name: '示范市精工机械有限公司工会', kind: 'enterprise', parentName: '东城区总工会' },
      expiresAt: first.expiresAt,
    });
    data(await account('acceptInvite', { token: first.token }, openid));
    const second = data(await union('createInvite', { orgId: 'org-textile', days: 1 }, 'demo-staff-xihu'));
    const moved = data(await account('acceptInvite', { token: second.token }, openid));
    expect(moved.membership).toMatchObject({ status: 'member', org: { id: 'org-textile' } });
    expect(moved.history).toEqual([
      expect.objectContaining({ orgName: '示范市精工机械有限公司工会', to: expect.any(String) }),
      expect.objectContaining({ orgName: '西湖纺织集团工会', to: null }),
    ]);
    expect(error(await account('acceptInvite', { token: 'NoSuchToken12' }, openid))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'token',
    });
    // Enterprise staff cannot make invites for another enterprise.
    expect(error(await union('createInvite', { orgId: 'org-power' }, 'persona-enterprise-staff')).code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('staff work', () => {
  it('reveals a number only with a reason, to staff over the person, and logs that it was seen (not the value)', async () => {
    const { openid, userId } = await newWorker('被查看者', '13611112222');
    const invite = data(await union('createInvite', { orgId: 'org-power' }, 'persona-district-staff'));
    data(await account('acceptInvite', { token: invite.token }, openid));
    expect(
      error(await union('revealPersonal', { userId, field: 'phone', reason: '核对' }, 'persona-enterprise-staff'))
        .code,
    ).toBe('FORBIDDEN');
    // No reason given: deliberately outside the contract.
    expect(
      error(await env.callRaw('union', 'revealPersonal', { userId, field: 'phone' }, 'persona-district-staff')),
    ).toMatchObject({
      field: 'reason',
    });
    expect(
      data(
        await union('revealPersonal', { userId, field: 'phone', reason: '联系报名事宜' }, 'persona-district-staff'),
      ),
    ).toEqual({
      value: '13611112222',
    });
    const entry = docs('auditLog').find(
      (log) => log.action === 'personal.reveal.phone' && (log.target as { id: string }).id === userId,
    );
    expect(entry).toMatchObject({
      reason: '联系报名事宜',
      actorName: '赵建平',
      after: { field: 'phone', masked: '136****2222' },
    });
    expect(JSON.stringify(docs('auditLog'))).not.toContain('13611112222');
  });

  it('manages organisations at and below the caller’s node, by the tree’s rules', async () => {
    const created = data(
      await union(
        'createOrg',
        { parentId: 'org-dongcheng', name: '东城新材料有限公司工会', kind: 'enterprise' },
        'persona-district-staff',
      ),
    );
    expect(created).toMatchObject({
      kind: 'enterprise',
      parentId: 'org-dongcheng',
      status: 'active',
      memberCount: 0,
    });
    expect(
      error(
        await union(
          'createOrg',
          { parentId: 'org-city', name: '某企业工会', kind: 'enterprise' },
          'persona-city-staff',
        ),
      ),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'kind',
    });
    expect(
      error(
        await union(
          'createOrg',
          { parentId: 'org-dongcheng', name: '东城新材料有限公司工会', kind: 'enterprise' },
          'persona-city-staff',
        ),
      ).code,
    ).toBe('CONFLICT');
    expect(
      error(
        await union(
          'createOrg',
          { parentId: 'org-xihu', name: '西湖某厂工会', kind: 'enterprise' },
          'persona-district-staff',
        ),
      ).code,
    ).toBe('FORBIDDEN');
    const renamed = data(
      await union(
        'renameOrg',
        { orgId: created.id, name: '东城新材料科技有限公司工会', reason: '企业更名' },
        'persona-district-staff',
      ),
    );
    expect(renamed.name).toBe('东城新材料科技有限公司工会');
    // A union cannot retire itself; a district cannot be retired while it has active enterprises.
    expect(
      error(await union('retireOrg', { orgId: 'org-dongcheng', reason: '撤销' }, 'persona-district-staff')).code,
    ).toBe('FORBIDDEN');
    expect(
      error(await union('retireOrg', { orgId: 'org-dongcheng', reason: '撤销' }, 'persona-city-staff')).code,
    ).toBe('CONFLICT');
    const { openid: newStaff, userId: newStaffId } = await newWorker('新企业干部');
    const invite = data(await union('createInvite', { orgId: created.id }, 'persona-district-staff'));
    data(await account('acceptInvite', { token: invite.token }, newStaff));
    data(
      await union(
        'grantRole',
        { role: 'staff', userId: newStaffId, orgId: created.id, reason: '筹建' },
        'persona-district-staff',
      ),
    );
    expect(data(await union('workbench', {}, newStaff)).scopes).toHaveLength(1);
    expect(
      data(await union('retireOrg', { orgId: created.id, reason: '企业注销' }, 'persona-district-staff')).status,
    ).toBe('retired');
    // Its staff lose their powers with it.
    expect(error(await union('workbench', {}, newStaff)).code).toBe('FORBIDDEN');
    const directory = data(await account('directory', { keyword: '新材料' }, 'persona-public'));
    expect(directory.enterprises).toEqual([]);
  });

  it('grants and revokes roles within the caller’s reach', async () => {
    const { openid, userId } = await newWorker('新任干部');
    const invite = data(await union('createInvite', { orgId: 'org-jinggong' }, 'persona-enterprise-staff'));
    data(await account('acceptInvite', { token: invite.token }, openid));
    const grant = data(
      await union(
        'grantRole',
        { role: 'staff', userId, orgId: 'org-jinggong', reason: '换届选举' },
        'persona-district-staff',
      ),
    );
    expect(grant).toMatchObject({ role: 'staff', org: { id: 'org-jinggong' } });
    expect(
      error(
        await union(
          'grantRole',
          { role: 'staff', userId, orgId: 'org-jinggong', reason: '再次' },
          'persona-district-staff',
        ),
      ).code,
    ).toBe('CONFLICT');
    expect(data(await account('me', {}, openid)).staffAt).toEqual([expect.objectContaining({ id: 'org-jinggong' })]);
    expect(data(await union('workbench', {}, openid)).scopes).toEqual([
      expect.objectContaining({ id: 'org-jinggong' }),
    ]);
    // Experts are granted by those who run campaigns (city and district staff), not by an enterprise.
    expect(
      error(
        await union(
          'grantRole',
          { role: 'expert', userId, campaignId: DEMO_CAMPAIGN_ID, reason: '专家库' },
          'persona-enterprise-staff',
        ),
      ).code,
    ).toBe('FORBIDDEN');
    data(
      await union(
        'grantRole',
        { role: 'expert', userId, campaignId: DEMO_CAMPAIGN_ID, reason: '专家库' },
        'persona-city-staff',
      ),
    );
    expect(data(await account('me', {}, openid)).expertFor).toEqual([DEMO_CAMPAIGN_ID]);
    data(await union('revokeRole', { grantId: grant.id, reason: '任期结束' }, 'persona-district-staff'));
    expect(data(await account('me', {}, openid)).staffAt).toEqual([]);
    expect(error(await union('workbench', {}, openid)).code).toBe('FORBIDDEN');
  });

  it('designates a model worker with honours, audited with before and after', async () => {
    const found = data(await union('searchPeople', { keyword: '周建国' }, 'persona-district-staff'));
    expect(found.people).toHaveLength(1);
    const person = found.people[0]!;
    expect(person.phoneMasked).toMatch(/^139\*{4}\d{4}$/);
    const honours = [{ title: '东城区劳动模范', level: 'district' as const, year: 2026 }];
    const designated = data(
      await union(
        'designateModelWorker',
        { userId: person.id, honours, reason: '区劳模评选结果' },
        'persona-district-staff',
      ),
    );
    // Stored coded: a title that names no code is kept under `other`.
    const coded = [{ ...honours[0]!, code: 'other', trade: null }];
    expect(designated).toMatchObject({ modelWorker: true, honours: coded });
    const log = data(await union('auditLog', {}, 'persona-district-staff'));
    expect(log.entries[0]).toMatchObject({
      action: 'modelWorker.designate',
      targetLabel: '周建国',
      before: { modelWorker: false, honours: [] },
      after: { modelWorker: true, honours: coded },
    });
    // The log of a subtree: another district's staff do not see it.
    const other = data(await union('auditLog', {}, 'demo-staff-xihu'));
    expect(other.entries.some((entry: { targetLabel: string }) => entry.targetLabel === '周建国')).toBe(false);
  });

  it('shows staff the tree, the counts, and members with masked numbers only', async () => {
    const tree = data(await union('orgTree', {}, 'persona-district-staff'));
    expect(tree.orgs.map((org: { id: string }) => org.id)).toEqual(
      expect.arrayContaining(['org-dongcheng', 'org-jinggong', 'org-power']),
    );
    expect(tree.orgs.some((org: { id: string }) => org.id === 'org-xihu')).toBe(false);
    const listed = data(await union('listMembers', { orgId: 'org-jinggong' }, 'persona-enterprise-staff'));
    expect(listed.members.length).toBeGreaterThan(3);
    for (const member of listed.members) {
      expect(member.phoneMasked === null || /^\d{3}\*{4}\d{4}$/.test(member.phoneMasked)).toBe(true);
    }
    const bench = data(await union('workbench', {}, 'persona-city-staff'));
    expect(bench).toMatchObject({ scopes: [expect.objectContaining({ id: 'org-city' })] });
    expect(bench.organisations).toBeGreaterThanOrEqual(11);
  });
});

describe('bootstrap', () => {
  it('makes the configured account the first city staff on its first call', async () => {
    const bare = await startSeededCloud({
      seed: false,
      functionEnv: { JX_BOOTSTRAP_STAFF_OPENID: 'first-admin', JX_CITY_UNION_NAME: '测试市总工会' },
    });
    // Nobody else gains anything from the setting.
    expect(error(await bare.call(unionContract, 'workbench', {}, 'someone-else')).code).toBe('FORBIDDEN');
    try {
      const me = data(await bare.call(accountContract, 'me', {}, 'first-admin'));
      expect(me.staffAt).toEqual([expect.objectContaining({ name: '测试市总工会', kind: 'city' })]);
      const again = data(await bare.call(accountContract, 'me', {}, 'first-admin'));
      expect(again.staffAt).toHaveLength(1);
      expect(data(await bare.call(unionContract, 'workbench', {}, 'first-admin')).organisations).toBe(1);
    } finally {
      await bare.close();
    }
  }, 30_000);
});
