// Date and time fields: picked, never typed. The value is a Beijing calendar day (`YYYY-MM-DD`) or wall-clock time
// (`HH:mm`), shown the way people say it; the platform's own picker (NativePicker) changes it.
import { Text, View } from '@tarojs/components';
import { NativePicker } from '@/platform/picker';
import { formatCalendarDay } from '@/components/format/format';
import { FieldFrame } from './fields';

interface PickedFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  /** Earliest and latest values offered, in the value's own form. */
  start?: string;
  end?: string;
}

function PickedValue({ text, error }: { text: string; error?: string }) {
  return (
    <View className={`jx-field__picked${error ? ' jx-field__picked--error' : ''}`}>
      <Text className="jx-field__picked-text">{text}</Text>
      <Text className="jx-field__picked-mark" aria-hidden>
        ▾
      </Text>
    </View>
  );
}

/** A day: `2026年12月5日 周六` on the field, the platform's date picker on a tap. */
export function DateField({ label, value, onChange, error, hint, start, end }: PickedFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint}>
      <NativePicker mode="date" value={value} start={start} end={end} label={label} onChange={onChange}>
        <PickedValue text={value ? formatCalendarDay(value) : '请选择日期'} error={error} />
      </NativePicker>
    </FieldFrame>
  );
}

/** A year (`YYYY`), e.g. when an honour was given: `2024年` on the field, a year picker on a tap. */
export function YearField({ label, value, onChange, error, hint, start, end }: PickedFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint}>
      <NativePicker mode="date" fields="year" value={value} start={start} end={end} label={label} onChange={onChange}>
        <PickedValue text={value ? `${value}年` : '请选择年份'} error={error} />
      </NativePicker>
    </FieldFrame>
  );
}

/** A time of day, Beijing: `20:00` on the field, the platform's time picker on a tap. */
export function TimeField({ label, value, onChange, error, hint, start, end }: PickedFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint}>
      <NativePicker mode="time" value={value} start={start} end={end} label={label} onChange={onChange}>
        <PickedValue text={value ? `北京时间 ${value}` : '请选择时间'} error={error} />
      </NativePicker>
    </FieldFrame>
  );
}
