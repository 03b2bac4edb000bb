// What contest eligibility reads about a person (`src/shared/contest/eligibility.ts`): stored facts only. The ID
// number is opened here for its birth date and nothing else; neither the number nor the ciphertext leaves this
// function, and nothing here logs. A number that cannot be read (a key rotated without re-sealing, a corrupt record)
// counts as no number, so the worker is asked to enter it again rather than shown a server error.
import type { EligibilityFacts } from '../../src/shared/contest/eligibility';
import { AppError } from '../kit/app-error';
import type { Db } from '../kit/db';
import { orgsById } from './orgs';
import { birthDateFromIdNumber } from '../../src/shared/people/personal-data';
import { frontlineOf, honoursOf, tradeOf } from './honours';
import { decryptPersonal } from './personal-crypto';
import type { UserRecord } from './users';

function birthDateOf(user: Pick<UserRecord, 'profile'>): string | null {
  const sealed = user.profile?.idNumber?.sealed;
  if (!sealed) return null;
  let plain: string;
  try {
    plain = decryptPersonal(sealed);
  } catch {
    return null;
  }
  return birthDateFromIdNumber(plain);
}

export function eligibilityFactsOf(
  user: Pick<UserRecord, 'profile' | 'orgPath' | 'frontline' | 'honours' | 'modelWorker'>,
): EligibilityFacts {
  return {
    birthDate: birthDateOf(user),
    trade: tradeOf(user)?.code ?? null,
    orgPath: [...user.orgPath],
    frontlineConfirmed: frontlineOf(user) === 'confirmed',
    honours: honoursOf(user).map((honour) => ({ code: honour.code ?? 'other', trade: honour.trade ?? null })),
  };
}

/**
 * The names of the organisations an eligibility rule admits (`orgIds`), for the sentences people read; an id that
 * names no organisation is refused at `<field>.<index>`.
 */
export async function admittedOrgNames(
  db: Db,
  ids: readonly string[],
  field: string,
): Promise<Record<string, string>> {
  const found = await orgsById(db, ids);
  ids.forEach((id, index) => {
    if (!found.has(id)) throw new AppError('INVALID_INPUT', '没有找到这个单位', `${field}.${index}`);
  });
  return Object.fromEntries(ids.map((id) => [id, found.get(id)!.name]));
}
