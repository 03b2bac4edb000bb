// 报名字段: the organiser's registration fields — add, remove, move up or down, each with its name, type, whether it
// is required, and the options of a choice. A field's key is made here once and kept, so answers already given stay
// attached to their field. Read-only once registration opened (answers were given to these fields).
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ChoiceField, TextField } from '@/components/form/fields';
import {
  customFieldTypeLabels,
  customFieldTypes,
  type CustomField,
  type CustomFieldType,
} from '@/shared/contest/custom-fields';
import type { FieldErrors } from '@/shared/validation/field-errors';
import { freshKey, moved, wordsOf } from './lists';
import '../contest.css';

const MAX_FIELDS = 10;
const TYPES = customFieldTypes.map((type) => ({ value: type, label: customFieldTypeLabels[type] }));
const isChoice = (type: CustomFieldType) => type === 'single' || type === 'multi';

function OptionsField({
  field,
  onChange,
  error,
}: {
  field: CustomField;
  onChange: (f: CustomField) => void;
  error?: string;
}) {
  // Typed as one line; the list is what is saved.
  const [typed, setTyped] = useState(field.options.join('、'));
  return (
    <TextField
      label={`“${field.label || '此字段'}”的选项`}
      value={typed}
      hint="用顿号或逗号分隔，2到12个"
      onChange={(text) => {
        setTyped(text);
        onChange({ ...field, options: wordsOf(text) });
      }}
      error={error}
    />
  );
}

function FieldRow({
  field,
  index,
  count,
  errors,
  onChange,
  onMove,
  onRemove,
}: {
  field: CustomField;
  index: number;
  count: number;
  errors: FieldErrors;
  onChange: (field: CustomField) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const at = (part: string) => errors[`contest.fields.${index}.${part}`];
  const name = field.label || `字段${index + 1}`;
  return (
    <View className="jx-contest-builder__row" role="group" aria-label={`报名字段${index + 1}`}>
      <TextField
        label={`字段${index + 1}名称`}
        value={field.label}
        placeholder="如：服装尺码"
        maxLength={20}
        onChange={(label) => onChange({ ...field, label })}
        error={at('label') ?? at('key')}
      />
      <ChoiceField<CustomFieldType>
        label={`${name}的类型`}
        choices={TYPES}
        value={field.type}
        onChange={(type) => onChange({ ...field, type, options: isChoice(type) ? field.options : [] })}
        error={at('type')}
      />
      {isChoice(field.type) ? <OptionsField field={field} onChange={onChange} error={at('options')} /> : null}
      <ChoiceField<'required' | 'optional'>
        label={`${name}是否必填`}
        choices={[
          { value: 'required', label: '必填' },
          { value: 'optional', label: '选填' },
        ]}
        value={field.required ? 'required' : 'optional'}
        onChange={(choice) => onChange({ ...field, required: choice === 'required' })}
      />
      <View className="jx-contest-builder__tools">
        {index > 0 ? (
          <Button className="jx-button" fill="outline" onClick={() => onMove(index - 1)}>
            {`上移${name}`}
          </Button>
        ) : null}
        {index < count - 1 ? (
          <Button className="jx-button" fill="outline" onClick={() => onMove(index + 1)}>
            {`下移${name}`}
          </Button>
        ) : null}
        <Button className="jx-button" fill="outline" onClick={onRemove}>
          {`删除${name}`}
        </Button>
      </View>
    </View>
  );
}

export function FieldBuilder({
  fields,
  onChange,
  errors,
  frozen,
}: {
  fields: CustomField[];
  onChange: (fields: CustomField[]) => void;
  errors: FieldErrors;
  frozen: boolean;
}) {
  if (frozen) {
    return (
      <View className="jx-contest-frozen" aria-label="报名字段（已固定）">
        {fields.length === 0 ? <Text className="jx-text-body jx-block">没有报名字段。</Text> : null}
        {fields.map((field) => (
          <Text key={field.key} className="jx-text-body jx-block">
            · {field.label}（{customFieldTypeLabels[field.type]}，{field.required ? '必填' : '选填'}
            {field.options.length > 0 ? `：${field.options.join('、')}` : ''}）
          </Text>
        ))}
      </View>
    );
  }
  const whole = errors['contest.fields'];
  return (
    <View role="group" aria-label="报名字段">
      <Text className="jx-text-secondary jx-block">报名时职工须填写的信息，如服装尺码、工龄、证书照片。</Text>
      {fields.map((field, index) => (
        <FieldRow
          key={field.key}
          field={field}
          index={index}
          count={fields.length}
          errors={errors}
          onChange={(next) => onChange(fields.map((f, i) => (i === index ? next : f)))}
          onMove={(to) => onChange(moved(fields, index, to))}
          onRemove={() => onChange(fields.filter((_, i) => i !== index))}
        />
      ))}
      {whole ? <Text className="jx-text-error jx-block">{whole}</Text> : null}
      {fields.length < MAX_FIELDS ? (
        <View className="jx-actions">
          <Button
            className="jx-button"
            fill="outline"
            type="primary"
            onClick={() =>
              onChange([...fields, { key: freshKey(fields), label: '', type: 'text', required: true, options: [] }])
            }
          >
            添加报名字段
          </Button>
        </View>
      ) : null}
    </View>
  );
}
