// The rules of a named objection during 公示, as the server applies them, worded for the field they concern.
import { isMobilePhone } from '@/shared/people/personal-data';

export interface ObjectionDraft {
  name: string;
  contact: string;
  /** `none`, or the candidate the objection is about. */
  candidateId: string;
  reason: string;
}

export type ObjectionField = 'name' | 'contact' | 'reason';

export const REASON_MIN = 10;
export const REASON_MAX = 1000;

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** Each field's problem; empty when the draft may be sent. */
export function objectionProblems(draft: ObjectionDraft): Partial<Record<ObjectionField, string>> {
  const problems: Partial<Record<ObjectionField, string>> = {};
  const name = draft.name.trim();
  if (name.length < 2 || name.length > 20) problems.name = '请填写真实姓名（2～20个字）';
  const contact = draft.contact.trim();
  if (!isMobilePhone(contact) && !EMAIL.test(contact)) problems.contact = '请填写手机号码或电子邮箱';
  const reason = draft.reason.trim();
  if (reason.length < REASON_MIN) problems.reason = `异议理由至少${REASON_MIN}个字，请写明事实和依据`;
  else if (reason.length > REASON_MAX) problems.reason = `异议理由最多${REASON_MAX}个字`;
  return problems;
}

/** `已输入 12/1000 字`. */
export function reasonCounter(reason: string): string {
  return `已输入 ${reason.trim().length}/${REASON_MAX} 字（至少${REASON_MIN}字）`;
}
