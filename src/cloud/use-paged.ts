// A list read page by page with the functions' cursors: the first page as loading / ready / error, and 加载更多
// for the rest, each with its own failure and retry.
import { useCallback, useEffect, useState } from 'react';
import type { CloudError } from './cloud-error';
import { asCloudError } from './use-cloud-call';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type PagedState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: CloudError }
  | { status: 'ready'; items: T[]; next: string | null; more: 'idle' | 'loading' | CloudError };

export function usePaged<T>(load: (cursor: string | undefined) => Promise<Page<T>>, deps: readonly unknown[]) {
  const [state, setState] = useState<PagedState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load(undefined).then(
      (page) => live && setState({ status: 'ready', items: page.items, next: page.nextCursor, more: 'idle' }),
      (error: unknown) => live && setState({ status: 'error', error: asCloudError(error) }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  const more = () => {
    if (state.status !== 'ready' || !state.next || state.more === 'loading') return;
    const base = state;
    setState({ ...base, more: 'loading' });
    load(base.next!).then(
      (page) =>
        setState((now) =>
          now.status === 'ready'
            ? { status: 'ready', items: [...now.items, ...page.items], next: page.nextCursor, more: 'idle' }
            : now,
        ),
      (error: unknown) => setState((now) => (now.status === 'ready' ? { ...now, more: asCloudError(error) } : now)),
    );
  };

  /** Changes loaded items in place (an action's answer), without loading again. */
  const update = useCallback((change: (items: T[]) => T[]) => {
    setState((now) => (now.status === 'ready' ? { ...now, items: change(now.items) } : now));
  }, []);

  return { state, reload, more, update };
}
