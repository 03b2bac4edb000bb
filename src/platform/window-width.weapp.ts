// The window's width in px in WeChat: a phone's, or PC WeChat's resizable window (app.json `resizable: true`),
// which the user may drag wider or narrower while a page is open.
import Taro from '@tarojs/taro';

export function readWindowWidth(): number {
  try {
    return Taro.getWindowInfo().windowWidth;
  } catch {
    // Base library too old for getWindowInfo: the older, synchronous system info has the same figure.
    return Taro.getSystemInfoSync().windowWidth;
  }
}

/** Calls `listener` with the new width whenever the window is resized; returns the unsubscribe. */
export function onWindowWidthChange(listener: (width: number) => void): () => void {
  const handler: Taro.onWindowResize.Callback = (result) => listener(result.size.windowWidth);
  Taro.onWindowResize(handler);
  // Taro types the off callback's result loosely: it is the same function that was registered.
  return () => Taro.offWindowResize(handler as unknown as Taro.offWindowResize.Callback);
}
