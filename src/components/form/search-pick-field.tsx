// One value picked from a list too long to show at once (the 45 trades): the picked value on the field; 更换 opens a
// search box and the matching options as the same one-tap choices as ChoiceField. Plain views and an input, so the
// mini-program and H5 behave the same, and the search needs no network.
import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { FieldFrame, type Choice } from './fields';
import './search-pick-field.css';

export interface SearchPickFieldProps<T extends string> {
  label: string;
  choices: readonly Choice<T>[];
  value: T | null;
  onChange: (value: T) => void;
  error?: string;
  hint?: string;
  /** Always offered, whatever the search (其他). */
  pinned?: T;
  /** How many matches are shown before the user is asked to narrow the search. */
  shown?: number;
}

export function SearchPickField<T extends string>(props: SearchPickFieldProps<T>) {
  const { label, choices, value, onChange, error, hint, pinned, shown = 12 } = props;
  const [open, setOpen] = useState(value === null);
  const [query, setQuery] = useState('');
  const picked = choices.find((choice) => choice.value === value);
  const words = query.trim();
  const matching = choices.filter((choice) => choice.value !== pinned && choice.label.includes(words));
  const listed = [...matching.slice(0, shown), ...choices.filter((choice) => choice.value === pinned)];
  const pick = (choice: T) => {
    onChange(choice);
    setOpen(false);
    setQuery('');
  };
  if (picked && !open) {
    return (
      <FieldFrame label={label} error={error} hint={hint}>
        <View className="jx-search-pick__picked">
          <Text className="jx-search-pick__value">{picked.label}</Text>
          <View
            className="jx-search-pick__change"
            role="button"
            aria-label={`更换${label}`}
            onClick={() => setOpen(true)}
          >
            <Text className="jx-search-pick__change-text">更换</Text>
          </View>
        </View>
      </FieldFrame>
    );
  }
  return (
    <FieldFrame label={label} error={error} hint={hint}>
      <Input
        className="jx-field__input"
        value={query}
        placeholder={`输入关键字查找${label}`}
        aria-label={`查找${label}`}
        nativeProps={{ 'aria-label': `查找${label}` }}
        onInput={(event) => setQuery(event.detail.value)}
      />
      <View className="jx-choices jx-search-pick__choices" role="radiogroup" aria-label={label}>
        {listed.map((choice) => {
          const isPicked = choice.value === value;
          return (
            <View
              key={choice.value}
              className={`jx-choice${isPicked ? ' jx-choice--picked' : ''}`}
              role="radio"
              aria-checked={isPicked}
              aria-label={choice.label}
              onClick={() => pick(choice.value)}
            >
              <Text className="jx-choice__text">{isPicked ? `✓ ${choice.label}` : choice.label}</Text>
            </View>
          );
        })}
      </View>
      {matching.length > shown ? (
        <Text className="jx-search-pick__more">还有 {matching.length - shown} 项，输入关键字可缩小范围</Text>
      ) : null}
      {matching.length === 0 ? <Text className="jx-search-pick__more">没有找到“{words}”</Text> : null}
    </FieldFrame>
  );
}
