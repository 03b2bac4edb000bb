// Browser: the file picker; the picked images come back as blob: URLs that the H5 upload client reads.
import Taro from '@tarojs/taro';
import { CloudError } from '@/cloud/cloud-error';

/** Local URLs of up to `count` picked photos; empty if the user changed their mind. */
export async function pickPhotos(count: number): Promise<string[]> {
  try {
    const { tempFiles } = await Taro.chooseMedia({ count, mediaType: ['image'], sourceType: ['album'] });
    return tempFiles.slice(0, count).map((file) => file.tempFilePath);
  } catch (error) {
    if (/cancel/i.test(String((error as { errMsg?: string })?.errMsg ?? error))) return [];
    throw new CloudError('INTERNAL', '没能打开文件选择，请稍后再试');
  }
}

/** A local URL of the picked photo, or null if the user changed their mind. */
export async function pickPhoto(): Promise<string | null> {
  return (await pickPhotos(1))[0] ?? null;
}
