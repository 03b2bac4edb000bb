// Runs one cloud call for a component and exposes it as loading / ready / error, with a reload for 重试 and a
// way to put in place the fresh data an action answered with (so the page need not load again).
import { useCallback, useEffect, useState } from 'react';
import { CloudError } from './cloud-error';

export type CloudCallState<T> =
  { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: CloudError };

/** Any failure as the CloudError the UI shows. */
export function asCloudError(error: unknown): CloudError {
  return error instanceof CloudError ? error : new CloudError('INTERNAL', '出错了，请稍后再试');
}

export function useCloudCall<T>(load: () => Promise<T>, deps: readonly unknown[]) {
  const [state, setState] = useState<CloudCallState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    load().then(
      (data) => current && setState({ status: 'ready', data }),
      (error: unknown) => {
        if (!current) return;
        setState({ status: 'error', error: asCloudError(error) });
      },
    );
    return () => {
      current = false;
    };
    // `load` is recreated each render; callers list what it depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const replace = useCallback((data: T) => setState({ status: 'ready', data }), []);
  return { state, reload, replace };
}
