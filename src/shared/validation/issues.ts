// Turns zod failures into one Chinese message naming the field, the form every layer shows to users.
import * as z from 'zod';
// The one locale we need, imported alone: `z.locales` would pull every language into each bundle.
import zhCN from 'zod/v4/locales/zh-CN.js';

// zod's messages in Simplified Chinese for every schema in the product, on the client and in the functions alike.
z.config(zhCN());

export interface FieldProblem {
  /** Dotted path of the field (`members.0.name`), empty when the whole value is wrong. */
  field: string;
  /** Chinese message that names the field. */
  message: string;
}

export function pathToField(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join('.');
}

/** The first problem of a failed parse, worded for a user: `字段 name：…`. */
export function describeIssues(error: z.ZodError): FieldProblem {
  const issue = error.issues[0];
  if (!issue) return { field: '', message: '输入无效' };
  // An unexpected key is reported on its parent object; the key itself is the field to name.
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
  const field = pathToField(path);
  return { field, message: field ? `字段 ${field}：${issue.message}` : issue.message };
}
