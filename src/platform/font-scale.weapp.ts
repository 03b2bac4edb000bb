// WeChat's font-size setting as a factor (1 = standard), per WeChat's 适老化 guide for mini-programs.
import Taro from '@tarojs/taro';

export function readFontScale(): number {
  try {
    const info = Taro.getAppBaseInfo() as { fontSizeScaleFactor?: number; fontSizeSetting?: number };
    if (typeof info.fontSizeScaleFactor === 'number' && info.fontSizeScaleFactor > 0) return info.fontSizeScaleFactor;
    // Older clients report only the font size in px, 16 being standard.
    if (typeof info.fontSizeSetting === 'number' && info.fontSizeSetting > 0) return info.fontSizeSetting / 16;
  } catch {
    // Base library too old for getAppBaseInfo: keep the standard size.
  }
  return 1;
}
