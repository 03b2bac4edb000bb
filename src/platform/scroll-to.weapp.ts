// Mini-program: the page scrolls as a whole; WeChat finds the first match itself (base library 2.7.3+).
import Taro from '@tarojs/taro';

export function scrollToFirst(selector: string): void {
  Taro.pageScrollTo({ selector, offsetTop: -80, duration: 200 }).catch(() => undefined);
}
