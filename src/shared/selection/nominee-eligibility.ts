// Who may be nominated in a campaign: the contests' eligibility rule (src/shared/contest/eligibility.ts) read on the
// nomination's last day, in the words staff read. The nominate page shows the verdict before staff pick someone and
// the function refuses the nomination by the same call.
import {
  checkEligibility,
  NOMINATION_WORDING,
  type Eligibility,
  type EligibilityFacts,
  type EligibilityResult,
} from '../contest/eligibility';
import { beijingDay } from '../time/beijing';

/** The day ages are counted on: the nomination's last day in Beijing, the day before 资格审查 begins. */
export function nominationLastDay(reviewStartsAt: Date | string): string {
  return beijingDay(new Date(reviewStartsAt).getTime() - 1);
}

export function checkNominee(
  rules: Eligibility,
  facts: EligibilityFacts,
  reviewStartsAt: Date | string,
  orgNames: Readonly<Record<string, string>>,
): EligibilityResult {
  // A selection has no trade of its own, so an honour excluded "in the same trade" never applies (the contract
  // refuses such a rule on a campaign).
  return checkEligibility(rules, facts, null, nominationLastDay(reviewStartsAt), orgNames, NOMINATION_WORDING);
}
