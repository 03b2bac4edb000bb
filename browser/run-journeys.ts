// `npm run test:browser`: serves the H5 build from a fresh local cloud and walks every journey in headless
// Chromium, each in a fresh browser profile. Screenshots land in .artifacts/screenshots/.
import path from 'node:path';
import { startLocalCloud } from 'cloudbase-local';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { demoSeeds } from '../database/seed';
import { buildIfStale } from '../scripts/build-if-stale';
import { LOCAL_SUBSCRIBE_TEMPLATES, personasRoute, seedOnce } from '../scripts/local-data';
import { generateCheckInSecret } from '../server/check-in/check-in-codes';
import { MESSAGE_PUSH_FUNCTION } from '../server/kit/message-push-function';
import { generateKey } from '../server/people/personal-crypto';
import { testStartInstant } from '../test-support/seeded-cloud';
import { checkPage, chromiumPath, openBrowser, SCREENSHOT_DIR } from './harness';
import type { Journey } from './journey';
import { appShellJourney } from './journeys/app-shell.journey';
import { contestReviewJourney } from './journeys/contest-review.journey';
import { contestDayJourney } from './journeys/contest-day.journey';
import { contestEditJourney } from './journeys/contest-edit.journey';
import { contestResultsJourney } from './journeys/contest-results.journey';
import { contestStaffJourney } from './journeys/contest-staff.journey';
import { contestTeamJourney } from './journeys/contest-team.journey';
import { contestWorkerJourney } from './journeys/contest-worker.journey';
import { deadEndsJourney } from './journeys/dead-ends.journey';
import { mentorSessionWaitlistJourney } from './journeys/mentor-session-waitlist.journey';
import { mentorSessionsJourney } from './journeys/mentor-sessions.journey';
import { mentorAgreementJourney } from './journeys/mentor-agreement.journey';
import { mentorStaffJourney } from './journeys/mentor-staff.journey';
import { mentorStaffTablesJourney } from './journeys/mentor-staff-tables.journey';
import { mentorStudioJourney } from './journeys/mentor-studio.journey';
import { mentorWorkerJourney } from './journeys/mentor-worker.journey';
import { peopleJourneys } from './journeys/people.journeys';
import { importedDataJourney } from './journeys/imported-data.journey';
import { selectionJourneys } from './journeys/selection.journeys';
import { tenonesOfflineJourney } from './journeys/tenones-offline.journey';
import { tenonesReviewJourney } from './journeys/tenones-review.journey';
import { tenonesWorkerJourney } from './journeys/tenones-worker.journey';
import { tenonesStaffJourney } from './journeys/tenones-staff.journey';

const journeys: Journey[] = [
  appShellJourney,
  deadEndsJourney,
  ...peopleJourneys,
  ...selectionJourneys,
  tenonesWorkerJourney,
  tenonesOfflineJourney,
  tenonesStaffJourney,
  tenonesReviewJourney,
  contestStaffJourney,
  contestWorkerJourney,
  contestReviewJourney,
  contestEditJourney,
  contestResultsJourney,
  contestTeamJourney,
  contestDayJourney,
  mentorWorkerJourney,
  mentorStudioJourney,
  mentorStaffJourney,
  mentorStaffTablesJourney,
  mentorSessionsJourney,
  mentorSessionWaitlistJourney,
  mentorAgreementJourney,
  importedDataJourney,
];

async function main(): Promise<void> {
  chromiumPath(); // fail in one line before building anything when Chromium is missing
  buildIfStale();
  const root = path.resolve(__dirname, '..');
  // A fresh in-memory cloud with the demo data, as a first `npm start` has.
  const secrets = { JX_PII_KEY: generateKey(), JX_CHECKIN_SECRET: generateCheckInSecret() };
  Object.assign(process.env, secrets);
  const server = await startLocalCloud({
    configFile: path.join(root, 'cloudbaserc.json'),
    collectionsFile: path.join(root, 'database', 'collections.json'),
    staticDir: path.join(root, 'dist', 'h5'),
    timers: 'manual',
    functionEnv: { ...LOCAL_SUBSCRIBE_TEMPLATES, ...secrets },
    routes: [personasRoute],
    // WeChat's asynchronous content verdicts go to the function configured for message push.
    messagePushFunction: MESSAGE_PUSH_FUNCTION,
  });
  // The cloud starts on the machine's date at 10:00 Beijing (the app follows it), so no journey straddles midnight.
  server.clock.set(testStartInstant(server.clock.now()));
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jx-journeys-'));
  await seedOnce(dataDir, server.url, demoSeeds, server.clock.now());
  rmSync(dataDir, { recursive: true, force: true });
  const only = process.argv.slice(2);
  let failures = 0;
  try {
    for (const journey of journeys) {
      if (only.length > 0 && !only.includes(journey.name)) continue;
      const browser = await openBrowser(journey.window ?? 'phone');
      const started = performance.now();
      try {
        const page = await browser.context.newPage();
        page.setDefaultTimeout(15_000);
        const pageErrors: string[] = [];
        page.on('pageerror', (error) => pageErrors.push(error.message));
        await journey.run({
          page,
          baseUrl: server.url,
          now: () => server.clock.now(),
          check: async (step) => {
            await checkPage(page, journey.name, step);
          },
        });
        if (pageErrors.length > 0) throw new Error(`uncaught errors in the page:\n  ${pageErrors.join('\n  ')}`);
        console.log(`✓ ${journey.name} (${Math.round(performance.now() - started)} ms)`);
      } catch (error) {
        failures += 1;
        console.error(`✗ ${journey.name}: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  console.log(`screenshots: ${SCREENSHOT_DIR}`);
  if (failures > 0) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
