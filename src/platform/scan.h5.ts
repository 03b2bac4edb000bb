// Browser: no camera scanner (wx.scanCode is WeChat's), so the seam takes an image of the code — a photo or a
// screenshot picked with a file input — and decodes it here. The journeys check in through it by handing the input
// a PNG of the token. The decoder is loaded on first use, so it stays out of the bundle that every page loads.
import { CloudError } from '@/cloud/cloud-error';

/** Opens the file picker; answers the picked image, or null when the picker is closed without one. */
function pickImage(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'image/*';
    input.style.display = 'none';
    const done = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => done(input.files?.[0] ?? null), { once: true });
    // Browsers fire `cancel` when the picker closes without a file (Chromium 113+, Firefox 91+, Safari 16.4+).
    input.addEventListener('cancel', () => done(null), { once: true });
    document.body.appendChild(input);
    input.click();
  });
}

/** The picked image's pixels, at most MAX_SIDE a side (a phone photo is far more than a code needs). */
async function pixelsOf(file: File): Promise<ImageData> {
  const url = URL.createObjectURL(file);
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new CloudError('INVALID_INPUT', '这张图片打不开，请换一张'));
      image.src = url;
    });
    const scale = Math.min(1, 1200 / Math.max(image.naturalWidth, image.naturalHeight));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
    canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new CloudError('INTERNAL', '浏览器不能读取图片，请换一个浏览器');
    // A transparent PNG reads as black on black: paint white under it, as the screen it was taken from was.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return context.getImageData(0, 0, canvas.width, canvas.height);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The text of the QR code in a picked image, or null when the user picks none. */
export async function scanCheckInCode(): Promise<string | null> {
  const file = await pickImage();
  if (!file) return null;
  const [{ decodeQrBitmap }, pixels] = await Promise.all([import('./qr-decode'), pixelsOf(file)]);
  const text = await decodeQrBitmap(pixels);
  if (text === null) throw new CloudError('INVALID_INPUT', '图片里没有找到二维码，请换一张清楚、完整的图片');
  return text;
}
