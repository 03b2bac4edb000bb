// WeChat scrolls the page itself; there is no keyboard focus to arrange.
export function makePageScrollerFocusable(_element: unknown): void {}
