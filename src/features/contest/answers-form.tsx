// The organiser's registration fields as a form. Answers are checked with `answersSchemaFor`, the schema the
// function checks them with, so every error is the server's own words under its field; a photo is uploaded when
// picked, into the worker's own folder (`contest/<userId>/…`), the only place the function takes it from.
import { Text, View } from '@tarojs/components';
import { DateField } from '@/components/form/date-fields';
import { ChoiceField, FieldFrame, TextField } from '@/components/form/fields';
import { SinglePhotoField } from '@/components/photos/single-photo-field';
import type { CustomField } from '@/shared/contest/custom-fields';
import { newId } from '@/shared/ids';
import type { FieldErrors } from '@/shared/validation/field-errors';
import type { AnswerDraft } from './answers';
import { contestPhotoPath } from './photo-path';

function MultiField({
  field,
  value,
  onChange,
  error,
}: {
  field: CustomField;
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
}) {
  return (
    <FieldFrame label={field.label} optional={!field.required} error={error} hint="可多选">
      <View className="jx-choices" role="group" aria-label={field.label}>
        {field.options.map((option) => {
          const picked = value.includes(option);
          return (
            <View
              key={option}
              className={`jx-choice${picked ? ' jx-choice--picked' : ''}`}
              role="checkbox"
              aria-checked={picked}
              aria-label={option}
              onClick={() => onChange(picked ? value.filter((v) => v !== option) : [...value, option])}
            >
              <Text className="jx-choice__text">{picked ? `✓ ${option}` : option}</Text>
            </View>
          );
        })}
      </View>
    </FieldFrame>
  );
}

export function AnswersForm({
  fields,
  contestId,
  draft,
  onChange,
  errors,
}: {
  fields: readonly CustomField[];
  contestId: string;
  draft: AnswerDraft;
  onChange: (draft: AnswerDraft) => void;
  errors: FieldErrors;
}) {
  const set = (key: string, value: string | string[]) => onChange({ ...draft, [key]: value });
  return (
    <View role="group" aria-label="报名信息">
      {fields.map((field) => {
        const error = errors[field.key];
        const text = typeof draft[field.key] === 'string' ? (draft[field.key] as string) : '';
        switch (field.type) {
          case 'text':
          case 'number':
            return (
              <TextField
                key={field.key}
                label={field.label}
                optional={!field.required}
                value={text}
                type={field.type === 'number' ? 'digit' : 'text'}
                maxLength={200}
                onChange={(value) => set(field.key, value)}
                error={error}
              />
            );
          case 'single':
            return (
              <ChoiceField
                key={field.key}
                label={field.label}
                choices={field.options.map((option) => ({ value: option, label: option }))}
                value={text || null}
                onChange={(value) => set(field.key, value)}
                error={error}
              />
            );
          case 'multi':
            return (
              <MultiField
                key={field.key}
                field={field}
                value={Array.isArray(draft[field.key]) ? (draft[field.key] as string[]) : []}
                onChange={(value) => set(field.key, value)}
                error={error}
              />
            );
          case 'date':
            return (
              <DateField
                key={field.key}
                label={field.label}
                value={text}
                onChange={(value) => set(field.key, value)}
                error={error}
              />
            );
          case 'photo':
            return (
              <SinglePhotoField
                key={field.key}
                label={field.label}
                optional={!field.required}
                value={text}
                onChange={(value) => set(field.key, value)}
                cloudPath={() => contestPhotoPath(`${contestId}-${newId()}`)}
                error={error}
              />
            );
        }
      })}
    </View>
  );
}
