// WeChat's one-time subscribe dialog. WeChat opens it only inside the handler of a user's tap, so this must be
// called first in that handler, before anything is awaited; it asks for at most 3 templates at once.
import Taro from '@tarojs/taro';

/** Asks the user to accept `templateIds`; answers the ids they accepted (none when the dialog failed). */
export function requestSubscribe(templateIds: string[]): Promise<string[]> {
  const ids = templateIds.slice(0, 3);
  if (ids.length === 0) return Promise.resolve([]);
  return new Promise((resolve) => {
    // Taro's type asks for Alipay's entityIds beside WeChat's tmplIds; WeChat takes tmplIds alone.
    const option = {
      tmplIds: ids,
      success: (result: unknown) => {
        const answers = result as Record<string, unknown>;
        resolve(ids.filter((id) => answers[id] === 'accept'));
      },
      // Refused, banned in settings, or not in a tap: nothing accepted; the in-app message still comes.
      fail: () => resolve([]),
    } as unknown as Taro.requestSubscribeMessage.Option;
    Taro.requestSubscribeMessage(option).catch(() => resolve([]));
  });
}
