// Who may enter a contest — or be nominated in a selection campaign — as data on the contest (the campaign) and one
// pure rule over a worker's stored facts. Both contracts store `eligibilitySchema`; the server reads the facts
// (`server/people/eligibility-facts.ts`) and calls `checkEligibility` at registration (nomination), and the page
// calls it before anyone tries, so both name the same rule. Only the words differ (`EligibilityWording`).
import * as z from 'zod';
import { honourCodes, honourLabel, isTradeSpecific, type HonourCode } from '../people/honours';
import { tradeCodes, tradeLabels, type TradeCode } from '../people/trades';
import { despiteFieldProblems, wholeNumber } from '../validation/fields';

export { birthDateFromIdNumber } from '../people/personal-data';

/** Ages real notices use: 16 (the legal working age) to 70. */
export const MIN_AGE = 16;
export const MAX_AGE = 70;

const ageBound = (which: string) => wholeNumber(MIN_AGE, MAX_AGE, `${which}须为${MIN_AGE}到${MAX_AGE}之间的整数`);

export const ageRangeSchema = z
  .object({ min: ageBound('最低年龄'), max: ageBound('最高年龄') })
  .strict()
  .refine((range) => range.min <= range.max, {
    message: '最低年龄不能大于最高年龄',
    path: ['max'],
    ...despiteFieldProblems,
  });

export const excludedHonourSchema = z
  .object({ code: z.enum(honourCodes, { error: '请选择荣誉' }), sameTrade: z.boolean() })
  .strict()
  .refine((rule) => !rule.sameTrade || isTradeSpecific(rule.code), {
    message: '这项荣誉不分工种，不能只限同工种',
    path: ['sameTrade'],
  });

export const eligibilitySchema = z
  .object({
    /** Age on the contest day; null: any age. */
    age: ageRangeSchema.nullable().default(null),
    /** Trades whose workers may enter; empty: any trade. */
    trades: z
      .array(z.enum(tradeCodes, { error: '请选择工种' }))
      .max(50)
      .default([]),
    /** Organisations whose subtree's members may enter; empty: anyone. */
    orgIds: z.array(z.string().trim().min(1).max(64)).max(50).default([]),
    /** Only workers whose 一线职工 status their enterprise union confirmed. */
    frontlineOnly: z.boolean().default(false),
    /** Honours whose holders may not enter as contestants; `sameTrade`: only when held in the contest's trade. */
    excludedHonours: z.array(excludedHonourSchema).max(20).default([]),
  })
  .strict()
  .refine((rules) => new Set(rules.excludedHonours.map((rule) => rule.code)).size === rules.excludedHonours.length, {
    message: '同一项荣誉只能列一次',
    path: ['excludedHonours'],
    ...despiteFieldProblems,
  });
export type Eligibility = z.output<typeof eligibilitySchema>;

/** No rule at all: anyone the contest (campaign) is open to. */
export const NO_ELIGIBILITY_RULES: Eligibility = {
  age: null,
  trades: [],
  orgIds: [],
  frontlineOnly: false,
  excludedHonours: [],
};

/** What the rule reads about a worker: only stored facts, never the ID number itself. */
export interface EligibilityFacts {
  /** From the ID number on the profile; null when there is none. */
  birthDate: string | null;
  trade: TradeCode | null;
  /** The worker's enterprise and its ancestors, root first; empty when they belong to none. */
  orgPath: readonly string[];
  frontlineConfirmed: boolean;
  honours: ReadonlyArray<{ code: HonourCode; trade: TradeCode | null }>;
}

export type EligibilityRule = 'age' | 'trade' | 'org' | 'frontline' | 'honour';

export type EligibilityResult =
  | { ok: true }
  | {
      ok: false;
      rule: EligibilityRule;
      /** Chinese, naming the rule, shown to the worker before they try. */
      message: string;
      /** The profile field the worker can fix, where one can. */
      field?: 'idNumber' | 'trade';
    };

/** The words a verdict uses where contests and nominations differ. */
export interface EligibilityWording {
  /** The day the age is counted on. */
  day: string;
  /** Without an ID number the age is unknown: what to do about it, and for whom. */
  noIdNumber: string;
  /** What a holder of an excluded honour may not do. */
  barred: string;
}

/** A worker reads a contest's verdict about themselves. */
export const CONTEST_WORDING: EligibilityWording = {
  day: '比赛当天',
  noIdNumber: '需先在「我的」补充身份证号',
  barred: '不能以选手身份参赛',
};

/** Staff read a campaign's verdict about someone they would nominate; the age counts on the nomination's last day. */
export const NOMINATION_WORDING: EligibilityWording = {
  day: '提名截止日',
  noIdNumber: '该职工还没有登记身份证号，请其先在「我的」补充',
  barred: '不能被提名',
};

/**
 * Whole years from `birthDate` to `day` (both `YYYY-MM-DD`): a birthday not yet reached that year counts one
 * younger. Someone born on 29 February is a year older from 1 March in a common year (their day has not come on
 * 28 February), as Chinese courts count it.
 */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** Names the organisations of an `orgIds` rule in its message; without names the message stays general. */
export type OrgNames = Readonly<Record<string, string>>;

export function checkEligibility(
  rules: Eligibility,
  facts: EligibilityFacts,
  contestTrade: TradeCode | null,
  contestDay: string,
  orgNames: OrgNames = {},
  wording: EligibilityWording = CONTEST_WORDING,
): EligibilityResult {
  if (rules.age) {
    const range = `${rules.age.min}–${rules.age.max} 岁`;
    if (!facts.birthDate) {
      return {
        ok: false,
        rule: 'age',
        message: `年龄须在 ${range}之间：${wording.noIdNumber}`,
        field: 'idNumber',
      };
    }
    const age = ageOn(facts.birthDate, contestDay);
    if (age < rules.age.min || age > rules.age.max) {
      return { ok: false, rule: 'age', message: `年龄须在 ${range}之间（${wording.day}）` };
    }
  }
  if (rules.trades.length > 0 && (facts.trade === null || !rules.trades.includes(facts.trade))) {
    const names = rules.trades.map((code) => tradeLabels[code]).join('、');
    return { ok: false, rule: 'trade', message: `仅限以下工种：${names}`, field: 'trade' };
  }
  if (rules.orgIds.length > 0 && !rules.orgIds.some((id) => facts.orgPath.includes(id))) {
    const names = rules.orgIds.map((id) => orgNames[id]).filter((name): name is string => Boolean(name));
    return {
      ok: false,
      rule: 'org',
      message: names.length === rules.orgIds.length ? `仅限${names.join('、')}的职工` : '仅限指定单位的职工',
    };
  }
  if (rules.frontlineOnly && !facts.frontlineConfirmed) {
    return { ok: false, rule: 'frontline', message: '仅限一线职工（须经所在单位工会确认）' };
  }
  for (const excluded of rules.excludedHonours) {
    const held = facts.honours.find(
      (honour) =>
        honour.code === excluded.code &&
        (!excluded.sameTrade || (contestTrade !== null && honour.trade === contestTrade)),
    );
    if (held) {
      const what = `${excluded.sameTrade ? '同工种' : ''}${honourLabel(excluded.code)}`;
      return { ok: false, rule: 'honour', message: `已获${what}，${wording.barred}` };
    }
  }
  return { ok: true };
}
