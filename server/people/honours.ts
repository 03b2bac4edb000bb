// A person's trade and honours as every feature reads them, whatever age the stored record is: a trade code or an old
// free text, honours under `users.honours` or still under `modelWorker.honours` with titles only. The migration
// (`migrate-people.ts`) writes what these read, so a migrated and an un-migrated database answer the same.
import type { Honour } from '../../src/shared/contracts/people-common';
import {
  fixedLevelOf,
  honourCodeOfTitle,
  honourCodes,
  honourLabel,
  isTradeSpecific,
} from '../../src/shared/people/honours';
import type { HonourCode } from '../../src/shared/people/honours';
import { isTradeCode, tradeOfStored, type TradeValue } from '../../src/shared/people/trades';
import type { FrontlineStatus } from '../../src/shared/people/vocabulary';
import type { StoredHonour, UserRecord } from './users';

/** The person's trade: null without a profile. */
export function tradeOf(user: Pick<UserRecord, 'profile'>): TradeValue | null {
  return user.profile ? tradeOfStored(user.profile.trade, user.profile.tradeNote) : null;
}

const isHonourCode = (value: unknown): value is HonourCode =>
  typeof value === 'string' && (honourCodes as readonly string[]).includes(value);

/**
 * One stored honour in today's shape: a missing code guessed from the title (else `other`, title kept); a coded
 * honour's title and level are its code's; a trade-specific honour without a trade takes the person's.
 */
export function honourOfStored(stored: StoredHonour, personTrade: TradeValue | null): Honour {
  const code = isHonourCode(stored.code) ? stored.code : honourCodeOfTitle(stored.title);
  const trade = isTradeSpecific(code)
    ? isTradeCode(stored.trade)
      ? stored.trade
      : (personTrade?.code ?? 'other')
    : null;
  return {
    code,
    title: code === 'other' ? stored.title : honourLabel(code),
    level: fixedLevelOf(code) ?? stored.level,
    year: stored.year,
    trade,
  };
}

/** Where the person's honours are stored now: the person-level list, or an un-migrated model worker's. */
export function storedHonoursOf(user: Pick<UserRecord, 'honours' | 'modelWorker'>): StoredHonour[] {
  return user.honours ?? user.modelWorker?.honours ?? [];
}

/** The person's honours, each in today's shape. */
export function honoursOf(user: Pick<UserRecord, 'honours' | 'modelWorker' | 'profile'>): Honour[] {
  const trade = tradeOf(user);
  return storedHonoursOf(user).map((honour) => honourOfStored(honour, trade));
}

export function frontlineOf(user: Pick<UserRecord, 'frontline'>): FrontlineStatus {
  return user.frontline?.status ?? 'none';
}
