import fc from 'fast-check';
import { contactProblem, isIdNumber, isMobilePhone, maskIdNumber, maskPhone } from './personal-data';

describe('personal data', () => {
  it('masks a phone number to its first three and last four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('masks an ID number to its first and last four characters', () => {
    expect(maskIdNumber('32090219900101123X')).toBe('3209**********123X');
  });

  describe('a mobile phone number', () => {
    it.each([
      ['13812345678', true],
      ['19912345678', true],
      ['12812345678', false], // 12x is no mobile prefix
      ['23812345678', false], // must start with 1
      ['1381234567', false], // ten digits
      ['138123456789', false], // twelve digits
      ['013812345678', false], // something before the number
      ['1381234567a', false],
    ])('%s valid: %s', (phone, valid) => expect(isMobilePhone(phone)).toBe(valid));

    it('is exactly 1, a second digit 3–9 and nine more digits, with nothing before or after', () => {
      const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 9, maxLength: 9 });
      fc.assert(
        fc.property(fc.constantFrom(...'3456789'), digits, fc.string({ minLength: 1 }), (second, rest, extra) => {
          const phone = `1${second}${rest}`;
          return isMobilePhone(phone) && !isMobilePhone(phone + extra) && !isMobilePhone(extra + phone);
        }),
      );
    });
  });

  describe('a resident ID number (GB 11643)', () => {
    it.each([
      ['11010519491231002X', true], // the standard's own example
      ['320902199001011236', true], // a digit check character
      ['44030119851018004X', true],
      ['440301198510180058', true],
      ['110105190001010028', true], // 1 January 1900, the first birth date accepted
      ['110105200002290021', true], // 29 February of a leap year
      ['110105194912310021', false], // wrong check character
      ['11010519491231002x', false], // lower-case x is not stored
    ])('%s valid: %s', (id, valid) => expect(isIdNumber(id)).toBe(valid));

    it('refuses an ID number whose birth date is 31 February, even with a valid check character', () => {
      expect(isIdNumber('110105194902310026')).toBe(false);
    });

    it('refuses an ID number born before 1900, even with a valid check character', () => {
      expect(isIdNumber('110105189912310023')).toBe(false);
    });

    it('refuses 29 February in a year that is not a leap year (1900, 1949), with valid check characters', () => {
      expect(isIdNumber('110105190002290025')).toBe(false);
      expect(isIdNumber('110105194902290029')).toBe(false);
    });

    it('refuses a month 13, a month 00, a day 00 and a day 32, with valid check characters', () => {
      expect(isIdNumber('110105194913310021')).toBe(false);
      expect(isIdNumber('11010519490001002X')).toBe(false);
      expect(isIdNumber('110105194912000021')).toBe(false);
      expect(isIdNumber('110105194912320025')).toBe(false);
    });

    it('is exactly 18 characters: a valid number with anything before or after it is refused', () => {
      expect(isIdNumber('3209021990010112367')).toBe(false);
      expect(isIdNumber('1320902199001011236')).toBe(false);
      expect(isIdNumber('32090219900101123')).toBe(false);
      expect(isIdNumber(' 320902199001011236')).toBe(false);
    });

    it('takes X only as the check character', () => {
      expect(isIdNumber('X20902199001011236')).toBe(false);
    });

    it('notices any one character changed in a valid number', () => {
      const valid = ['11010519491231002X', '320902199001011236', '440301198510180058'];
      fc.assert(
        fc.property(
          fc.constantFrom(...valid),
          fc.integer({ min: 0, max: 17 }),
          fc.constantFrom(...'0123456789X'),
          (id, at, char) => {
            fc.pre(id[at] !== char);
            return !isIdNumber(id.slice(0, at) + char + id.slice(at + 1));
          },
        ),
      );
    });
  });
});

describe('what is wrong with a contact', () => {
  it('accepts a mobile number or an e-mail address', () => {
    expect(contactProblem('13912345678')).toBeNull();
    expect(contactProblem('wm@example.com')).toBeNull();
  });

  it('tells a phone number a digit short or over by its length', () => {
    expect(contactProblem('1391234567')).toBe('手机号应为11位，现在是10位');
    expect(contactProblem('139123456789')).toBe('手机号应为11位，现在是12位');
    expect(contactProblem('12812345678')).toBe('手机号应以13～19开头');
  });

  it('asks for either when it is neither', () => {
    expect(contactProblem('')).toBe('请填写手机号码或电子邮箱');
    expect(contactProblem('zhang@example')).toBe('请填写手机号码或电子邮箱');
    expect(contactProblem('张先生家')).toBe('请填写手机号码或电子邮箱');
  });
});
