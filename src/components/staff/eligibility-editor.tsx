// An eligibility rule as staff set it — age range, trades and excluded honours (picked from the shared lists by code,
// shown by label), units (from the caller's part of the tree) and front-line only: a contest's 参赛条件 (read-only
// once registration opened) and a campaign's 提名条件 (read-only once nominations opened). The rule and its words are
// src/shared/contest/eligibility.ts; this only edits it.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ChoiceField, FieldFrame, TextField } from '@/components/form/fields';
import { SearchPickField } from '@/components/form/search-pick-field';
import type { TreeRow } from '@/components/staff/org-tree';
import {
  CONTEST_WORDING,
  NOMINATION_WORDING,
  type Eligibility,
  type EligibilityWording,
} from '@/shared/contest/eligibility';
import { describeEligibility } from '@/shared/contest/rules-text';
import { honourLabel, isTradeSpecific, type HonourCode } from '@/shared/people/honours';
import { tradeLabels } from '@/shared/people/trades';
import { orgKindLabels } from '@/shared/people/vocabulary';
import type { FieldErrors } from '@/shared/validation/field-errors';
import { RULE_HONOUR_CHOICES, RULE_TRADE_CHOICES } from '@/components/form/trade-choices';
import './eligibility-editor.css';

/** What the rule is for: its name on the page, where the form keeps its errors, and the words of its verdicts. */
const USES = {
  contest: { name: '参赛条件', prefix: 'contest.eligibility', wording: CONTEST_WORDING, sameTrade: true },
  nomination: { name: '提名条件', prefix: 'eligibility', wording: NOMINATION_WORDING, sameTrade: false },
} satisfies Record<string, { name: string; prefix: string; wording: EligibilityWording; sameTrade: boolean }>;

/** The first error under `prefix`, for a list whose items are checked one by one. */
const errorUnder = (errors: FieldErrors, prefix: string) =>
  Object.entries(errors).find(([key]) => key === prefix || key.startsWith(`${prefix}.`))?.[1];

/** What a rule lists, each removable by its code; labelled as staff read it. */
function Chips<T extends string>({
  label,
  items,
  onRemove,
}: {
  label: string;
  items: ReadonlyArray<{ key: T; label: string }>;
  onRemove: (key: T) => void;
}) {
  if (items.length === 0) return <Text className="jx-text-secondary jx-block">不限</Text>;
  return (
    <View className="jx-rule-chips" role="list" aria-label={label}>
      {items.map((item) => (
        <View key={item.key} role="listitem">
          <Button className="jx-button" fill="outline" onClick={() => onRemove(item.key)}>
            {`${item.label} ×`}
          </Button>
        </View>
      ))}
    </View>
  );
}

function AgeRule({ value, onChange, errors, use }: Props) {
  const P = USES[use].prefix;
  const age = value.age;
  const [min, setMin] = useState(age ? String(age.min) : '18');
  const [max, setMax] = useState(age ? String(age.max) : '55');
  const set = (a: string, b: string) => onChange({ ...value, age: { min: Number(a), max: Number(b) } });
  return (
    <View>
      <ChoiceField<'any' | 'range'>
        label="年龄"
        choices={[
          { value: 'any', label: '不限' },
          { value: 'range', label: '限定年龄段' },
        ]}
        value={age ? 'range' : 'any'}
        onChange={(choice) => (choice === 'any' ? onChange({ ...value, age: null }) : set(min, max))}
        hint={`按${USES[use].wording.day}的年龄计算，由身份证号得出出生日期`}
        error={errors[`${P}.age`]}
      />
      {age ? (
        <View>
          <TextField
            label="最小年龄"
            type="number"
            value={min}
            onChange={(text) => {
              setMin(text);
              set(text, max);
            }}
            error={errors[`${P}.age.min`]}
          />
          <TextField
            label="最大年龄"
            type="number"
            value={max}
            onChange={(text) => {
              setMax(text);
              set(min, text);
            }}
            error={errors[`${P}.age.max`]}
          />
        </View>
      ) : null}
    </View>
  );
}

function TradesRule({ value, onChange, errors, use }: Props) {
  const P = USES[use].prefix;
  const chosen = new Set(value.trades);
  return (
    <FieldFrame label="限定工种" optional error={errorUnder(errors, `${P}.trades`)}>
      <Chips
        label="已选工种"
        items={value.trades.map((code) => ({ key: code, label: tradeLabels[code] }))}
        onRemove={(code) => onChange({ ...value, trades: value.trades.filter((t) => t !== code) })}
      />
      {/* Always open (no value): each pick adds a trade to the rule and leaves the search ready for the next. */}
      <SearchPickField
        label="添加工种"
        choices={RULE_TRADE_CHOICES.filter((choice) => !chosen.has(choice.value))}
        value={null}
        onChange={(code) => onChange({ ...value, trades: [...value.trades, code] })}
      />
    </FieldFrame>
  );
}

function OrgsRule({ value, onChange, errors, orgRows, use }: Props) {
  const P = USES[use].prefix;
  const picked = new Set(value.orgIds);
  // The whole tree is long (a city has dozens of units): listed only once staff choose to limit by unit.
  const [limiting, setLimiting] = useState(value.orgIds.length > 0);
  const toggle = (id: string) =>
    onChange({
      ...value,
      orgIds: picked.has(id) ? value.orgIds.filter((orgId) => orgId !== id) : [...value.orgIds, id],
    });
  return (
    <FieldFrame label="限定单位" optional error={errorUnder(errors, `${P}.orgIds`)}>
      <ChoiceField<'any' | 'some'>
        label="单位范围"
        choices={[
          { value: 'any', label: '不限' },
          { value: 'some', label: '只限所选单位' },
        ]}
        value={limiting ? 'some' : 'any'}
        onChange={(choice) => {
          setLimiting(choice === 'some');
          if (choice === 'any') onChange({ ...value, orgIds: [] });
        }}
      />
      {limiting ? (
        <View className="jx-org-picker" role="group" aria-label="限定单位">
          {orgRows
            .filter((row) => row.status === 'active')
            .map((row) => {
              const on = picked.has(row.id);
              return (
                <View
                  key={row.id}
                  className={`jx-org-option jx-depth-${Math.min(row.depth, 3)}${on ? ' jx-org-option--picked' : ''}`}
                  role="checkbox"
                  aria-checked={on}
                  aria-label={`${row.name}，${orgKindLabels[row.kind]}`}
                  onClick={() => toggle(row.id)}
                >
                  <Text className="jx-text-body jx-org-option__name">
                    {on ? '✓ ' : ''}
                    {row.name}
                  </Text>
                  <Text className="jx-text-secondary jx-org-option__meta">{orgKindLabels[row.kind]}</Text>
                </View>
              );
            })}
        </View>
      ) : null}
    </FieldFrame>
  );
}

function HonoursRule({ value, onChange, errors, use }: Props) {
  const P = USES[use].prefix;
  const [code, setCode] = useState<HonourCode | null>(null);
  const [sameTrade, setSameTrade] = useState(true);
  const listed = new Set(value.excludedHonours.map((honour) => honour.code));
  // 同工种 only means something for an honour conferred in one trade (技术能手), where the rule has a trade of its
  // own (a contest's; a selection has none); others exclude in any trade.
  const scoped = USES[use].sameTrade && code !== null && isTradeSpecific(code);
  const add = () => {
    if (code === null || listed.has(code)) return;
    onChange({ ...value, excludedHonours: [...value.excludedHonours, { code, sameTrade: scoped && sameTrade }] });
    setCode(null);
  };
  return (
    <FieldFrame
      label={`已获以下荣誉者${USES[use].wording.barred}`}
      optional
      error={errorUnder(errors, `${P}.excludedHonours`)}
    >
      <Chips
        label="排除的荣誉"
        items={value.excludedHonours.map((h) => ({
          key: h.code,
          label: `${h.sameTrade ? '同工种' : ''}${honourLabel(h.code)}`,
        }))}
        onRemove={(removed) =>
          onChange({ ...value, excludedHonours: value.excludedHonours.filter((h) => h.code !== removed) })
        }
      />
      <ChoiceField<HonourCode>
        label="荣誉"
        choices={RULE_HONOUR_CHOICES.filter((choice) => !listed.has(choice.value))}
        value={code}
        onChange={setCode}
      />
      {scoped ? (
        <ChoiceField<'same' | 'any'>
          label="适用范围"
          choices={[
            { value: 'same', label: '仅同工种' },
            { value: 'any', label: '任何工种' },
          ]}
          value={sameTrade ? 'same' : 'any'}
          onChange={(choice) => setSameTrade(choice === 'same')}
          hint="仅同工种：只排除在本比赛工种获得该荣誉的职工"
        />
      ) : null}
      <View className="jx-actions">
        <Button className="jx-button" fill="outline" onClick={add}>
          添加荣誉
        </Button>
      </View>
    </FieldFrame>
  );
}

interface Props {
  use: keyof typeof USES;
  value: Eligibility;
  onChange: (value: Eligibility) => void;
  errors: FieldErrors;
  orgRows: readonly TreeRow[];
}

export function EligibilityEditor(props: Props & { frozen: boolean; orgNames: Record<string, string> }) {
  const { value, onChange, frozen, orgNames, use } = props;
  if (frozen) {
    const lines = describeEligibility(value, orgNames, USES[use].wording);
    return (
      <View className="jx-rule-frozen" aria-label={`${USES[use].name}（已固定）`}>
        {(lines.length > 0 ? lines : ['不限']).map((line) => (
          <Text key={line} className="jx-text-body jx-block">
            · {line}
          </Text>
        ))}
      </View>
    );
  }
  return (
    <View role="group" aria-label={USES[use].name}>
      <AgeRule {...props} />
      <TradesRule {...props} />
      <OrgsRule {...props} />
      <ChoiceField<'all' | 'frontline'>
        label="一线职工"
        choices={[
          { value: 'all', label: '不限' },
          { value: 'frontline', label: '仅限一线职工' },
        ]}
        value={value.frontlineOnly ? 'frontline' : 'all'}
        onChange={(choice) => onChange({ ...value, frontlineOnly: choice === 'frontline' })}
      />
      <HonoursRule {...props} />
    </View>
  );
}
