// Parts of the contest form (contest-edit.tsx): a titled section, an instant picked as a Beijing day and time, and
// the sections whose parts freeze when registration opens (entry type and team size with places and review; the
// weighting and award places), shown read-only with why once frozen.
import { Text, View } from '@tarojs/components';
import type { Dispatch, ReactNode, SetStateAction } from 'react';
import { DateField, TimeField } from '@/components/form/date-fields';
import { ChoiceField, TextField } from '@/components/form/fields';
import { ErrorText } from '@/components/form/messages';
import { formatDateTime } from '@/components/format/format';
import type { FrozenPart } from '@/shared/contest/changes';
import type { ContestFormValues, PickedInstant } from './contest-form';

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View className="jx-card" role="group" aria-label={title}>
      <Text className="jx-text-title jx-block">{title}</Text>
      {children}
    </View>
  );
}

export function InstantField({
  label,
  value,
  onChange,
  error,
  fixed,
}: {
  label: string;
  value: PickedInstant;
  onChange: (value: PickedInstant) => void;
  error?: string;
  fixed?: string;
}) {
  if (fixed) {
    return (
      <View className="jx-field">
        <Text className="jx-text-body jx-field__label">{label}</Text>
        <Text className="jx-text-body jx-block">{formatDateTime(`${value.day}T${value.time}:00+08:00`)}</Text>
        <Text className="jx-text-secondary jx-block">{fixed}</Text>
        {error ? <ErrorText className="jx-field__message">{error}</ErrorText> : null}
      </View>
    );
  }
  return (
    <View>
      <DateField
        label={`${label}日期`}
        value={value.day}
        onChange={(day) => onChange({ ...value, day })}
        error={error}
      />
      <TimeField label={`${label}时间`} value={value.time} onChange={(time) => onChange({ ...value, time })} />
    </View>
  );
}

type Err = (path: string) => string | undefined;

export function EntrySection({
  values,
  setValues,
  err,
  frozen,
  capacityHint,
}: {
  values: ContestFormValues;
  setValues: Dispatch<SetStateAction<ContestFormValues>>;
  err: Err;
  frozen: readonly FrozenPart[];
  capacityHint: string;
}) {
  const set = <K extends keyof ContestFormValues>(key: K, value: ContestFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  return (
    <Section title="参赛形式与名额">
      {frozen.includes('entry') ? (
        <Text className="jx-text-body jx-block">
          {values.kind === 'team' ? `团体赛，每队${values.teamMin}到${values.teamMax}人` : '个人赛'}（已固定）
        </Text>
      ) : (
        <View>
          <ChoiceField<'individual' | 'team'>
            label="参赛形式"
            choices={[
              { value: 'individual', label: '个人赛' },
              { value: 'team', label: '团体赛' },
            ]}
            value={values.kind}
            onChange={(kind) =>
              setValues((current) => ({
                ...current,
                kind,
                teamMin: kind === 'team' ? '2' : '1',
                teamMax: kind === 'team' ? '5' : '1',
              }))
            }
            error={err('entry.kind')}
          />
          {values.kind === 'team' ? (
            <View>
              <TextField
                label="每队最少人数"
                type="number"
                value={values.teamMin}
                onChange={(v) => set('teamMin', v)}
                error={err('entry.teamMin')}
              />
              <TextField
                label="每队最多人数"
                type="number"
                value={values.teamMax}
                onChange={(v) => set('teamMax', v)}
                error={err('entry.teamMax')}
              />
            </View>
          ) : null}
        </View>
      )}
      <TextField
        label="名额"
        type="number"
        value={values.capacity}
        hint={capacityHint}
        onChange={(v) => set('capacity', v)}
        error={err('capacity')}
      />
      {frozen.includes('review') ? (
        <Text className="jx-text-body jx-block">
          审核：{values.review ? '报名须经主办方审核' : '报名即确认'}（已固定）
        </Text>
      ) : (
        <ChoiceField<'auto' | 'review'>
          label="报名审核"
          choices={[
            { value: 'auto', label: '报名即确认' },
            { value: 'review', label: '须主办方审核' },
          ]}
          value={values.review ? 'review' : 'auto'}
          onChange={(choice) => set('review', choice === 'review')}
        />
      )}
    </Section>
  );
}

export function ScoringSection({
  values,
  set,
  err,
  frozen,
}: {
  values: ContestFormValues;
  set: <K extends keyof ContestFormValues>(key: K, value: ContestFormValues[K]) => void;
  err: Err;
  frozen: readonly FrozenPart[];
}) {
  return (
    <Section title="成绩与奖项">
      {frozen.includes('weighting') ? (
        <Text className="jx-text-body jx-block">
          理论{values.theory}%，实操{values.practical}%（已固定）
        </Text>
      ) : (
        <View>
          <TextField
            label="理论权重（%）"
            type="number"
            value={values.theory}
            onChange={(v) => set('theory', v)}
            error={err('weighting.theory')}
          />
          <TextField
            label="实操权重（%）"
            type="number"
            value={values.practical}
            onChange={(v) => set('practical', v)}
            error={err('weighting.practical')}
          />
        </View>
      )}
      {frozen.includes('awards') ? (
        <Text className="jx-text-body jx-block">获奖名额：{values.awards}名（已固定）</Text>
      ) : (
        <TextField
          label="获奖名额"
          type="number"
          value={values.awards}
          onChange={(v) => set('awards', v)}
          error={err('awards')}
        />
      )}
    </Section>
  );
}
