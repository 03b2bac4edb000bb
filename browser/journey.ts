// What a browser journey is: a named walk through the H5 app against a running local cloud.
import type { Page } from 'playwright-core';

export interface JourneyContext {
  page: Page;
  /** Base URL of the local cloud serving the H5 build. */
  baseUrl: string;
  /** The local cloud's clock (the app follows it): journeys build their dates from it, never the machine's. */
  now: () => Date;
  /** Checks the current page (accessibility, tap targets) and saves a screenshot for the step. */
  check: (step: string) => Promise<void>;
}

export interface Journey {
  name: string;
  /**
   * The window it starts in: a phone (the default) or a wide window (1280×800, no touch: PC WeChat with the
   * mini-program's window widened). Either may be resized with `page.setViewportSize`; every page checked at a
   * width of 768 px or more is also checked for the stretched-column defect (browser/harness.ts).
   */
  window?: 'phone' | 'wide';
  run: (ctx: JourneyContext) => Promise<void>;
}
