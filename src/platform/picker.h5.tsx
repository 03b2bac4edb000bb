// In a browser (the H5 build, for local use and browser tests) the browser's own date and time picker: a native
// <input type=date|time> laid over what the field shows, so a tap anywhere on it opens the picker. Its value is a
// plain `YYYY-MM-DD` / `HH:mm` with no zone, like the mini-program's Picker, whatever zone the device is in.
import { View } from '@tarojs/components';
import type { NativePickerProps } from './picker-types';
import './picker.css';

export function NativePicker({ mode, value, start, end, label, onChange, children }: NativePickerProps) {
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
