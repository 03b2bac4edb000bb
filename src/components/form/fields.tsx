// Form fields with their label above, and what is wrong right under them in words. Values are controlled by the
// caller, so a failed save never loses what the user typed.
import { Input, Text, Textarea, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { ErrorText } from './messages';

interface FrameProps {
  label: string;
  /** Marks the field as one that may stay empty. */
  optional?: boolean;
  /** What is wrong with the value; replaces the hint while shown. */
  error?: string;
  hint?: string;
  children: ReactNode;
}

/** A field's label above, what is wrong (or a hint) below; the control in between is the caller's. */
export function FieldFrame({ label, optional, error, hint, children }: FrameProps) {
  return (
    <View className={`jx-field${error ? ' jx-field--error' : ''}`}>
      <Text className="jx-text-body jx-field__label">
        {label}
        {optional ? <Text className="jx-field__optional">（选填）</Text> : null}
      </Text>
      {children}
      {error ? (
        <ErrorText className="jx-field__message">{error}</ErrorText>
      ) : hint ? (
        <Text className="jx-text-secondary jx-field__message">{hint}</Text>
      ) : null}
    </View>
  );
}

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  optional?: boolean;
  placeholder?: string;
  maxLength?: number;
  type?: 'text' | 'number' | 'idcard' | 'digit';
  onConfirm?: () => void;
}

export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  optional,
  placeholder,
  maxLength,
  type,
  onConfirm,
}: TextFieldProps) {
  return (
    <FieldFrame label={label} optional={optional} error={error} hint={hint}>
      <Input
        className="jx-field__input"
        value={value}
        type={type ?? 'text'}
        placeholder={placeholder}
        maxlength={maxLength ?? 140}
        aria-label={label}
        // In H5 the native <input> sits inside Taro's element: it needs its own name and state.
        nativeProps={{ 'aria-label': label, 'aria-invalid': error ? 'true' : 'false' }}
        onInput={(event) => onChange(event.detail.value)}
        onConfirm={onConfirm}
      />
    </FieldFrame>
  );
}

export interface TextAreaFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  optional?: boolean;
  placeholder?: string;
  maxLength?: number;
}

export function TextAreaField({
  label,
  value,
  onChange,
  error,
  hint,
  optional,
  placeholder,
  maxLength,
}: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} optional={optional} error={error} hint={hint}>
      <Textarea
        className="jx-field__textarea"
        value={value}
        placeholder={placeholder}
        maxlength={maxLength ?? 200}
        aria-label={label}
        nativeProps={{ 'aria-label': label, 'aria-invalid': error ? 'true' : 'false' }}
        onInput={(event) => onChange(event.detail.value)}
      />
    </FieldFrame>
  );
}

export interface Choice<T extends string> {
  value: T;
  label: string;
}

export interface ChoiceFieldProps<T extends string> {
  label: string;
  choices: readonly Choice<T>[];
  value: T | null;
  onChange: (value: T) => void;
  error?: string;
  hint?: string;
}

/** A small set of options shown all at once: one tap picks, the picked one carries a ✓ as well as colour. */
export function ChoiceField<T extends string>({ label, choices, value, onChange, error, hint }: ChoiceFieldProps<T>) {
  return (
    <FieldFrame label={label} error={error} hint={hint}>
      <View className="jx-choices" role="radiogroup" aria-label={label}>
        {choices.map((choice) => {
          const picked = choice.value === value;
          return (
            <View
              key={choice.value}
              className={`jx-choice${picked ? ' jx-choice--picked' : ''}`}
              role="radio"
              aria-checked={picked}
              aria-label={choice.label}
              onClick={() => onChange(choice.value)}
            >
              <Text className="jx-choice__text">{picked ? `✓ ${choice.label}` : choice.label}</Text>
            </View>
          );
        })}
      </View>
    </FieldFrame>
  );
}
