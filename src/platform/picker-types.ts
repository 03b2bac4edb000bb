import type { ReactNode } from 'react';

export interface NativePickerProps {
  mode: 'date' | 'time';
  /** `YYYY-MM-DD` or `HH:mm`: a Beijing calendar day or wall-clock time, which carries no zone. */
  value: string;
  /** Bounds in the same form. */
  start?: string;
  end?: string;
  /** The field's name, for screen readers. */
  label: string;
  onChange: (value: string) => void;
  /** What the field shows: the picked value as people read it. */
  children: ReactNode;
}
