import type { ReactNode } from 'react';

export interface NativePickerProps {
  mode: 'date' | 'time';
  /** A date picker for a year only (value and bounds `YYYY`). */
  fields?: 'year';
  /** `YYYY-MM-DD` or `HH:mm` (or `YYYY`): a Beijing calendar day or wall-clock time, which carries no zone. */
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
