// After a refused save, the first field with an error is scrolled into view: on a long form the user otherwise
// taps and sees nothing happen.
import Taro from '@tarojs/taro';
import { scrollToFirst } from '@/platform/scroll-to';

export function scrollToFirstError(): void {
  // After the render that shows the errors.
  Taro.nextTick(() => scrollToFirst('.jx-field--error'));
}
