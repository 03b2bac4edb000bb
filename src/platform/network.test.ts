/**
 * @jest-environment jsdom
 */
// The browser's network seam: the events Playwright's `context.setOffline` drives (`navigator.onLine` and
// `online`) and a tab brought back to the front reach the listener; an unsubscribed listener hears nothing.
import { isOnline, onNetworkBack } from './network.h5';

let online = true;
let visibility: DocumentVisibilityState = 'visible';
beforeAll(() => {
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
});

it('reads whether the browser has a network', async () => {
  online = false;
  await expect(isOnline()).resolves.toBe(false);
  online = true;
  await expect(isOnline()).resolves.toBe(true);
});

it('calls back when the network returns and when the page is shown again online', () => {
  const listener = jest.fn();
  const stop = onNetworkBack(listener);

  online = false;
  window.dispatchEvent(new Event('offline'));
  expect(listener).not.toHaveBeenCalled();
  online = true;
  window.dispatchEvent(new Event('online'));
  expect(listener).toHaveBeenCalledTimes(1);

  visibility = 'hidden';
  document.dispatchEvent(new Event('visibilitychange'));
  expect(listener).toHaveBeenCalledTimes(1);
  visibility = 'visible';
  document.dispatchEvent(new Event('visibilitychange'));
  expect(listener).toHaveBeenCalledTimes(2);
  // Shown again without a network: nothing to send yet (the `online` event will come).
  online = false;
  document.dispatchEvent(new Event('visibilitychange'));
  expect(listener).toHaveBeenCalledTimes(2);

  stop();
  online = true;
  window.dispatchEvent(new Event('online'));
  document.dispatchEvent(new Event('visibilitychange'));
  expect(listener).toHaveBeenCalledTimes(2);
});
