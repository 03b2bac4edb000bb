// Cloud function `health`: answers the deployed version and the server time, so the app and deploy checks can
// tell that the back end is reachable and which build runs.
import { healthContract } from '../../../src/shared/contracts/health';
import { createFunction } from '../../../server/kit/create-function';

// Replaced at bundle time with the repository's version (scripts/build-functions.ts).
declare const __JX_VERSION__: string;
const version = typeof __JX_VERSION__ === 'string' ? __JX_VERSION__ : 'dev';

export const main = createFunction(healthContract, {
  status: async (_input, ctx) => ({ version, serverTime: ctx.now.toISOString() }),
});
