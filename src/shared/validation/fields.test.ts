import * as z from 'zod';
import { despiteFieldProblems, textOf, wholeNumber } from './fields';

const only = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues.map((i) => i.message);

describe('field schemas with one message whatever fails', () => {
  it('trims text and holds it to its length, saying the one message', () => {
    const name = textOf(2, 4, '请填写2至4个字');
    expect(name.parse('  王明 ')).toBe('王明');
    expect(name.parse('欧阳明月')).toBe('欧阳明月');
    expect(only(name, ' 王 ')).toEqual(['请填写2至4个字']);
    expect(only(name, '欧阳明月好')).toEqual(['请填写2至4个字']);
    expect(only(name, 12)).toEqual(['请填写2至4个字']);
  });

  it('takes whole numbers within bounds only, without aborting the parse', () => {
    const places = wholeNumber(1, 5, '请填写1至5的整数');
    expect(places.parse(1)).toBe(1);
    expect(places.parse(5)).toBe(5);
    for (const bad of [0, 6, 2.5, '3']) expect(only(places, bad)).toContain('请填写1至5的整数');
    // A cross-field check still runs while a field is wrong, because the integer check does not abort.
    const pair = z
      .object({ a: places, b: places })
      .refine((v) => v.a !== v.b, { error: '不能相同', path: ['b'], ...despiteFieldProblems });
    const issues = pair.safeParse({ a: 2.5, b: 2.5 }).error?.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    expect(issues).toEqual(['a:请填写1至5的整数', 'b:请填写1至5的整数', 'b:不能相同']);
  });
});
