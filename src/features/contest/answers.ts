// A registration's answers as the form holds them and as the function takes them, and their problems from
// `answersSchemaFor` — the schema the function checks answers with, so the form says what the server would.
import { answersSchemaFor, type CustomField } from '@/shared/contest/custom-fields';
import { fieldErrors, type FieldErrors } from '@/shared/validation/field-errors';

/** What the form holds per field: typed text (numbers too, until sent), picked choices, a day, a photo's file id. */
export type AnswerDraft = Record<string, string | string[]>;

/** The answers as the function takes them: empty optional fields left out, numbers as numbers. */
export function answersOf(fields: readonly CustomField[], draft: AnswerDraft): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const field of fields) {
    const value = draft[field.key];
    const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
    // An empty optional answer is left out; an empty required text is sent, so the schema says 请填写….
    if (empty && !(field.required && (field.type === 'text' || field.type === 'multi'))) continue;
    if (value === undefined) {
      answers[field.key] = field.type === 'multi' ? [] : '';
      continue;
    }
    if (field.type === 'number' && typeof value === 'string') {
      const number = Number(value.trim());
      // A non-number stays text, so the schema names the field in its own words.
      answers[field.key] = value.trim() !== '' && Number.isFinite(number) ? number : value;
    } else answers[field.key] = value;
  }
  return answers;
}

/** Problems of `draft` by field key, from the shared schema; empty when the function would take it. */
export function answerErrors(fields: readonly CustomField[], draft: AnswerDraft): FieldErrors {
  // A required number left empty is missing, which the schema words as a type problem: the form asks for it.
  const wording = Object.fromEntries(
    fields
      .filter((field) => field.type === 'number' && field.required && !String(draft[field.key] ?? '').trim())
      .map((field) => [field.key, `请填写${field.label}`]),
  );
  return fieldErrors(answersSchemaFor(fields), answersOf(fields, draft), wording);
}
