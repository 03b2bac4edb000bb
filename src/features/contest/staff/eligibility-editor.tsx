// 参赛条件: the contest's eligibility rule as staff set it — age range, trades, units (from the caller's part of the
// tree), front-line only, and honours that exclude. Every picker of the rule is in this one file, so the shared 工种
// and honour lists can replace the typed ones here without touching the form. Read-only once registration opened.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ChoiceField, FieldFrame, TextField } from '@/components/form/fields';
import type { TreeRow } from '@/components/staff/org-tree';
import type { Eligibility } from '@/shared/contest/eligibility';
import { describeEligibility } from '@/shared/contest/rules-text';
import { orgKindLabels } from '@/shared/people/vocabulary';
import type { FieldErrors } from '@/shared/validation/field-errors';
import { wordsOf } from './lists';
import '../contest.css';

const P = 'contest.eligibility';

/** The first error under `prefix`, for a list whose items are checked one by one. */
const errorUnder = (errors: FieldErrors, prefix: string) =>
  Object.entries(errors).find(([key]) => key === prefix || key.startsWith(`${prefix}.`))?.[1];

function Chips({ label, items, onRemove }: { label: string; items: string[]; onRemove: (item: string) => void }) {
  if (items.length === 0) return <Text className="jx-text-secondary jx-block">不限</Text>;
  return (
    <View className="jx-contest-builder__tools" role="list" aria-label={label}>
      {items.map((item) => (
        <View key={item} role="listitem">
          <Button className="jx-button" fill="outline" onClick={() => onRemove(item)}>
            {`${item} ×`}
          </Button>
        </View>
      ))}
    </View>
  );
}

function AgeRule({ value, onChange, errors }: Props) {
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
        hint="按比赛当天的年龄计算，由身份证号得出出生日期"
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

function TradesRule({ value, onChange, errors }: Props) {
  const [typed, setTyped] = useState('');
  const add = () => {
    onChange({ ...value, trades: wordsOf(typed, value.trades) });
    setTyped('');
  };
  return (
    <FieldFrame label="限定工种" optional error={errorUnder(errors, `${P}.trades`)}>
      <Chips
        label="已选工种"
        items={value.trades}
        onRemove={(trade) => onChange({ ...value, trades: value.trades.filter((t) => t !== trade) })}
      />
      <TextField
        label="添加工种"
        value={typed}
        onChange={setTyped}
        placeholder="如：数控车工、焊工"
        onConfirm={add}
      />
      <View className="jx-actions">
        <Button className="jx-button" fill="outline" onClick={add}>
          添加工种
        </Button>
      </View>
    </FieldFrame>
  );
}

function OrgsRule({ value, onChange, errors, orgRows }: Props) {
  const picked = new Set(value.orgIds);
  const toggle = (id: string) =>
    onChange({
      ...value,
      orgIds: picked.has(id) ? value.orgIds.filter((orgId) => orgId !== id) : [...value.orgIds, id],
    });
  return (
    <FieldFrame label="限定单位（不选为不限）" optional error={errorUnder(errors, `${P}.orgIds`)}>
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
    </FieldFrame>
  );
}

function HonoursRule({ value, onChange, errors }: Props) {
  const [code, setCode] = useState('');
  const [sameTrade, setSameTrade] = useState(true);
  const add = () => {
    const trimmed = code.trim();
    if (!trimmed || value.excludedHonours.some((honour) => honour.code === trimmed)) return;
    onChange({ ...value, excludedHonours: [...value.excludedHonours, { code: trimmed, sameTrade }] });
    setCode('');
  };
  return (
    <FieldFrame label="已获以下荣誉者不能参赛" optional error={errorUnder(errors, `${P}.excludedHonours`)}>
      <Chips
        label="排除的荣誉"
        items={value.excludedHonours.map((h) => (h.sameTrade ? `${h.code}（同工种）` : h.code))}
        onRemove={(item) =>
          onChange({
            ...value,
            excludedHonours: value.excludedHonours.filter(
              (h) => (h.sameTrade ? `${h.code}（同工种）` : h.code) !== item,
            ),
          })
        }
      />
      <TextField label="荣誉" value={code} onChange={setCode} placeholder="如：全国技术能手" onConfirm={add} />
      <ChoiceField<'same' | 'any'>
        label="适用范围"
        choices={[
          { value: 'same', label: '仅同工种' },
          { value: 'any', label: '任何工种' },
        ]}
        value={sameTrade ? 'same' : 'any'}
        onChange={(choice) => setSameTrade(choice === 'same')}
      />
      <View className="jx-actions">
        <Button className="jx-button" fill="outline" onClick={add}>
          添加荣誉
        </Button>
      </View>
    </FieldFrame>
  );
}

interface Props {
  value: Eligibility;
  onChange: (value: Eligibility) => void;
  errors: FieldErrors;
  orgRows: readonly TreeRow[];
}

export function EligibilityEditor(props: Props & { frozen: boolean; orgNames: Record<string, string> }) {
  const { value, onChange, frozen, orgNames } = props;
  if (frozen) {
    const lines = describeEligibility(value, orgNames);
    return (
      <View className="jx-contest-frozen" aria-label="参赛条件（已固定）">
        {(lines.length > 0 ? lines : ['不限']).map((line) => (
          <Text key={line} className="jx-text-body jx-block">
            · {line}
          </Text>
        ))}
      </View>
    );
  }
  return (
    <View role="group" aria-label="参赛条件">
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
