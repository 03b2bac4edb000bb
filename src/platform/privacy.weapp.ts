// WeChat: an API that touches the user's data (photos, the album) first needs their consent to the mini-program's
// privacy guide; wx.requirePrivacyAuthorize shows WeChat's own prompt when it is still needed.
import Taro from '@tarojs/taro';
import { CloudError } from '@/cloud/cloud-error';

/** Resolves once the user has agreed (at once where they already had); `refusal` says what could not be done. */
export function requirePrivacy(refusal: string): Promise<void> {
  // Base libraries before 2.32.3 have no privacy prompt: nothing to ask.
  if (typeof Taro.requirePrivacyAuthorize !== 'function') return Promise.resolve();
  return new Promise((resolve, reject) => {
    Taro.requirePrivacyAuthorize({
      success: () => resolve(),
      fail: () => reject(new CloudError('FORBIDDEN', refusal)),
    });
  });
}
