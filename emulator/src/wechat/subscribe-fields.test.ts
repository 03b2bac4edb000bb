import { subscribeDataProblem } from './subscribe-fields';

const one = (key: string, value: unknown) => subscribeDataProblem({ [key]: { value } });

describe('subscribe message values, by keyword type', () => {
  it.each([
    ['thing1', '一'.repeat(20), '一'.repeat(21)],
    ['name2', '欧阳'.repeat(5), '欧阳'.repeat(5) + '娜'],
    ['name2', 'A'.repeat(20), 'A'.repeat(21)],
    ['phrase3', '已通过', '已通过了吗啊'],
    ['character_string4', 'A-1'.padEnd(32, 'x'), 'x'.repeat(33)],
    ['number5', '1'.repeat(32), '1'.repeat(33)],
    ['letter6', 'a'.repeat(32), 'a'.repeat(33)],
    ['symbol7', '+-*/!', '+-*/!?'],
    ['phone_number8', '+86-0766-66888866', '1'.repeat(18)],
    ['car_number9', '粤A8Z888挂', '粤A8Z888888'],
  ])('%s takes %s and refuses one character more', (key, fits, over) => {
    expect(one(key, fits)).toBeUndefined();
    expect(one(key, over)).toBe(`argument invalid! data.${key}.value invalid`);
  });

  it('counts characters, not UTF-16 units (an emoji is one)', () => {
    expect(one('thing1', '😀'.repeat(20))).toBeUndefined();
  });

  it('holds each type to what it may contain', () => {
    expect(one('phrase1', '通过1')).toMatch(/invalid/);
    expect(one('number1', '12a')).toMatch(/invalid/);
    expect(one('number1', '12.5')).toBeUndefined();
    expect(one('letter1', 'ab1')).toMatch(/invalid/);
    expect(one('symbol1', 'a')).toMatch(/invalid/);
    expect(one('character_string1', '中文')).toMatch(/invalid/);
    expect(one('name1', 'Li3')).toMatch(/invalid/);
    expect(one('amount1', '￥12.50元')).toBeUndefined();
    expect(one('amount1', '￥12345678901')).toMatch(/invalid/);
  });

  it('takes only date-like values for time and date', () => {
    expect(one('time1', '15:01')).toBeUndefined();
    expect(one('time1', '2026年12月1日 15:01')).toBeUndefined();
    expect(one('time1', '2026-12-01 15:01 ~ 2026-12-02 09:00')).toBeUndefined();
    expect(one('time1', '2026年12月1日')).toMatch(/invalid/);
    expect(one('time1', '明天下午')).toMatch(/invalid/);
    expect(one('time1', '25:00')).toMatch(/invalid/);
    expect(one('date1', '2026年12月1日')).toBeUndefined();
    expect(one('date1', '2026年12月1日 15:01')).toBeUndefined();
    expect(one('date1', '15:01')).toMatch(/invalid/);
  });

  it('refuses an empty value, an unknown keyword and empty data, naming the field', () => {
    expect(one('thing1', ' ')).toBe('argument invalid! data.thing1.value is empty');
    expect(one('thing1', 3)).toBe('argument invalid! data.thing1.value is empty');
    expect(one('title1', '标题')).toBe('argument invalid! data.title1 is not a keyword of the template');
    expect(subscribeDataProblem({})).toBe('argument invalid! data is empty');
  });
});
