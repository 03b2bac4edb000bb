// The organisations the caller manages, in tree order with their depth, for indented lists and pickers.
import type * as z from 'zod';
import type { orgNodeSchema } from '@/shared/contracts/union';

export type OrgNode = z.infer<typeof orgNodeSchema>;
export type TreeRow = OrgNode & { depth: number; isScopeRoot: boolean };

/** Parents before their children, siblings in the order given; a node whose parent is not listed is a root. */
export function treeRows(orgs: readonly OrgNode[]): TreeRow[] {
  const ids = new Set(orgs.map((org) => org.id));
  const children = new Map<string | null, OrgNode[]>();
  for (const org of orgs) {
    const parent = org.parentId && ids.has(org.parentId) ? org.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), org]);
  }
  const rows: TreeRow[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const org of children.get(parent) ?? []) {
      if (seen.has(org.id)) continue;
      seen.add(org.id);
      rows.push({ ...org, depth, isScopeRoot: parent === null });
      walk(org.id, depth + 1);
    }
  };
  walk(null, 0);
  return rows;
}
