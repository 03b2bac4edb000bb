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
  run: (ctx: JourneyContext) => Promise<void>;
}
