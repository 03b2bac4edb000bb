// The coded list of honours a person's record holds (one store for every worker, model worker or not). Contest
// eligibility reads these codes ("已获同工种市技术能手" excludes a contestant), so an honour that matters to a rule is
// a code, never a title to match; `other` keeps a free title for everything else.
import type { HonourLevel } from './vocabulary';

interface HonourKind {
  label: string;
  /** The level the honour is conferred at; null where it varies (`other`, whose level is entered). */
  level: HonourLevel | null;
  /** Conferred in one trade (技术能手): such an honour names its trade, others do not. */
  tradeSpecific: boolean;
  /** Other titles the same honour is written as in stored free text, for reading records from before the codes. */
  aliases?: readonly string[];
}

export const honourKinds = {
  china_skill_award: { label: '中华技能大奖', level: 'national', tradeSpecific: false },
  national_skill_expert: { label: '全国技术能手', level: 'national', tradeSpecific: true },
  provincial_skill_expert: {
    label: '省技术能手',
    level: 'provincial',
    tradeSpecific: true,
    aliases: ['省级技术能手'],
  },
  city_skill_expert: { label: '市技术能手', level: 'city', tradeSpecific: true, aliases: ['市级技术能手'] },
  national_model_worker: {
    label: '全国劳动模范',
    level: 'national',
    tradeSpecific: false,
    aliases: ['全国劳模', '全国先进工作者'],
  },
  provincial_model_worker: {
    label: '省劳动模范',
    level: 'provincial',
    tradeSpecific: false,
    aliases: ['省级劳动模范', '省劳模'],
  },
  city_model_worker: {
    label: '市劳动模范',
    level: 'city',
    tradeSpecific: false,
    aliases: ['市级劳动模范', '市劳模'],
  },
  district_model_worker: { label: '区劳动模范', level: 'district', tradeSpecific: false, aliases: ['区劳模'] },
  national_may_day_medal: {
    label: '全国五一劳动奖章',
    level: 'national',
    tradeSpecific: false,
    aliases: ['五一劳动奖章'],
  },
  provincial_may_day_medal: { label: '省五一劳动奖章', level: 'provincial', tradeSpecific: false },
  city_may_day_medal: { label: '市五一劳动奖章', level: 'city', tradeSpecific: false },
  national_craftsman: { label: '大国工匠', level: 'national', tradeSpecific: false },
  provincial_craftsman: { label: '省级工匠', level: 'provincial', tradeSpecific: false },
  city_craftsman: { label: '市级工匠', level: 'city', tradeSpecific: false, aliases: ['示范市工匠'] },
  other: { label: '其他荣誉', level: null, tradeSpecific: false },
} as const satisfies Record<string, HonourKind>;

export type HonourCode = keyof typeof honourKinds;
export const honourCodes = Object.keys(honourKinds) as [HonourCode, ...HonourCode[]];

export function honourLabel(code: HonourCode): string {
  return honourKinds[code].label;
}

export function isTradeSpecific(code: HonourCode): boolean {
  return honourKinds[code].tradeSpecific;
}

/** The level an honour of this code is conferred at, if the code fixes it. */
export function fixedLevelOf(code: HonourCode): HonourLevel | null {
  return honourKinds[code].level;
}

const byTitle = new Map<string, HonourCode>();
for (const [code, kind] of Object.entries(honourKinds) as Array<[HonourCode, HonourKind]>) {
  if (code === 'other') continue;
  byTitle.set(kind.label, code);
  for (const alias of kind.aliases ?? []) byTitle.set(alias, code);
}

/** The code a free title names (spaces and a trailing year aside), or `other` where it names none. */
export function honourCodeOfTitle(title: string): HonourCode {
  const bare = title.replace(/\s+/g, '').replace(/^\d{4}年(度)?/, '');
  return byTitle.get(bare) ?? 'other';
}
