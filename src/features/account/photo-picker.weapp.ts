// WeChat: choosing a photo is a privacy API, so the user's consent to the mini-program's privacy guide is asked
// for first (wx.requirePrivacyAuthorize shows WeChat's own prompt when it is still needed).
import Taro from '@tarojs/taro';
import { CloudError } from '@/cloud/cloud-error';

function requirePrivacy(): Promise<void> {
  // Base libraries before 2.32.3 have no privacy prompt: nothing to ask.
  if (typeof Taro.requirePrivacyAuthorize !== 'function') return Promise.resolve();
  return new Promise((resolve, reject) => {
    Taro.requirePrivacyAuthorize({
      success: () => resolve(),
      fail: () => reject(new CloudError('FORBIDDEN', '需要同意隐私保护指引后才能选择照片')),
    });
  });
}

const cancelled = (error: unknown) => /cancel/i.test(String((error as { errMsg?: string })?.errMsg ?? error));

/** A local path of the picked photo, or null if the user changed their mind. */
export async function pickPhoto(): Promise<string | null> {
  await requirePrivacy();
  try {
    const { tempFiles } = await Taro.chooseMedia({
      count: 1,
      mediaType: ['image'],
      sizeType: ['compressed'],
      sourceType: ['album', 'camera'],
    });
    return tempFiles[0]?.tempFilePath ?? null;
  } catch (error) {
    if (cancelled(error)) return null;
    throw new CloudError('INTERNAL', '没能打开相册，请稍后再试');
  }
}
