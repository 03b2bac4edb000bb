// Eligibility as sentences: a contest's for its card and detail page, so a worker reads the rules before trying; a
// campaign's for the staff who nominate into it.
import { honourLabel } from '../people/honours';
import { tradeLabels } from '../people/trades';
import { CONTEST_WORDING, type Eligibility, type EligibilityWording } from './eligibility';

export function describeEligibility(
  rules: Eligibility,
  orgNames: Record<string, string> = {},
  wording: EligibilityWording = CONTEST_WORDING,
): string[] {
  const lines: string[] = [];
  if (rules.age) lines.push(`年龄${rules.age.min}–${rules.age.max}岁（按${wording.day}计算）`);
  if (rules.trades.length > 0) lines.push(`工种：${rules.trades.map((trade) => tradeLabels[trade]).join('、')}`);
  if (rules.orgIds.length > 0) {
    lines.push(`限以下单位职工：${rules.orgIds.map((id) => orgNames[id] ?? '指定单位').join('、')}`);
  }
  if (rules.frontlineOnly) lines.push('仅限一线职工（须经本单位工会确认）');
  if (rules.excludedHonours.length > 0) {
    const honours = rules.excludedHonours.map((rule) => `${rule.sameTrade ? '同工种' : ''}${honourLabel(rule.code)}`);
    lines.push(`已获${honours.join('、')}者${wording.barred}`);
  }
  return lines;
}
