import * as z from 'zod';
import { fieldErrors } from './field-errors';

describe('fieldErrors', () => {
  const schema = z
    .object({
      name: z.string().trim().min(2, { error: '请填写姓名' }).max(4, { error: '姓名太长' }),
      rows: z.array(z.object({ n: z.number({ error: '请填写数字' }) })),
    })
    .strict();

  it('is empty when the schema accepts the value', () => {
    expect(fieldErrors(schema, { name: '王强', rows: [] })).toEqual({});
  });

  it('gives every wrong field its first message, by dotted path, in the schema’s words', () => {
    expect(fieldErrors(schema, { name: ' 王 ', rows: [{ n: 1 }, { n: 'x' }] })).toEqual({
      name: '请填写姓名',
      'rows.1.n': '请填写数字',
    });
  });

  it('names an unexpected key as the field', () => {
    expect(Object.keys(fieldErrors(schema, { name: '王强', rows: [], openid: 'forged' }))).toEqual(['openid']);
  });

  it('lets a form word a generic field its own way', () => {
    expect(fieldErrors(schema, { name: '', rows: [] }, { name: '请填写联系人' })).toEqual({ name: '请填写联系人' });
  });
});
