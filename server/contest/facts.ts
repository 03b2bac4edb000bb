// Interim: replaced by server/people/eligibility-facts.ts merged from the `contest-people` branch.
import type { EligibilityFacts } from '../../src/shared/contest/eligibility';
import type { UserRecord } from '../people/users';

export function eligibilityFactsOf(user: UserRecord): EligibilityFacts {
  return {
    birthDate: null,
    trade: user.profile?.trade ?? '',
    orgPath: user.orgPath,
    frontlineConfirmed: false,
    honours: [],
  };
}
