// H5 file storage: the local cloud takes the bytes at `/_storage/client-upload` with this browser's local WeChat
// identity, as `wx.cloud.uploadFile` takes them on the platform.
import { localOpenid } from './local-identity';
import type { FileClient } from './files-types';

async function answer<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`storage answered HTTP ${response.status}`);
  return (await response.json()) as T;
}

export const files: FileClient = {
  async uploadFile(filePath, cloudPath) {
    const blob = await (await fetch(filePath)).blob();
    const response = await fetch(`/_storage/client-upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
      method: 'POST',
      headers: { 'x-wx-openid': localOpenid(), 'content-type': blob.type || 'application/octet-stream' },
      body: blob,
    });
    const { fileID, tempFileURL } = await answer<{ fileID: string; tempFileURL: string }>(response);
    return { fileID, url: tempFileURL };
  },

  async fileUrls(fileIDs) {
    if (fileIDs.length === 0) return {};
    const response = await fetch('/_storage/client-temp-urls', {
      method: 'POST',
      headers: { 'x-wx-openid': localOpenid(), 'content-type': 'application/json' },
      body: JSON.stringify({ fileIDs }),
    });
    return answer<Record<string, string>>(response);
  },
};
