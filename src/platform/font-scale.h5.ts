// In a browser there is no WeChat font setting. The local H5 build reads one from the page's storage
// (`jx-font-scale`, e.g. 1.5), so a developer can see a page as an older worker with the largest setting sees it;
// without it the page keeps the standard factor.
export const FONT_SCALE_KEY = 'jx-font-scale';

export function readFontScale(): number {
  try {
    const stored = Number(globalThis.localStorage?.getItem(FONT_SCALE_KEY));
    return Number.isFinite(stored) && stored >= 0.8 && stored <= 3 ? stored : 1;
  } catch {
    return 1;
  }
}
