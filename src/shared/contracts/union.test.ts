import {
  auditEntrySchema,
  grantSchema,
  joinRequestSchema,
  memberSchema,
  orgNodeSchema,
  unionContract,
} from './union';

const at = '2026-11-22T14:00:00+08:00';
const org = { id: 'acme', name: '某某企业工会', kind: 'enterprise', parentName: '西湖区总工会' } as const;
const person = {
  id: 'u1',
  realName: '王小强',
  trade: '数控车工',
  skillLevel: 'technician',
  phoneMasked: '138****5678',
  org,
  modelWorker: true,
};
const node = {
  id: 'acme',
  name: '某某企业工会',
  kind: 'enterprise',
  parentId: 'xihu',
  status: 'active',
  memberCount: 12,
};
const request = {
  id: 'r1',
  person,
  org,
  note: '我是车间职工',
  status: 'pending',
  createdAt: at,
  decidedAt: null,
  reason: null,
};
const grant = { id: 'g1', role: 'staff', org, campaignId: null, grantedAt: at };
const honour = { title: '杭州工匠', level: 'city', year: 2024 };
const member = {
  ...person,
  idNumberMasked: '1101**********002X',
  joinedAt: at,
  grants: [grant],
  honours: [honour],
  tradeCode: 'cnc_lathe_operator',
  frontline: 'confirmed',
};
const reason = '换届调整';

const { actions } = unionContract;
const accepts = (schema: { safeParse: (value: unknown) => { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success;

describe('the union contract', () => {
  it('is the `union` function', () => {
    expect(unionContract.name).toBe('union');
  });

  it('carries every field of organisations, join requests, grants, members and audit entries to the app', () => {
    expect(orgNodeSchema.parse(node)).toEqual(node);
    expect(orgNodeSchema.parse({ ...node, status: 'retired' })).toEqual({ ...node, status: 'retired' });
    for (const status of ['pending', 'approved', 'rejected', 'cancelled']) {
      expect(joinRequestSchema.parse({ ...request, status })).toEqual({ ...request, status });
    }
    expect(grantSchema.parse(grant)).toEqual(grant);
    const expertGrant = { ...grant, role: 'expert', org: null, campaignId: 'c1' };
    expect(grantSchema.parse(expertGrant)).toEqual(expertGrant);
    expect(memberSchema.parse(member)).toEqual(member);
    const entry = {
      id: 'a1',
      at,
      actorName: '李娜',
      action: 'union.renameOrg',
      targetType: 'org',
      targetLabel: '某某企业工会',
      reason,
      before: { name: '旧名' },
      after: { name: '某某企业工会' },
    };
    expect(auditEntrySchema.parse(entry)).toEqual(entry);
  });

  it('shows the workbench and the tree below the caller', () => {
    const workbench = { scopes: [org], pendingJoinRequests: 2, members: 30, organisations: 4 };
    expect(actions.workbench.output.parse(workbench)).toEqual(workbench);
    expect(accepts(actions.workbench.input, { orgId: 'x' })).toBe(false);
    expect(actions.orgTree.output.parse({ orgs: [node] })).toEqual({ orgs: [node] });
    expect(accepts(actions.orgTree.input, { orgId: 'x' })).toBe(false);
  });

  it('creates, renames and retires organisations, trimming names and needing a reason for changes', () => {
    expect(actions.createOrg.input.parse({ parentId: 'xihu', name: ' 某某企业工会 ', kind: 'enterprise' })).toEqual({
      parentId: 'xihu',
      name: '某某企业工会',
      kind: 'enterprise',
    });
    expect(actions.createOrg.output.parse(node)).toEqual(node);
    expect(actions.renameOrg.input.parse({ orgId: 'acme', name: '新名字工会', reason })).toEqual({
      orgId: 'acme',
      name: '新名字工会',
      reason,
    });
    expect(accepts(actions.renameOrg.input, { orgId: 'acme', name: '新名字工会' })).toBe(false);
    expect(actions.renameOrg.output.parse(node)).toEqual(node);
    expect(actions.retireOrg.input.parse({ orgId: 'acme', reason })).toEqual({ orgId: 'acme', reason });
    expect(accepts(actions.retireOrg.input, { orgId: 'acme' })).toBe(false);
    expect(actions.retireOrg.output.parse(node)).toEqual(node);
  });

  it('lists pending join requests unless told which, a page at a time', () => {
    expect(actions.listJoinRequests.input.parse({})).toEqual({ status: 'pending' });
    for (const status of ['pending', 'approved', 'rejected']) {
      expect(actions.listJoinRequests.input.parse({ status, cursor: 'p2' })).toEqual({ status, cursor: 'p2' });
    }
    expect(accepts(actions.listJoinRequests.input, { status: 'cancelled' })).toBe(false);
    expect(accepts(actions.listJoinRequests.input, { cursor: 'p'.repeat(65) })).toBe(false);
    const page = { requests: [request], nextCursor: 'p2', total: 21, page: 1 };
    expect(actions.listJoinRequests.output.parse(page)).toEqual(page);
  });

  it('approves a join request without a reason, but rejects one only with a reason', () => {
    const { input } = actions.decideJoin;
    expect(input.parse({ requestId: 'r1', approve: true })).toEqual({ requestId: 'r1', approve: true });
    expect(input.parse({ requestId: 'r1', approve: false, reason })).toEqual({
      requestId: 'r1',
      approve: false,
      reason,
    });
    expect(input.safeParse({ requestId: 'r1', approve: false }).error?.issues).toEqual([
      expect.objectContaining({ path: ['reason'], message: '驳回时请填写原因' }),
    ]);
    expect(actions.decideJoin.output.parse(request)).toEqual(request);
  });

  it('lists members and finds people by a keyword of 1 to 20 characters, trimmed', () => {
    expect(actions.listMembers.input.parse({ orgId: 'acme', cursor: 'p2' })).toEqual({ orgId: 'acme', cursor: 'p2' });
    const page = { members: [member], nextCursor: null, total: 1, page: 1 };
    expect(actions.listMembers.output.parse(page)).toEqual(page);
    expect(actions.searchPeople.input.parse({ keyword: ' 王小 ' })).toEqual({ keyword: '王小' });
    expect(accepts(actions.searchPeople.input, { keyword: '  ' })).toBe(false);
    expect(accepts(actions.searchPeople.input, { keyword: '王'.repeat(21) })).toBe(false);
    expect(actions.searchPeople.output.parse({ people: [member] })).toEqual({ people: [member] });
  });

  it('reveals only the phone or the ID number, for a stated reason', () => {
    for (const field of ['phone', 'idNumber']) {
      expect(actions.revealPersonal.input.parse({ userId: 'u1', field, reason })).toEqual({
        userId: 'u1',
        field,
        reason,
      });
    }
    expect(accepts(actions.revealPersonal.input, { userId: 'u1', field: 'address', reason })).toBe(false);
    expect(actions.revealPersonal.output.parse({ value: null })).toEqual({ value: null });
  });

  it('makes invites valid for 1 to 30 days, a week unless told', () => {
    expect(actions.createInvite.input.parse({ orgId: 'acme' })).toEqual({ orgId: 'acme', days: 7 });
    expect(actions.createInvite.input.parse({ orgId: 'acme', days: 14 })).toEqual({ orgId: 'acme', days: 14 });
    expect(accepts(actions.createInvite.input, { orgId: 'acme', days: 0 })).toBe(false);
    expect(accepts(actions.createInvite.input, { orgId: 'acme', days: 31 })).toBe(false);
    const invite = { token: 'abcd1234', expiresAt: at, codeImage: 'data:image/png;base64,AAAA' };
    expect(actions.createInvite.output.parse(invite)).toEqual(invite);
  });

  describe('granting a role', () => {
    const { input } = actions.grantRole;

    it('grants staff at an organisation, or an expert for a campaign', () => {
      const staff = { role: 'staff', userId: 'u1', orgId: 'acme', reason };
      expect(input.parse(staff)).toEqual(staff);
      expect(input.parse({ role: 'expert', userId: 'u1', campaignId: ' c_2026-1 ', reason })).toEqual({
        role: 'expert',
        userId: 'u1',
        campaignId: 'c_2026-1',
        reason,
      });
      expect(actions.grantRole.output.parse(grant)).toEqual(grant);
    });

    it('does not mix the two: a staff grant has no campaign, an expert grant no organisation', () => {
      expect(accepts(input, { role: 'staff', userId: 'u1', campaignId: 'c1', reason })).toBe(false);
      expect(accepts(input, { role: 'expert', userId: 'u1', orgId: 'acme', reason })).toBe(false);
      expect(accepts(input, { role: 'admin', userId: 'u1', orgId: 'acme', reason })).toBe(false);
    });

    it.each(['c 1', '#c1', 'c1#', 'c'.repeat(65)])('refuses %s as a campaign id', (campaignId) => {
      expect(accepts(input, { role: 'expert', userId: 'u1', campaignId, reason })).toBe(false);
    });

    it('revokes a grant for a reason', () => {
      expect(actions.revokeRole.input.parse({ grantId: 'g1', reason })).toEqual({ grantId: 'g1', reason });
      expect(accepts(actions.revokeRole.input, { grantId: 'g1' })).toBe(false);
      expect(actions.revokeRole.output.parse({})).toEqual({});
    });
  });

  it('designates a model worker with 1 to 20 honours', () => {
    const { input } = actions.designateModelWorker;
    expect(input.parse({ userId: 'u1', honours: [honour, honour], reason })).toEqual({
      userId: 'u1',
      honours: [honour, honour],
      reason,
    });
    expect(accepts(input, { userId: 'u1', honours: [], reason })).toBe(false);
    expect(accepts(input, { userId: 'u1', honours: Array.from({ length: 21 }, () => honour), reason })).toBe(false);
    expect(actions.designateModelWorker.output.parse(member)).toEqual(member);
  });

  it('reads the audit log a page at a time', () => {
    expect(actions.auditLog.input.parse({ cursor: 'p2' })).toEqual({ cursor: 'p2' });
    expect(accepts(actions.auditLog.input, { actor: 'u1' })).toBe(false);
    const page = { entries: [], nextCursor: null, total: 0, page: 1 };
    expect(actions.auditLog.output.parse(page)).toEqual(page);
  });
});
