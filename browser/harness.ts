// Drives the system Chromium over the H5 build for the browser journeys: a phone-sized page, and for every page a
// journey visits, accessibility (axe-core: contrast, names), tap-target size and a screenshot to look at.
import axe from 'axe-core';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

// A run in another device zone keeps its screenshots apart, to compare with Beijing's.
export const SCREENSHOT_DIR = path.resolve(
  __dirname,
  '..',
  '.artifacts',
  process.env.JX_DEVICE_TZ ? `screenshots-${process.env.JX_DEVICE_TZ.replace(/\W+/g, '-')}` : 'screenshots',
);

// Flags for a sandbox without network: without the background-networking ones Chromium keeps dialling out.
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * WeChat's largest font setting on a phone, as a factor: 25.5 px over the standard 17 px (iOS, 414-px screen, +5
 * in WeChat's 适老化 guide for mini-programs). Every page is checked at it as well as at the standard size.
 */
export const LARGEST_FONT_SCALE = 1.5;

/** The smallest tap target the national 适老化 specification allows, in CSS px. */
export const MIN_TAP_PX = 44;

export function chromiumPath(): string {
  const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    throw new Error(
      `Chromium not found at ${candidate}: install it with 'sudo apt-get install -y chromium' or set CHROMIUM_PATH.`,
    );
  }
  return candidate;
}

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/**
 * The browser's environment: ours, less libfaketime. When the suite runs under `faketime` to move the machine's
 * date, Chromium's own timers stall under it; the phone keeps the real time, as a phone does, and the app follows
 * the local cloud's clock (src/platform/clock-source.h5.ts), which is what the run moves.
 */
function browserEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || key.startsWith('FAKETIME')) continue;
    if (key === 'LD_PRELOAD') {
      const kept = value.split(/[: ]/).filter((lib) => lib && !lib.includes('faketime'));
      if (kept.length > 0) env[key] = kept.join(':');
      continue;
    }
    env[key] = value;
  }
  return env;
}

/** The window a journey runs in: a phone, or PC WeChat's resizable window made wide (1280×800, a mouse). */
export type JourneyWindow = 'phone' | 'wide';

/** From this width on a window is wide (as src/components/staff/wide-window.ts decides). */
export const WIDE_WINDOW_PX = 768;

const WINDOWS = {
  phone: { viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  wide: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
} as const;

/** A fresh browser profile shaped like a phone in WeChat's design width (375×667). */
export function openPhoneBrowser(): Promise<Browser> {
  return openBrowser('phone');
}

/** A fresh browser profile: a phone, or a wide desktop window (not mobile: no touch, no mobile viewport). */
export async function openBrowser(shape: JourneyWindow): Promise<Browser> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'jx-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    env: browserEnv(),
    headless: true,
    args: CHROMIUM_FLAGS,
    ...WINDOWS[shape],
    locale: 'zh-CN',
    // The phone's time zone: Beijing, unless JX_DEVICE_TZ names another, so that a page formatting a date in the
    // device's zone instead of Beijing's shows up (npm test runs the journeys once in UTC too).
    timezoneId: process.env.JX_DEVICE_TZ ?? 'Asia/Shanghai',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

const TAPPABLE = [
  'button',
  'a[href]',
  'input:not([type=hidden])',
  'select',
  'textarea',
  '[role=button]',
  '[role=link]',
  '[role=tab]',
  '[role=checkbox]',
  '[role=radio]',
  '[role=switch]',
  '[role=menuitem]',
  'taro-button-core',
  '.weui-tabbar__item',
].join(',');

interface SmallTarget {
  element: string;
  width: number;
  height: number;
}

async function smallTapTargets(page: Page): Promise<SmallTarget[]> {
  return page.evaluate(
    ({ selector, min }) => {
      const small: { element: string; width: number; height: number }[] = [];
      for (const element of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
        const rect = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        if (rect.width === 0 || rect.height === 0 || style.visibility === 'hidden') continue;
        // A native control inside a larger tappable wrapper is measured by its wrapper.
        const wrapper = element.parentElement?.closest(selector);
        if (wrapper && wrapper.getBoundingClientRect().height >= min) continue;
        if (rect.width < min - 0.5 || rect.height < min - 0.5) {
          const text = (element.textContent ?? '').trim().slice(0, 20);
          small.push({
            element: `${element.tagName.toLowerCase()}.${element.className} "${text}"`,
            width: Math.round(rect.width),
            height: Math.round(rect.height),
          });
        }
      }
      return small;
    },
    { selector: TAPPABLE, min: MIN_TAP_PX },
  );
}

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

async function accessibilityViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target as unknown[], failureSummary: n.failureSummary })),
    }));
  });
}

// Chrome that the mini-program draws natively (the tab bar follows WeChat's own setting there), not the app's text.
const NATIVE_CHROME = '.weui-tabbar, .taro-tabbar__tabbar, .taro-navigation-bar, [aria-hidden="true"]';

/** Staff pages: their main content must follow a wide window. */
const STAFF_PAGE = /#\/admin\//;
/** The least share of a wide window a staff page's main content spans. */
export const MIN_MAIN_SHARE = 0.7;
/** The longest text line a wide window may show, in ems of its own font size (a book's line is ~35). */
export const MAX_LINE_EM = 45;

/**
 * The stretched-column defect of a page in a wide window: a phone layout shown in PC WeChat's wide window, either
 * centred with empty sides or stretched so lines run across the screen. A staff page's main content (its
 * `[role=main]`, else the `.jx-admin` column) must span at least 70 % of the window (today's 760 px column spans
 * 59 % of 1280 px); on any page no line of text may be wider than 45 em of its font size (each line box of each
 * text node is measured, so a long paragraph across a stretched page is caught while a table of short cells is not).
 */
async function stretchedColumn(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ staffPattern, minShare, maxEm }) => {
      const problems: string[] = [];
      const width = window.innerWidth;
      if (new RegExp(staffPattern).test(location.hash)) {
        // No named helpers in here: the runner's transpiler would wrap them in a helper the page does not have.
        const main = Array.from(document.querySelectorAll('[role=main], .jx-admin')).find((element) => {
          const rect = element.getBoundingClientRect();
          return rect.width > 0 && rect.height > 0 && getComputedStyle(element).display !== 'none';
        });
        if (!main) problems.push('staff page without its main content ([role=main] or .jx-admin)');
        else {
          const share = main.getBoundingClientRect().width / width;
          if (share < minShare) {
            problems.push(
              `stretched column: the main content spans ${Math.round(share * 100)}% of a ${width} px window (< ${minShare * 100}%)`,
            );
          }
        }
      }
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let longest: { em: number; text: string } | null = null;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node.textContent ?? '').trim();
        const parent = node.parentElement;
        if (text.length < 10 || !parent) continue;
        const style = getComputedStyle(parent);
        if (style.visibility === 'hidden' || style.display === 'none') continue;
        const fontPx = parseFloat(style.fontSize) || 16;
        range.selectNodeContents(node);
        for (const rect of Array.from(range.getClientRects())) {
          const em = rect.width / fontPx;
          if (em > maxEm && (!longest || em > longest.em)) longest = { em, text: text.slice(0, 24) };
        }
      }
      if (longest) {
        problems.push(`a text line ${Math.round(longest.em)} em wide (> ${maxEm} em): "${longest.text}…"`);
      }
      return problems;
    },
    { staffPattern: STAFF_PAGE.source, minShare: MIN_MAIN_SHARE, maxEm: MAX_LINE_EM },
  );
}

/**
 * Sets the font scale on every page frame live (as WeChat's setting reaches PageShell's `--jx-scale`), and names
 * each visible text, button and input whose size did not grow with it: text at a fixed size stays small for the
 * people who most need it larger.
 */
async function scaleFontsTo(page: Page, scale: number): Promise<string[]> {
  return page.evaluate(
    ({ to, chrome }) => {
      const texts: HTMLElement[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (parent && (node.textContent ?? '').trim() && !texts.includes(parent)) texts.push(parent);
      }
      for (const input of Array.from(document.querySelectorAll<HTMLElement>('input, textarea'))) texts.push(input);
      const shown = texts.filter((element) => {
        const rect = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden' && !element.closest(chrome);
      });
      const before = shown.map((element) => parseFloat(getComputedStyle(element).fontSize));
      for (const frame of [
        document.documentElement,
        ...Array.from(document.querySelectorAll<HTMLElement>('.jx-root')),
      ]) {
        frame.style.setProperty('--jx-scale', String(to));
      }
      const stuck: string[] = [];
      shown.forEach((element, i) => {
        const size = parseFloat(getComputedStyle(element).fontSize);
        if (to > 1 && size < before[i]! * to * 0.95) {
          const text = (element.textContent || (element as HTMLInputElement).value || '').trim().slice(0, 20);
          stuck.push(`${element.tagName.toLowerCase()}.${element.className} "${text}" ${before[i]} → ${size} px`);
        }
      });
      return stuck;
    },
    { to: scale, chrome: NATIVE_CHROME },
  );
}

async function fitnessProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const violation of await accessibilityViolations(page)) {
    for (const node of violation.nodes) {
      problems.push(`axe ${violation.id} (${violation.help}) at ${JSON.stringify(node.target)}`);
    }
  }
  for (const target of await smallTapTargets(page)) {
    problems.push(`tap target ${target.width}×${target.height} px < ${MIN_TAP_PX}: ${target.element}`);
  }
  return problems;
}

/**
 * Checks the page as it now stands and saves a screenshot named `<journey>/<step>.png`; in a wide window, also the
 * stretched-column defect (see `stretchedColumn`); then the same at WeChat's largest font
 * (`<step>@largest-font.png`). Throws with every problem found, so a journey fails on the first page that is not
 * fit for its users.
 */
export async function checkPage(page: Page, journey: string, step: string): Promise<string> {
  const dir = path.join(SCREENSHOT_DIR, journey);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${step}.png`);
  await page.screenshot({ path: file, fullPage: true });
  const problems = await fitnessProblems(page);
  if ((page.viewportSize()?.width ?? 0) >= WIDE_WINDOW_PX) problems.push(...(await stretchedColumn(page)));
  // Then as an older worker with WeChat's largest font sees it: every text grows, and the page is still fit.
  // (Once per step: the run in another device zone checks dates, not sizes.)
  if (!process.env.JX_DEVICE_TZ) {
    const stuck = await scaleFontsTo(page, LARGEST_FONT_SCALE);
    for (const text of stuck)
      problems.push(`text stays at its base size at font scale ${LARGEST_FONT_SCALE}: ${text}`);
    await page.screenshot({ path: path.join(dir, `${step}@largest-font.png`), fullPage: true });
    for (const problem of await fitnessProblems(page))
      problems.push(`at font scale ${LARGEST_FONT_SCALE}: ${problem}`);
    await scaleFontsTo(page, 1);
  }
  // JX_SURVEY=1 lists every page's problems instead of stopping at the first (to survey a change's reach).
  if (problems.length > 0 && process.env.JX_SURVEY) {
    console.log(`SURVEY ${journey}/${step}:\n  ${problems.join('\n  ')}`);
    return file;
  }
  if (problems.length > 0) {
    throw new Error(
      `${journey}/${step} is not fit for its users:\n  ${problems.join('\n  ')}\n  (screenshot ${file})`,
    );
  }
  return file;
}
