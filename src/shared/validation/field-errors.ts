// A schema's problems as a form shows them: one message per field path, in the words the schema carries, so a
// form checks what the function checks without restating it.
import type * as z from 'zod';
import { pathToField } from './issues';

/** Messages by dotted field path (`title`, `categories.1.name`); `''` for the value as a whole. */
export type FieldErrors = Record<string, string>;

/**
 * Every field's first problem when `value` is parsed with `schema`; empty when the schema accepts it. `wording`
 * gives a field the form's own words where the shared schema's are generic (a reason says what it is for).
 */
export function fieldErrors(
  schema: z.ZodType,
  value: unknown,
  wording: Readonly<Record<string, string>> = {},
): FieldErrors {
  const result = schema.safeParse(value);
  if (result.success) return {};
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    // An unexpected key is reported on its parent object; the key itself is the field to name.
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    const field = pathToField(path);
    errors[field] ??= wording[field] ?? issue.message;
  }
  return errors;
}
