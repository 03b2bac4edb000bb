// The shared 工种 and honour lists as the contest pages' pickers offer them: stored by code, shown by label.
import { honourCodes, honourLabel, type HonourCode } from '@/shared/people/honours';
import { trades, type TradeCode } from '@/shared/people/trades';

export const TRADE_CHOICES = trades.map(([value, label]) => ({ value, label }));

/** Trades an eligibility rule may name: 其他 is no one trade, so a rule naming it would admit any unlisted one. */
export const RULE_TRADE_CHOICES = TRADE_CHOICES.filter((choice) => choice.value !== ('other' satisfies TradeCode));

/** Honours a rule may exclude: 其他荣誉 is a free title, not one honour a rule can name. */
export const RULE_HONOUR_CHOICES = honourCodes
  .filter((code) => code !== ('other' satisfies HonourCode))
  .map((value) => ({ value, label: honourLabel(value) }));
