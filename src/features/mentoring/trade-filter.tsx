// The trade filter of 找师傅 and 带徒督导: one trade or 全部工种, which stays offered whatever the search, so the
// filter can always be cleared.
import { SearchPickField } from '@/components/form/search-pick-field';
import { trades, type TradeCode } from '@/shared/people/trades';

export type TradeFilter = 'all' | TradeCode;

const TRADE_FILTERS = [
  ...trades.map(([value, label]) => ({ value, label })),
  { value: 'all' as const, label: '全部工种' },
];

export function TradeFilterField({ value, onChange }: { value: TradeFilter; onChange: (next: TradeFilter) => void }) {
  return (
    <SearchPickField<TradeFilter>
      label="工种"
      choices={TRADE_FILTERS}
      value={value}
      onChange={onChange}
      pinned="all"
    />
  );
}
