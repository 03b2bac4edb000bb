// Field schemas that carry the Chinese message a form shows beside the field, whichever check fails: a contract
// builds its inputs from these, so the function refuses in the same words the form uses.
import * as z from 'zod';

/** Trimmed text of `min` to `max` characters. */
export function textOf(min: number, max: number, message: string) {
  return z.string({ error: message }).trim().min(min, { error: message }).max(max, { error: message });
}

/**
 * A whole number from `min` to `max`. Integer-ness is a refinement, not `.int()`: zod's `.int()` aborts the parse,
 * which would hide the cross-field checks (a rubric's total, unique names) a form shows at the same time.
 */
export function wholeNumber(min: number, max: number, message: string) {
  return z
    .number({ error: message })
    .refine(Number.isInteger, { error: message })
    .min(min, { error: message })
    .max(max, { error: message });
}

/** For a refinement across fields: it runs even while a field is wrong, so a form shows every problem at once. */
export const despiteFieldProblems = { when: () => true };
