// Progress of a list of people in one year, from their credit summaries alone: what a master's page shows of
// their apprentices (the masters issue) and a staff list shows of a page of workers. One read per thousand
// people, whatever the size of the city; a person without a summary has done nothing yet.
import { doneItems } from '../../src/shared/tenones/progress';
import type { TenItem } from '../../src/shared/tenones/items';
import { creditYears, yearId, type CreditYearRecord } from '../credits/records';
import type { Db } from '../kit/db';

export interface PersonProgress {
  personId: string;
  done: TenItem[];
}

export async function progressOfPeople(
  db: Db,
  personIds: readonly string[],
  year: number,
): Promise<PersonProgress[]> {
  const ids = [...new Set(personIds)];
  const found = new Map<string, CreditYearRecord>();
  for (let start = 0; start < ids.length; start += 1000) {
    const { data } = (await creditYears
      .of(db)
      .where({ _id: db.command.in(ids.slice(start, start + 1000).map((id) => yearId(id, year))) })
      .limit(1000)
      .get()) as { data: CreditYearRecord[] };
    for (const summary of data) found.set(summary.person, summary);
  }
  return ids.map((personId) => ({ personId, done: doneItems(found.get(personId)?.items) }));
}
