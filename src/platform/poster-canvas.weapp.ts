// WeChat: an off-screen 2D canvas (base library 2.16.1+). Its images load from local files only, so a data: URL
// (the mini-program code) is written to the user data folder first and a photo's temporary https URL downloaded.
// The finished picture is a local PNG: shared through wx.showShareImageMenu (no album permission needed) or saved
// with wx.saveImageToPhotosAlbum after the privacy consent, with the way to 设置 when the album was refused.
import Taro from '@tarojs/taro';
import { CloudError } from '@/cloud/cloud-error';
import { requirePrivacy } from './privacy.weapp';
import type { CreatePictureCanvas, PictureOutlet } from './poster-canvas-types';

const errMsg = (error: unknown) => String((error as { errMsg?: string })?.errMsg ?? error);
const cancelled = (error: unknown) => /cancel/i.test(errMsg(error));
const folder = () => Taro.env.USER_DATA_PATH ?? 'wxfile://usr';
let written = 0;

function writeBase64(filePath: string, base64: string): Promise<void> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().writeFile({
      filePath,
      data: base64,
      encoding: 'base64',
      success: () => resolve(),
      fail: () => reject(new CloudError('INTERNAL', '手机上的小程序存储空间不够，没能生成图片')),
    });
  });
}

/** A local path for `src`: data: URLs written to a file, https downloaded, local paths as they are. */
async function localPath(src: string): Promise<string> {
  const data = /^data:image\/\w+;base64,(.+)$/.exec(src);
  if (data) {
    const filePath = `${folder()}/picture-part-${++written % 8}.png`;
    await writeBase64(filePath, data[1]!);
    return filePath;
  }
  if (/^https?:/.test(src)) {
    const { tempFilePath, statusCode } = await Taro.downloadFile({ url: src });
    if (statusCode !== 200) throw new CloudError('INTERNAL', '照片没能下载，请稍后再试');
    return tempFilePath;
  }
  return src;
}

export const createPictureCanvas: CreatePictureCanvas = (width, height) => {
  const canvas = Taro.createOffscreenCanvas({ type: '2d', width, height });
  const context = canvas.getContext('2d') as unknown as CanvasRenderingContext2D;
  return {
    context,
    loadImage: async (src) => {
      const path = await localPath(src);
      return new Promise((resolve, reject) => {
        const image = canvas.createImage();
        image.onload = () => resolve(image as unknown as { width: number; height: number });
        image.onerror = () => reject(new CloudError('INTERNAL', '图片没能加载，请稍后再试'));
        image.src = path;
      });
    },
    finish: async (fileName) => {
      try {
        const { tempFilePath } = await Taro.canvasToTempFilePath({
          canvas: canvas as unknown as Taro.Canvas,
          fileType: 'png',
        } as Taro.canvasToTempFilePath.Option);
        return tempFilePath;
      } catch {
        // Some iOS versions cannot export an off-screen canvas this way: its data URL, written to a file, can.
        const url = (canvas as unknown as { toDataURL(type: string): string }).toDataURL('image/png');
        const filePath = `${folder()}/${fileName}`;
        await writeBase64(filePath, url.replace(/^data:image\/png;base64,/, ''));
        return filePath;
      }
    },
  };
};

async function saveToAlbum(filePath: string): Promise<void> {
  await Taro.saveImageToPhotosAlbum({ filePath });
}

export const pictureOutlet: PictureOutlet = {
  share: async (picture) => {
    try {
      await Taro.showShareImageMenu({ path: picture });
    } catch (error) {
      if (cancelled(error)) return;
      throw new CloudError('INTERNAL', '没能打开分享菜单，请稍后再试');
    }
  },
  save: async (picture) => {
    await requirePrivacy('需要同意隐私保护指引后才能保存到相册');
    try {
      await saveToAlbum(picture);
      return '已保存到手机相册';
    } catch (error) {
      if (cancelled(error)) return null;
      if (!/auth|deny|denied/i.test(errMsg(error))) throw new CloudError('INTERNAL', '没能保存到相册，请稍后再试');
    }
    // The album was refused before: WeChat asks only once, after that only 设置 can allow it.
    const { confirm } = await Taro.showModal({
      title: '需要相册权限',
      content: '保存海报需要允许“添加到相册”。去设置里打开吗？',
      confirmText: '去设置',
    });
    if (!confirm) return null;
    const { authSetting } = await Taro.openSetting();
    if (!authSetting['scope.writePhotosAlbum']) return null;
    await saveToAlbum(picture);
    return '已保存到手机相册';
  },
};
