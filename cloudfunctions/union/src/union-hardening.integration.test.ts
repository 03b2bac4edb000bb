// The union's own acts, tried as the selection's were: two organisations of one name created at once under one
// parent, a rename onto a sibling's name, and staff acting on themselves (designating themselves a model worker,
// approving their own request to join).
import { accountContract } from '../../../src/shared/contracts/account';
import { unionContract } from '../../../src/shared/contracts/union';
import { callerOf, data, error, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';

let env: SeededCloud;
const union = callerOf(unionContract, () => env);
const account = callerOf(accountContract, () => env);
const district = 'persona-district-staff';
const city = 'persona-city-staff';

beforeAll(async () => {
  env = await startSeededCloud();
}, 30_000);
afterAll(() => env.close());

describe('the union tree', () => {
  it('keeps sibling names unique when ten staff create the same one at once, and on rename', async () => {
    const create = () =>
      union('createOrg', { parentId: 'org-dongcheng', name: '东城同名测试公司工会', kind: 'enterprise' }, district);
    const answers = await Promise.all(Array.from({ length: 10 }, create));
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    for (const answer of answers.filter((each) => !each.ok)) {
      expect(error(answer)).toMatchObject({ code: 'CONFLICT', field: 'name' });
    }
    const other = data(
      await union(
        'createOrg',
        { parentId: 'org-dongcheng', name: '东城另一测试公司工会', kind: 'enterprise' },
        district,
      ),
    );
    expect(
      error(await union('renameOrg', { orgId: other.id, name: '东城同名测试公司工会', reason: '更名' }, district)),
    ).toMatchObject({ code: 'CONFLICT', field: 'name' });
  });

  it('never leaves an active union under a retired one when creating and retiring race', async () => {
    for (let round = 0; round < 8; round++) {
      const parent = data(
        await union('createOrg', { parentId: 'org-city', name: `撤销竞争产业${round}工会`, kind: 'industry' }, city),
      );
      const [created, retired] = await Promise.all([
        union('createOrg', { parentId: parent.id, name: `竞争下级${round}公司工会`, kind: 'enterprise' }, city),
        union('retireOrg', { orgId: parent.id, reason: '机构调整' }, city),
      ]);
      const tree = data(await union('orgTree', {}, city));
      const stored = tree.orgs.find((org: { id: string }) => org.id === parent.id);
      const children = tree.orgs.filter((org: { parentId: string | null }) => org.parentId === parent.id);
      if (stored?.status === 'retired') {
        expect(children.filter((child: { status: string }) => child.status === 'active')).toEqual([]);
      }
      // At most one of the two went through.
      expect(created.ok && retired.ok).toBe(false);
    }
  });
});

describe('staff acting on themselves', () => {
  it('cannot designate themselves a model worker', async () => {
    const me = data(await account('me', {}, district)).userId;
    const refused = error(
      await union(
        'designateModelWorker',
        { userId: me, honours: [{ title: '东城区劳动模范', level: 'district', year: 2026 }], reason: '自荐' },
        district,
      ),
    );
    expect(refused).toMatchObject({ code: 'FORBIDDEN', field: 'userId' });
    expect(refused.message).toContain('回避');
  });

  it('cannot approve their own request to join an enterprise union', async () => {
    const asked = data(await account('requestJoin', { orgId: 'org-jinggong' }, district));
    const requestId = asked.membership.pending!.requestId;
    const refused = error(await union('decideJoin', { requestId, approve: true }, district));
    expect(refused).toMatchObject({ code: 'FORBIDDEN' });
    // A colleague above decides it.
    data(await union('decideJoin', { requestId, approve: false, reason: '已在东城电力任职' }, 'persona-city-staff'));
  });
});
