// The rows of an honours form, shared by 劳模认定 and a member's 荣誉: each row picks an honour from the coded list
// (searchable), its trade where the honour is trade-specific, a free title and level only for 其他荣誉, and the year.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { YearField } from '@/components/form/date-fields';
import { ChoiceField, TextField } from '@/components/form/fields';
import { ErrorText } from '@/components/form/messages';
import { SearchPickField } from '@/components/form/search-pick-field';
import { now as clockNow } from '@/platform/clock';
import { honourCodes, honourLabel, isTradeSpecific } from '@/shared/people/honours';
import { trades, type TradeCode } from '@/shared/people/trades';
import { honourLevelLabels, honourLevels } from '@/shared/people/vocabulary';
import { beijingYear } from '@/shared/time/beijing';
import { honourRow, withCode, type HonourErrors, type HonourRow } from './honours';

const CODE_CHOICES = honourCodes.map((value) => ({ value, label: honourLabel(value) }));
const TRADE_CHOICES = trades.map(([value, label]) => ({ value, label }));
const LEVEL_CHOICES = honourLevels.map((value) => ({ value, label: honourLevelLabels[value] }));

export interface HonourRowsProps {
  rows: readonly HonourRow[];
  onChange: (rows: HonourRow[]) => void;
  errors: HonourErrors;
  /** The person's trade, offered first for a trade-specific honour. */
  personTrade: TradeCode | null;
  /** Whether the last row may be removed (a designation keeps at least one). */
  mayEmpty: boolean;
}

export function HonourRows({ rows, onChange, errors, personTrade, mayEmpty }: HonourRowsProps) {
  const change = (key: number, next: (row: HonourRow) => HonourRow) =>
    onChange(rows.map((row) => (row.key === key ? next(row) : row)));
  const thisYear = beijingYear(clockNow());
  return (
    <>
      {rows.map((row, i) => (
        <View key={row.key} className="jx-honour-row" aria-label={`荣誉 ${i + 1}`}>
          <Text className="jx-text-body jx-block jx-honour-row__title">荣誉 {i + 1}</Text>
          <SearchPickField
            label="荣誉"
            choices={CODE_CHOICES}
            value={row.code}
            pinned="other"
            onChange={(code) => change(row.key, (now) => withCode(now, code, personTrade))}
            error={errors[`honours.${i}.code`]}
          />
          {row.code === 'other' ? (
            <>
              <TextField
                label="荣誉名称"
                value={row.title}
                onChange={(title) => change(row.key, (now) => ({ ...now, title }))}
                error={errors[`honours.${i}.title`]}
                placeholder="如 杭州工匠"
                maxLength={40}
              />
              <ChoiceField
                label="级别"
                choices={LEVEL_CHOICES}
                value={row.level}
                onChange={(level) => change(row.key, (now) => ({ ...now, level }))}
                error={errors[`honours.${i}.level`]}
              />
            </>
          ) : null}
          {row.code && isTradeSpecific(row.code) ? (
            <SearchPickField
              label="获奖工种"
              choices={TRADE_CHOICES}
              value={row.trade}
              pinned="other"
              onChange={(trade) => change(row.key, (now) => ({ ...now, trade }))}
              error={errors[`honours.${i}.trade`]}
              hint="同工种的技术能手不能以选手身份参加该工种竞赛"
            />
          ) : null}
          <YearField
            label="获得年份"
            value={row.year}
            start="1950"
            end={String(thisYear)}
            onChange={(year) => change(row.key, (now) => ({ ...now, year }))}
            error={errors[`honours.${i}.year`]}
          />
          {mayEmpty || rows.length > 1 ? (
            <View className="jx-actions">
              <Button
                className="jx-button"
                fill="outline"
                onClick={() => onChange(rows.filter((other) => other.key !== row.key))}
              >
                删除这一项
              </Button>
            </View>
          ) : null}
        </View>
      ))}
      {errors.honours ? <ErrorText className="jx-field__message">{errors.honours}</ErrorText> : null}
      {rows.length < 20 ? (
        <View className="jx-actions">
          <Button
            className="jx-button"
            fill="outline"
            onClick={() => onChange([...rows, honourRow(undefined, thisYear)])}
          >
            {rows.length === 0 ? '添加荣誉' : '再添加一项荣誉'}
          </Button>
        </View>
      ) : null}
    </>
  );
}
