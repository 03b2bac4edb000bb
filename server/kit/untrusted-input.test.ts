import { MAX_INPUT_DEPTH, untrustedInputProblem } from './untrusted-input';

function nested(levels: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < levels; i++) value = { inner: value };
  return value;
}

describe('untrustedInputProblem', () => {
  it('lets ordinary input through, multi-line text included', () => {
    expect(untrustedInputProblem({ keyword: '王', deeds: '第一行\n第二行\t完', list: [1, null, true] })).toBeNull();
    expect(untrustedInputProblem(undefined)).toBeNull();
    expect(untrustedInputProblem(nested(MAX_INPUT_DEPTH))).toBeNull();
  });

  it('names the field that carries a NUL or another control character', () => {
    expect(untrustedInputProblem({ keyword: 'a\u0000b' })).toEqual({
      field: 'keyword',
      message: '字段 keyword：含有不可见的控制字符，请删除后再提交',
    });
    expect(untrustedInputProblem({ rubric: [{ criterion: 'ok' }, { criterion: 'x\u001b' }] })?.field).toBe(
      'rubric.1.criterion',
    );
    expect(untrustedInputProblem({ 'bad\u0000key': 1 })?.field).toBe('');
    expect(untrustedInputProblem({ text: 'del\u007f' })?.field).toBe('text');
  });

  it('refuses nesting deeper than any contract, without recursing itself', () => {
    expect(untrustedInputProblem({ payload: nested(MAX_INPUT_DEPTH) })?.field).toBe('payload');
    // Far deeper than the stack would allow a recursive walk to go.
    const deep = untrustedInputProblem({ payload: nested(200_000) });
    expect(deep).toEqual({ field: 'payload', message: `字段 payload：数据嵌套超过${MAX_INPUT_DEPTH}层` });
  });
});
