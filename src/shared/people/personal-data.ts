// Phone and ID-card numbers: checking them and masking them for display. Masking happens when a value is saved
// (the masked form is stored beside the ciphertext), so lists never need to decrypt anything.

const PHONE = /^1[3-9]\d{9}$/;

export function isMobilePhone(value: string): boolean {
  return PHONE.test(value);
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

/** A way to reach someone who gave their name: a mobile number or an e-mail address. */
export function isContact(value: string): boolean {
  return isMobilePhone(value) || isEmail(value);
}

/**
 * What is wrong with a contact, in words that help: digits only are a phone number, so a digit short or over gets
 * its own message (`手机号应为11位，现在是10位`); null when it is a contact.
 */
export function contactProblem(value: string): string | null {
  if (isContact(value)) return null;
  if (/^\d+$/.test(value)) {
    return value.length === 11 ? '手机号应以13～19开头' : `手机号应为11位，现在是${value.length}位`;
  }
  return '请填写手机号码或电子邮箱';
}

/** `13812345678` → `138****5678`. */
export function maskPhone(phone: string): string {
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

// GB 11643-1999: 17 digits weighted, check character from the sum mod 11.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** An 18-character resident ID number with a valid birth date and check character. */
export function isIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day) return false;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(value[i]), 0);
  return CHECK[sum % 11] === value[17];
}

/**
 * The birth date a valid resident ID number carries (digits 7–14), as `YYYY-MM-DD`; null for anything that is not a
 * valid 18-character number, so a mistyped number never yields an age.
 */
export function birthDateFromIdNumber(value: string): string | null {
  if (!isIdNumber(value)) return null;
  return `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
}

/** `320902199001011234` → `3209**********1234`. */
export function maskIdNumber(id: string): string {
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}
