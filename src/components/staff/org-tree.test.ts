// The caller's organisations in tree order with depth, whatever order they arrive in.
import { treeRows, type OrgNode } from './org-tree';

const node = (id: string, parentId: string | null, kind: OrgNode['kind'] = 'enterprise'): OrgNode => ({
  id,
  name: id,
  kind,
  parentId,
  status: 'active',
  memberCount: 0,
});

describe('treeRows', () => {
  it('puts children right under their parent, indented by depth', () => {
    const rows = treeRows([
      node('city', null, 'city'),
      node('east', 'city', 'district'),
      node('west', 'city', 'district'),
      node('e1', 'east'),
      node('w1', 'west'),
    ]);
    expect(rows.map((r) => `${r.depth}:${r.id}`)).toEqual(['0:city', '1:east', '2:e1', '1:west', '2:w1']);
    expect(rows.filter((r) => r.isScopeRoot).map((r) => r.id)).toEqual(['city']);
  });

  it('treats a node whose parent is outside the caller’s scope as a root', () => {
    const rows = treeRows([node('east', 'city', 'district'), node('e1', 'east'), node('port', 'south')]);
    expect(rows.map((r) => `${r.depth}:${r.id}:${r.isScopeRoot}`)).toEqual([
      '0:east:true',
      '1:e1:false',
      '0:port:true',
    ]);
  });
});
