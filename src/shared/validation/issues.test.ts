import * as z from 'zod';
import { describeIssues } from './issues';

describe('describeIssues', () => {
  const schema = z.object({ name: z.string().min(2), members: z.array(z.object({ phone: z.string() })) }).strict();

  function problemOf(value: unknown) {
    const result = schema.safeParse(value);
    if (result.success) throw new Error('expected a failure');
    return describeIssues(result.error);
  }

  it('names the failing field by its path and speaks Chinese', () => {
    const problem = problemOf({ name: '王', members: [] });
    expect(problem.field).toBe('name');
    expect(problem.message).toMatch(/^字段 name：/);
    expect(problem.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('names nested fields with a dotted path', () => {
    expect(problemOf({ name: '王强', members: [{ phone: 1 }] }).field).toBe('members.0.phone');
  });

  it('names an unexpected key as the field', () => {
    expect(problemOf({ name: '王强', members: [], openid: 'forged' }).field).toBe('openid');
  });

  it('says the input is invalid, naming no field, when zod reports no issue', () => {
    expect(describeIssues(new z.ZodError([]))).toEqual({ field: '', message: '输入无效' });
  });

  it('names no field when the whole value is wrong', () => {
    const result = z.string().safeParse(1);
    if (result.success) throw new Error('expected a failure');
    const problem = describeIssues(result.error);
    expect(problem.field).toBe('');
    expect(problem.message).not.toMatch(/^字段/);
  });
});
