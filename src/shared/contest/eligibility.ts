// Interim: replaced by the eligibility rule merged from the `contest-people` branch (same exports).
import * as z from 'zod';

export const eligibilitySchema = z
  .object({
    age: z
      .object({ min: z.number().int().min(16).max(70), max: z.number().int().min(16).max(70) })
      .strict()
      .nullable(),
    trades: z.array(z.string()).max(50),
    orgIds: z.array(z.string()).max(50),
    frontlineOnly: z.boolean(),
    excludedHonours: z.array(z.object({ code: z.string(), sameTrade: z.boolean() }).strict()).max(20),
  })
  .strict();
export type Eligibility = z.infer<typeof eligibilitySchema>;

export interface EligibilityFacts {
  birthDate: string | null;
  trade: string;
  orgPath: string[];
  frontlineConfirmed: boolean;
  honours: Array<{ code: string; trade: string | null }>;
}

export type EligibilityVerdict = { ok: true } | { ok: false; rule: string; message: string; field?: string };

export function checkEligibility(
  rules: Eligibility,
  facts: EligibilityFacts,
  _trade: string,
  _day: string,
): EligibilityVerdict {
  if (rules.orgIds.length > 0 && !rules.orgIds.some((id) => facts.orgPath.includes(id))) {
    return { ok: false, rule: 'orgs', message: '仅限指定单位的职工报名' };
  }
  return { ok: true };
}
