// The mini-program's own date and time picker (a bottom sheet of wheels): a day or a time is picked, never typed.
// It answers `YYYY-MM-DD` / `HH:mm` strings, with no zone, so the phone's zone never shifts them.
import { Picker } from '@tarojs/components';
import type { NativePickerProps } from './picker-types';

export function NativePicker({ mode, fields, value, start, end, label, onChange, children }: NativePickerProps) {
  return (
    <Picker
      mode={mode}
      fields={fields}
      value={value}
      start={start}
      end={end}
      aria-label={label}
      onChange={(event) => onChange(String(event.detail.value))}
    >
      {children}
    </Picker>
  );
}
