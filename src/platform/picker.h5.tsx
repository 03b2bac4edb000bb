// In a browser (the H5 build, for local use and browser tests) the browser's own date and time picker: a native
// <input type=date|time> laid over what the field shows, so a tap anywhere on it opens the picker. Its value is a
// plain `YYYY-MM-DD` / `HH:mm` with no zone, like the mini-program's Picker, whatever zone the device is in.
import { View } from '@tarojs/components';
import type { NativePickerProps } from './picker-types';
import './picker.css';

export function NativePicker({ mode, fields, value, start, end, label, onChange, children }: NativePickerProps) {
  if (fields === 'year') {
    // Browsers have no year input: the year is chosen from a list, newest first.
    const first = Number(start ?? 1950);
    const last = Number(end ?? first + 100);
    const years = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => String(last - i));
    return (
      <View className="jx-native-picker">
        {children}
        <select
          className="jx-native-picker__input"
          value={value}
          aria-label={label}
          onChange={(event) => onChange(event.currentTarget.value)}
        >
          {value ? null : <option value="">请选择</option>}
          {years.map((year) => (
            <option key={year} value={year}>
              {year}年
            </option>
          ))}
        </select>
      </View>
    );
  }
  return (
    <View className="jx-native-picker">
      {children}
      <input
        className="jx-native-picker__input"
        type={mode}
        value={value}
        min={start}
        max={end}
        aria-label={label}
        required
        onChange={(event) => {
          // Clearing is not a value: a day or time stays picked.
          if (event.currentTarget.value) onChange(event.currentTarget.value);
        }}
      />
    </View>
  );
}
