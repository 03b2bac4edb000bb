// After a refused save, every problem listed at the top of the form: each names its field and, tapped, brings the
// field into view. A long form otherwise shows one red field at a time and leaves the rest to be found by scrolling.
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { scrollToFirst } from '@/platform/scroll-to';
import './error-summary.css';

/** The class that marks where a field path's problem is shown (`categories.1.name` → `jx-at--categories-1-name`). */
export function anchorClass(path: string): string {
  return `jx-at--${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** Marks its children as the place a field path's problem is shown, for the list's tap to scroll to. */
export function FieldAnchor({ path, children }: { path: string; children: ReactNode }) {
  return <View className={anchorClass(path)}>{children}</View>;
}

export interface ErrorSummaryProps {
  /** Messages by field path, as a form's check or a refusal names them (empty messages are not problems). */
  errors: Readonly<Record<string, string>>;
  /** The field's label as the form shows it. */
  labelOf: (path: string) => string;
  /** Where a path's problem is shown, when that is not the path's own anchor (e.g. a whole part). */
  anchorOf?: (path: string) => string;
  /** The fields' order on the form, by the first part of their path; problems are listed in that order. */
  order?: readonly string[];
}

export function ErrorSummary({ errors, labelOf, anchorOf = (path) => path, order = [] }: ErrorSummaryProps) {
  const rank = (path: string) => {
    const at = order.indexOf(path.split('.')[0]!);
    return at < 0 ? order.length : at;
  };
  const entries = Object.entries(errors)
    .filter(([, message]) => message)
    .map(([path, message], i) => ({ path, message, i }))
    .sort((a, b) => rank(a.path) - rank(b.path) || a.i - b.i);
  if (entries.length === 0) return null;
  return (
    <View className="jx-card jx-error-summary" role="alert" aria-label="需要修改的栏目">
      <Text className="jx-text-body jx-block jx-error-summary__title">
        {entries.length === 1 ? '有一处需要修改：' : `有${entries.length}处需要修改：`}
      </Text>
      {entries.map(({ path, message }) => (
        <View
          key={path}
          className="jx-error-summary__item"
          role="link"
          aria-label={`${labelOf(path)}：${message}`}
          onClick={() => scrollToFirst(`.${anchorClass(anchorOf(path))}`)}
        >
          <Text className="jx-text-body jx-error-summary__text">
            <Text className="jx-error-summary__field">{labelOf(path)}</Text>：{message}
          </Text>
        </View>
      ))}
    </View>
  );
}
