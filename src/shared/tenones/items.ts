// The "十个一": the ten things each worker does in a Beijing calendar year (domain brief §2), numbered as the union's
// notice numbers them. Every page, contract and counter names an item by its number.

export const TEN_ITEMS = [
  { item: 1, title: '参加一次学历提升' },
  { item: 2, title: '参加一次技能竞赛' },
  { item: 3, title: '参加一场技术培训' },
  { item: 4, title: '参加一次五小活动' },
  { item: 5, title: '听一次劳模宣讲' },
  { item: 6, title: '拜一个名师' },
  { item: 7, title: '学一门技术' },
  { item: 8, title: '开展一个技术攻关' },
  { item: 9, title: '写一篇生产日记' },
  { item: 10, title: '制一个岗位提升计划' },
] as const;

export type TenItem = (typeof TEN_ITEMS)[number]['item'];

export function isTenItem(value: unknown): value is TenItem {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= TEN_ITEMS.length;
}

/** The item's title, e.g. `参加一次技能竞赛` for 2. */
export function itemTitle(item: TenItem): string {
  return TEN_ITEMS[item - 1]!.title;
}
