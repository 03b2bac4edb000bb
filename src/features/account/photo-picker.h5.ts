// Browser: the file picker; the picked image comes back as a blob: URL that the H5 upload client reads.
import Taro from '@tarojs/taro';
import { CloudError } from '@/cloud/cloud-error';

/** A local URL of the picked photo, or null if the user changed their mind. */
export async function pickPhoto(): Promise<string | null> {
  try {
    const { tempFiles } = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sourceType: ['album'] });
    return tempFiles[0]?.tempFilePath ?? null;
  } catch (error) {
    if (/cancel/i.test(String((error as { errMsg?: string })?.errMsg ?? error))) return null;
    throw new CloudError('INTERNAL', '没能打开文件选择，请稍后再试');
  }
}
