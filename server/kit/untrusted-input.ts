// The checks every request passes before its contract sees it. CloudBase hands a function an event it has already
// parsed from any JSON a client sent, so two kinds of bad input reach the function whole:
// - nesting deep enough that a recursive parse (zod's, the SDK's serialiser) overflows the stack;
// - control characters, above all NUL, which the database refuses inside a regular expression (a search keyword
//   becomes one) and which no form can type.
// The walk is iterative so the check itself cannot overflow, and it stops at the first problem.
import type { FieldProblem } from '../../src/shared/validation/issues';

/** Deeper than any contract's input (the deepest, a rubric inside a campaign, is 4 levels). */
export const MAX_INPUT_DEPTH = 32;

// C0 controls and DEL, except tab, line feed and carriage return, which multi-line texts carry.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const problem = (path: readonly PropertyKey[], what: string): FieldProblem => {
  const field = path.map(String).join('.');
  return { field, message: field ? `字段 ${field}：${what}` : what };
};

/** The first structural problem of `value` (a request's input), or null when it may be parsed. */
export function untrustedInputProblem(value: unknown): FieldProblem | null {
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      if (CONTROL.test(current)) return problem(path, '含有不可见的控制字符，请删除后再提交');
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (path.length >= MAX_INPUT_DEPTH) return problem(path.slice(0, 1), `数据嵌套超过${MAX_INPUT_DEPTH}层`);
    for (const [key, child] of Object.entries(current)) {
      const at = [...path, Array.isArray(current) ? Number(key) : key];
      if (CONTROL.test(key)) return problem(path, '含有不可见的控制字符，请删除后再提交');
      stack.push({ value: child, path: at });
    }
  }
  return null;
}
