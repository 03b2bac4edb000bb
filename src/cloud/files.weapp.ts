// WeChat file storage: the platform's own upload and temporary URLs, under the caller's identity.
import Taro from '@tarojs/taro';
import { ensureCloud } from './transport.weapp';
import type { FileClient } from './files-types';

export const files: FileClient = {
  async uploadFile(filePath, cloudPath) {
    ensureCloud();
    const { fileID } = await Taro.cloud.uploadFile({ cloudPath, filePath });
    const urls = await files.fileUrls([fileID]);
    return { fileID, url: urls[fileID] ?? filePath };
  },

  async fileUrls(fileIDs) {
    ensureCloud();
    if (fileIDs.length === 0) return {};
    const { fileList } = await Taro.cloud.getTempFileURL({ fileList: fileIDs });
    const urls: Record<string, string> = {};
    for (const item of fileList) if (item.tempFileURL) urls[item.fileID] = item.tempFileURL;
    return urls;
  },
};
