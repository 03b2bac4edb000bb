// The log form's values and their checks: the fields are checked by logEntry's own schema (in its words) and the
// date by the shared year rule with the app's clock, so the form refuses exactly what the function would.
import { entryFieldsSchema, type EntryFields, type EntryView } from '@/shared/contracts/activity';
import type { LoggedItem } from '@/shared/tenones/forms';
import { entryDateProblem } from '@/shared/tenones/year-rules';
import { fieldErrors } from '@/shared/validation/field-errors';

/** What the form edits; photos are handled beside it (local paths until sent). */
export interface EntryValues {
  item: LoggedItem | null;
  date: string;
  title: string;
  place: string;
  partner: string;
  detail: string;
}

export type EntryField = keyof EntryValues | 'photos';
export type EntryErrors = Partial<Record<EntryField, string>>;

export function blankEntry(item: LoggedItem | null, today: string): EntryValues {
  return { item, date: today, title: '', place: '', partner: '', detail: '' };
}

export function valuesOf(entry: EntryView): EntryValues {
  return {
    item: entry.item as LoggedItem,
    date: entry.date,
    title: entry.title,
    place: entry.place,
    partner: entry.partner,
    detail: entry.detail,
  };
}

/** A log waiting on the phone, back in the form. */
export function queuedValues(input: Omit<EntryFields, 'photos'>): EntryValues {
  return {
    item: input.item as LoggedItem,
    date: input.date,
    title: input.title,
    place: input.place,
    partner: input.partner,
    detail: input.detail,
  };
}

/** The action's fields (without the id) the values and photos become. */
export function toEntryFields(values: EntryValues, photos: string[]): EntryFields {
  return {
    item: (values.item ?? 0) as EntryFields['item'],
    date: values.date,
    title: values.title.trim(),
    place: values.place.trim(),
    partner: values.partner.trim(),
    detail: values.detail.trim(),
    photos,
  };
}

// Photos are checked for their count here; their file ids exist only once uploaded, which the server checks.
const PLACEHOLDER_PHOTO = 'cloud://local/placeholder.jpg';

/** Each field's first problem; empty when the entry may be saved. */
export function entryProblems(values: EntryValues, photoCount: number, now: Date): EntryErrors {
  const errors = fieldErrors(
    entryFieldsSchema,
    toEntryFields(
      values,
      Array.from({ length: photoCount }, () => PLACEHOLDER_PHOTO),
    ),
    { item: '请选择要记录的项目' },
  ) as EntryErrors;
  if (!errors.date && values.date) {
    const problem = entryDateProblem(values.date, now);
    if (problem) errors.date = problem;
  }
  return Object.fromEntries(Object.entries(errors).filter(([key]) => !key.includes('.'))) as EntryErrors;
}
