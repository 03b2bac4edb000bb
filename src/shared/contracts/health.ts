// Contract of the `health` function: is the back end up, which version runs, and what time the server has.
import * as z from 'zod';
import { defineContract } from './contract';

export const healthContract = defineContract('health', {
  /** Liveness probe for the app's 关于 section and for deploy checks. */
  status: {
    input: z.object({}).strict(),
    output: z.object({
      /** Version of the deployed function bundle (semver of the repository). */
      version: z.string().min(1),
      /** Server clock as an ISO-8601 instant; the app shows it in Beijing time. */
      serverTime: z.iso.datetime({ offset: true }),
    }),
  },
});
