// A named objection during 公示 as a form: its fields are checked by lodgeObjection's own schema, in the words
// the schema gives each field.
import type { ActionInput } from '@/shared/contracts/contract';
import { OBJECTION_REASON_MAX, OBJECTION_REASON_MIN, selectionContract } from '@/shared/contracts/selection';
import { fieldErrors } from '@/shared/validation/field-errors';

export interface ObjectionDraft {
  name: string;
  contact: string;
  /** `none`, or the candidate the objection is about. */
  candidateId: string;
  reason: string;
}

export type ObjectionField = 'name' | 'contact' | 'reason';

export const REASON_MIN = OBJECTION_REASON_MIN;
export const REASON_MAX = OBJECTION_REASON_MAX;

const FIELDS: readonly ObjectionField[] = ['name', 'contact', 'reason'];
// The fields the person types; the campaign and candidate come from the page.
const objectionFields = selectionContract.actions.lodgeObjection.input.pick({
  name: true,
  contact: true,
  reason: true,
});

/** The lodgeObjection input the draft becomes. */
export function toObjectionInput(
  draft: ObjectionDraft,
  campaignId: string,
): ActionInput<typeof selectionContract, 'lodgeObjection'> {
  return {
    campaignId,
    candidateId: draft.candidateId === 'none' ? undefined : draft.candidateId,
    name: draft.name.trim(),
    contact: draft.contact.trim(),
    reason: draft.reason.trim(),
  };
}

/** Each field's problem; empty when the draft may be sent. */
export function objectionProblems(draft: ObjectionDraft): Partial<Record<ObjectionField, string>> {
  const { name, contact, reason } = toObjectionInput(draft, '');
  const errors = fieldErrors(objectionFields, { name, contact, reason });
  return Object.fromEntries(FIELDS.filter((field) => errors[field]).map((field) => [field, errors[field]!]));
}

/** `已输入 12/1000 字`. */
export function reasonCounter(reason: string): string {
  return `已输入 ${reason.trim().length}/${REASON_MAX} 字（至少${REASON_MIN}字）`;
}
