import { isIdNumber, isMobilePhone, maskIdNumber, maskPhone } from './personal-data';

describe('personal data', () => {
  it('masks a phone number to its first three and last four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('masks an ID number to its first and last four characters', () => {
    expect(maskIdNumber('32090219900101123X')).toBe('3209**********123X');
  });

  it.each([
    ['13812345678', true],
    ['12812345678', false],
    ['1381234567', false],
    ['138123456789', false],
  ])('phone %s valid: %s', (phone, valid) => expect(isMobilePhone(phone)).toBe(valid));

  it.each([
    ['11010519491231002X', true], // the standard's own example
    ['110105194912310021', false], // wrong check character
    ['110105194902310023', false], // 31 February
    ['11010518991231002X', false], // before 1900
    ['11010519491231002x', false], // lower-case x is not stored
  ])('ID number %s valid: %s', (id, valid) => expect(isIdNumber(id)).toBe(valid));
});
