// In a browser each Taro page scrolls inside its own element; giving that element a tab stop lets keyboard users
// scroll it (controls drawn by Taro components are not focusable themselves).
export function makePageScrollerFocusable(element: unknown): void {
  if (!(element instanceof Element)) return;
  const scroller = element.closest('.taro_page');
  if (scroller && !scroller.hasAttribute('tabindex')) scroller.setAttribute('tabindex', '0');
}
