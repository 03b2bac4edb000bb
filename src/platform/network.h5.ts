// Whether the browser has a network, and when it comes back. The offline queue of logs made on a factory floor sends
// what waits when this fires. A browser says so with `navigator.onLine` and the `online` event — exactly what
// Playwright's `context.setOffline(false)` drives in a journey — and a tab brought back to the front is the H5 form
// of WeChat's app show (the phone may have found a network while the page was hidden, without telling it).

/** True when the browser believes it has a network (it may still fail to reach the server: a send decides). */
export function isOnline(): Promise<boolean> {
  return Promise.resolve(navigator.onLine);
}

/**
 * Calls `listener` when the network returns and when the page becomes visible again while online; returns the
 * unsubscribe. Several events may arrive together: the listener must tolerate being called in a burst.
 */
export function onNetworkBack(listener: () => void): () => void {
  const online = () => listener();
  const visible = () => {
    if (document.visibilityState === 'visible' && navigator.onLine) listener();
  };
  window.addEventListener('online', online);
  document.addEventListener('visibilitychange', visible);
  return () => {
    window.removeEventListener('online', online);
    document.removeEventListener('visibilitychange', visible);
  };
}
