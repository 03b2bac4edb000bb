// WeChat: choosing a photo is a privacy API, so the user's consent to the mini-program's privacy guide is asked
// for first (src/platform/privacy.weapp.ts).
import Taro from '@tarojs/taro';
import { CloudError } from '@/cloud/cloud-error';
import { requirePrivacy } from '@/platform/privacy.weapp';

const cancelled = (error: unknown) => /cancel/i.test(String((error as { errMsg?: string })?.errMsg ?? error));

/** Local paths of up to `count` picked photos; empty if the user changed their mind. */
export async function pickPhotos(count: number): Promise<string[]> {
  await requirePrivacy('需要同意隐私保护指引后才能选择照片');
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
