// WeChat: the file is written to the mini-program's user data folder with the file system manager, and offered
// to a chat (wx.shareFileMessage), from where staff forward it or open it on a computer.
import Taro from '@tarojs/taro';
import { CloudError } from '@/cloud/cloud-error';
import type { SaveTextFile } from './save-file-types';

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
