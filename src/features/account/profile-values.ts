// The profile form's values, what is wrong with them in words for each field, and the input saveProfile takes.
import type { ActionInput } from '@/shared/contracts/contract';
import type { accountContract, Me } from '@/shared/contracts/account';
import { isIdNumber, isMobilePhone } from '@/shared/people/personal-data';
import type { SkillLevel } from '@/shared/people/vocabulary';

export interface ProfileValues {
  realName: string;
  trade: string;
  skillLevel: SkillLevel | null;
  phone: string;
  idNumber: string;
  photoFileId: string | null;
  /** A URL to show the photo at once (not sent). */
  photoUrl: string | null;
}

export type ProfileField = 'realName' | 'trade' | 'skillLevel' | 'phone' | 'idNumber' | 'photoFileId';
export type ProfileErrors = Partial<Record<ProfileField, string>>;
export const PROFILE_FIELDS: readonly ProfileField[] = [
  'realName',
  'trade',
  'skillLevel',
  'phone',
  'idNumber',
  'photoFileId',
];

export function initialValues(me: Me, personal: { phone: string | null; idNumber: string | null }): ProfileValues {
  return {
    realName: me.profile?.realName ?? '',
    trade: me.profile?.trade ?? '',
    skillLevel: me.profile?.skillLevel ?? null,
    phone: personal.phone ?? '',
    idNumber: personal.idNumber ?? '',
    photoFileId: me.profile?.photoFileId ?? null,
    photoUrl: null,
  };
}

const length = (value: string) => value.trim().length;

/** Every problem at once, so the user fixes them in one pass. */
export function checkProfile(values: ProfileValues): ProfileErrors {
  const errors: ProfileErrors = {};
  if (length(values.realName) < 2 || length(values.realName) > 40) errors.realName = '请填写真实姓名（2到40个字）';
  if (length(values.trade) < 2 || length(values.trade) > 20) errors.trade = '请填写工种（2到20个字），如“数控车工”';
  if (!values.skillLevel) errors.skillLevel = '请选择技能等级';
  if (!isMobilePhone(values.phone.trim())) errors.phone = '请输入11位手机号码';
  const id = values.idNumber.trim().toUpperCase();
  if (id && !isIdNumber(id)) errors.idNumber = '请输入有效的18位身份证号码，或留空';
  return errors;
}

export function toProfileInput(values: ProfileValues): ActionInput<typeof accountContract, 'saveProfile'> {
  const id = values.idNumber.trim().toUpperCase();
  return {
    realName: values.realName.trim(),
    trade: values.trade.trim(),
    skillLevel: values.skillLevel ?? 'junior',
    phone: values.phone.trim(),
    // Empty removes a stored number: the field is optional.
    idNumber: id || null,
    photoFileId: values.photoFileId,
  };
}

export function isProfileField(field: string | undefined): field is ProfileField {
  return PROFILE_FIELDS.includes(field as ProfileField);
}
