// WeChat: the camera scanner. Only from the camera (no album) and only QR codes: a check-in code is scanned off the
// screen at the venue, and a photo picked from the album is exactly the forwarded picture rotation defeats.
import Taro from '@tarojs/taro';
import { CloudError } from '@/cloud/cloud-error';

const cancelled = (error: unknown) => /cancel/i.test(String((error as { errMsg?: string })?.errMsg ?? error));

/** The text of the scanned QR code, or null when the user closes the scanner. */
export async function scanCheckInCode(): Promise<string | null> {
  try {
    const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
    return result;
  } catch (error) {
    if (cancelled(error)) return null;
    throw new CloudError('INTERNAL', '没能打开扫码，请在微信设置里允许使用摄像头后再试');
  }
}
