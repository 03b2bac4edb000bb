// WeChat: the file is written to the mini-program's user data folder with the file system manager, and offered
// to a chat (wx.shareFileMessage), from where staff forward it or open it on a computer.
import Taro from '@tarojs/taro';
import { CloudError } from '@/cloud/cloud-error';
import type { OpenCloudFile, SaveTextFile } from './save-file-types';

const cancelled = (error: unknown) => /cancel/i.test(String((error as { errMsg?: string })?.errMsg ?? error));

function writeFile(filePath: string, data: string): Promise<void> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().writeFile({
      filePath,
      data,
      encoding: 'utf8',
      success: () => resolve(),
      fail: (result) =>
        reject(
          new CloudError(
            'INTERNAL',
            /limit is exceeded/.test(result.errMsg)
              ? '手机上的小程序存储空间不够，没能保存文件'
              : '没能保存文件，请稍后再试',
          ),
        ),
    });
  });
}

export const saveTextFile: SaveTextFile = async (fileName, text) => {
  const filePath = `${Taro.env.USER_DATA_PATH ?? 'wxfile://usr'}/${fileName}`;
  await writeFile(filePath, text);
  return {
    where: `已保存为文件“${fileName}”。点“发送到聊天”，可以转给同事或在电脑微信上打开保存。`,
    share: async () => {
      try {
        await Taro.shareFileMessage({ filePath, fileName });
      } catch (error) {
        if (cancelled(error)) return;
        throw new CloudError('INTERNAL', '没能发送文件，请稍后再试');
      }
    },
  };
};

/**
 * WeChat: wx.openDocument opens only a local file, so the workbook is first fetched with wx.downloadFile (CloudBase
 * temporary URLs are in the download domain list) into the user data folder under its own name, then opened with
 * the menu shown, from where staff forward it to a chat or save it.
 */
export const openCloudFile: OpenCloudFile = async (url, fileName) => {
  const filePath = `${Taro.env.USER_DATA_PATH ?? 'wxfile://usr'}/${fileName}`;
  let statusCode: number;
  try {
    ({ statusCode } = await Taro.downloadFile({ url, filePath }));
  } catch {
    throw new CloudError('NETWORK', '没能下载文件，请检查网络后再试');
  }
  if (statusCode !== 200) throw new CloudError('NOT_FOUND', '文件已过期或已删除，请重新导出');
  try {
    await Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true });
  } catch (error) {
    if (cancelled(error)) return { where: `已保存为文件“${fileName}”。` };
    throw new CloudError('INTERNAL', '手机上没能打开这个 Excel 文件，请在电脑微信上再试');
  }
  return { where: `已打开“${fileName}”。点右上角“…”可以发送给朋友或保存。` };
};
