// Browser: an ordinary <canvas> off the page; the picture becomes a PNG data: URL, saved as a download (a browser
// has no WeChat share menu). Cloud photos come from the same origin as the app, so the canvas stays readable.
import { CloudError } from '@/cloud/cloud-error';
import type { CreatePictureCanvas, PictureOutlet } from './poster-canvas-types';

export const createPictureCanvas: CreatePictureCanvas = (width, height) => {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new CloudError('INTERNAL', '这个浏览器不能生成图片');
  return {
    context,
    loadImage: (src) =>
      new Promise((resolve, reject) => {
        const image = new Image();
        image.onload = () => resolve(image);
        image.onerror = () => reject(new CloudError('INTERNAL', '图片没能加载，请稍后再试'));
        image.src = src;
      }),
    finish: async () => canvas.toDataURL('image/png'),
  };
};

export const pictureOutlet: PictureOutlet = {
  save: async (picture, fileName) => {
    const link = document.createElement('a');
    link.href = picture;
    link.download = fileName;
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    link.remove();
    return `已下载为图片“${fileName}”，在浏览器的下载文件夹里。`;
  },
};
