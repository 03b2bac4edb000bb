// Component tests' stand-in for page navigation (`jest.mock('@/components/navigation/navigation')`): jsdom has no
// mini-program page stack, and a test asserts on where a page would open instead.
export const TAB_PAGES = { home: '/pages/home/index', me: '/pages/me/index' };
export const openPage = jest.fn();
export const openTab = jest.fn();
export const replacePage = jest.fn();
export const goBack = jest.fn();
export const useShownAgain = (): undefined => undefined;
export const usePageParams = (): Record<string, string> => ({});
export const useCurrentPath = jest.fn((): string | undefined => undefined);
