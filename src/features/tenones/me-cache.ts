// The worker's user id, remembered on the phone from the last year page that loaded: a log made without network
// needs it (its photos wait for a folder of the worker's own) when no call can ask who they are.
import Taro from '@tarojs/taro';

const KEY = 'jx-tenones-me';

export function rememberMe(userId: string): void {
  try {
    Taro.setStorageSync(KEY, userId);
  } catch {
    // Storage full: the next log made online finds the id again.
  }
}

export function rememberedMe(): string | null {
  try {
    const value: unknown = Taro.getStorageSync(KEY);
    return typeof value === 'string' && value ? value : null;
  } catch {
    return null;
  }
}
