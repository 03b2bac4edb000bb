// The profile form's values, what is wrong with them in words for each field, and the input saveProfile takes.
import type { ActionInput } from '@/shared/contracts/contract';
import { profileInputSchema, type accountContract, type Me } from '@/shared/contracts/account';
import { fieldErrors } from '@/shared/validation/field-errors';
import type { SkillLevel } from '@/shared/people/vocabulary';
import type { TradeCode } from '@/shared/people/trades';

export interface ProfileValues {
  realName: string;
  /** Picked from the shared list; null until picked. */
  trade: TradeCode | null;
  /** For 其他: the trade in the worker's words. */
  tradeNote: string;
  skillLevel: SkillLevel | null;
  /** 一线职工 as the worker states it; their enterprise union confirms it. */
  frontline: boolean;
  phone: string;
  idNumber: string;
  photoFileId: string | null;
  /** A URL to show the photo at once (not sent). */
  photoUrl: string | null;
}

export type ProfileField = 'realName' | 'trade' | 'tradeNote' | 'skillLevel' | 'phone' | 'idNumber' | 'photoFileId';
export type ProfileErrors = Partial<Record<ProfileField, string>>;
export const PROFILE_FIELDS: readonly ProfileField[] = [
  'realName',
  'trade',
  'tradeNote',
  'skillLevel',
  'phone',
  'idNumber',
  'photoFileId',
];

export function initialValues(me: Me, personal: { phone: string | null; idNumber: string | null }): ProfileValues {
  return {
    realName: me.profile?.realName ?? '',
    trade: me.profile?.trade ?? null,
    tradeNote: me.profile?.tradeNote ?? '',
    skillLevel: me.profile?.skillLevel ?? null,
    frontline: (me.profile?.frontline ?? 'none') !== 'none',
    phone: personal.phone ?? '',
    idNumber: personal.idNumber ?? '',
    photoFileId: me.profile?.photoFileId ?? null,
    photoUrl: null,
  };
}

/**
 * Every problem at once, so the user fixes them in one pass: saveProfile's schema on what the form would send, with
 * no trade or skill level picked yet left missing (the input would otherwise stand in a default for it).
 */
export function checkProfile(values: ProfileValues): ProfileErrors {
  const errors = fieldErrors(profileInputSchema, {
    ...toProfileInput(values),
    trade: values.trade ?? undefined,
    skillLevel: values.skillLevel ?? undefined,
  });
  return Object.fromEntries(PROFILE_FIELDS.filter((field) => errors[field]).map((field) => [field, errors[field]!]));
}

export function toProfileInput(values: ProfileValues): ActionInput<typeof accountContract, 'saveProfile'> {
  const id = values.idNumber.trim().toUpperCase();
  return {
    realName: values.realName.trim(),
    trade: values.trade ?? 'other',
    tradeNote: values.trade === 'other' && values.tradeNote.trim() ? values.tradeNote.trim() : null,
    skillLevel: values.skillLevel ?? 'junior',
    frontline: values.frontline,
    phone: values.phone.trim(),
    // Empty removes a stored number: the field is optional.
    idNumber: id || null,
    photoFileId: values.photoFileId,
  };
}

export function isProfileField(field: string | undefined): field is ProfileField {
  return PROFILE_FIELDS.includes(field as ProfileField);
}
