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

/** Local paths of up to `count` picked photos; empty if the user changed their mind. */
export async function pickPhotos(count: number): Promise<string[]> {
  await requirePrivacy();
  try {
    const { tempFiles } = await Taro.chooseMedia({
      count,
      mediaType: ['image'],
      sizeType: ['compressed'],
      sourceType: ['album', 'camera'],
    });
    return tempFiles.slice(0, count).map((file) => file.tempFilePath);
  } catch (error) {
    if (cancelled(error)) return [];
    throw new CloudError('INTERNAL', '没能打开相册，请稍后再试');
  }
}

/** A local path of the picked photo, or null if the user changed their mind. */
export async function pickPhoto(): Promise<string | null> {
  return (await pickPhotos(1))[0] ?? null;
}
