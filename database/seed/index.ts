// Demo data written on the first `npm start` of a data folder (fictional throughout). Each seed writes through the
// unmodified SDK, as an administrator, so it obeys the declared collections and indexes like any other writer.
// Features add their seeds to this list, in dependency order.
import type * as tcb from '@cloudbase/node-sdk';
import { peopleSeed } from './people';
import { selectionSeed } from './selection';
import { tenonesSeed } from './tenones';
import { contestsSeed } from './contests';
import { mentoringSeed } from './mentoring';

export interface SeedContext {
  app: tcb.CloudBase;
  /** The instant the seed is taken at; demo dates are placed relative to it. */
  now: Date;
  /** The local data folder (for files a seed must create, such as a generated key). */
  dataDir: string;
}

export interface Seed {
  name: string;
  run(context: SeedContext): Promise<void>;
}

export const demoSeeds: Seed[] = [peopleSeed, selectionSeed, tenonesSeed, contestsSeed, mentoringSeed];
