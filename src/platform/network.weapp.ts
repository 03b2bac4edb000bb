// Whether the phone has a network, and when it comes back, in WeChat. The offline queue of logs made on a factory
// floor sends what waits when this fires: on a network status change that says connected, and on app show (the
// user comes back to the mini-program, perhaps after walking out of the workshop, and WeChat may not have reported
// the change while it was in the background).
import Taro from '@tarojs/taro';

/** True when WeChat reports a network of any type (it may still fail to reach the server: a send decides). */
export async function isOnline(): Promise<boolean> {
  try {
    const { networkType } = await Taro.getNetworkType();
    return networkType !== 'none';
  } catch {
    // Unknown: let a send try and decide.
    return true;
  }
}

/**
 * Calls `listener` when the network returns and when the app comes to the front; returns the unsubscribe. Several
 * events may arrive together: the listener must tolerate being called in a burst.
 */
export function onNetworkBack(listener: () => void): () => void {
  const status: Taro.onNetworkStatusChange.Callback = (result) => {
    if (result.isConnected) listener();
  };
  const show = () => listener();
  Taro.onNetworkStatusChange(status);
  Taro.onAppShow(show);
  return () => {
    Taro.offNetworkStatusChange(status);
    Taro.offAppShow(show);
  };
}
