// Runs one cloud call for a component and exposes it as loading / ready / error, with a reload for 重试.
import { useCallback, useEffect, useState } from 'react';
import { CloudError } from './cloud-error';

export type CloudCallState<T> =
  { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: CloudError };

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
        const failure = error instanceof CloudError ? error : new CloudError('INTERNAL', '出错了，请稍后再试');
        setState({ status: 'error', error: failure });
      },
    );
    return () => {
      current = false;
    };
    // `load` is recreated each render; callers list what it depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
