// Moving between pages, and noticing when the user comes back to one. Pages and features go through here rather
// than calling Taro directly, so component tests can replace it in one place.
import Taro, { useDidHide, useDidShow, useRouter } from '@tarojs/taro';
import { useRef } from 'react';

export const TAB_PAGES = {
  home: '/pages/home/index',
  me: '/pages/me/index',
} as const;

/** Opens a page on top of the current one (a subpackage page is loaded on first use). */
export function openPage(url: string): void {
  void Taro.navigateTo({ url });
}

/** Replaces the current page (a finished step) with the next, so 返回 skips the finished one. */
export function replacePage(url: string): void {
  void Taro.redirectTo({ url });
}

/** Goes back one page; a page opened directly (from a code or a shared link) has nowhere to go back, so home. */
export function goBack(fallbackTab: string = TAB_PAGES.me): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else void Taro.switchTab({ url: fallbackTab });
}

export function openTab(url: string): void {
  void Taro.switchTab({ url });
}

/** The page's query parameters (`?token=…`, or `scene` when opened from a mini-program code). */
export function usePageParams(): Record<string, string | undefined> {
  const router = useRouter();
  return (router?.params ?? {}) as Record<string, string | undefined>;
}

/** The current page's path (no query), e.g. to mark it in a navigation. */
export function useCurrentPath(): string | undefined {
  return useRouter()?.path;
}

/** Runs `callback` each time the page shows again after being hidden (e.g. back from an edit page). */
export function useShownAgain(callback: () => void): void {
  // Keyed on a hide rather than counting shows: whether the first show reaches a hook depends on the platform.
  const hidden = useRef(false);
  useDidHide(() => {
    hidden.current = true;
  });
  useDidShow(() => {
    if (!hidden.current) return;
    hidden.current = false;
    callback();
  });
}
