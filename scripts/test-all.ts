// `npm test`: everything, in order, stopping at the first failure: typecheck, lint, unit and integration tests,
// the weapp and H5 builds with their checks, and the browser journeys.
import { spawnSync } from 'node:child_process';

const steps: { label: string; command: string }[] = [
  { label: 'typecheck', command: 'npm run --silent typecheck' },
  { label: 'lint', command: 'npm run --silent lint' },
  // Integration tests invoke the built functions, so they are built first.
  { label: 'build functions', command: 'npm run --silent build:functions' },
  // The vote storm saturates both cores for half a minute: it runs alone, so neither it nor the suites beside it
  // hit a function timeout from the other's load.
  { label: 'unit and integration tests', command: 'npx jest --ci --testPathIgnorePatterns vote-storm.integration' },
  { label: 'vote storm', command: 'npx jest --ci cloudfunctions/vote-storm.integration.test.ts' },
  { label: 'weapp build', command: 'npm run --silent build:weapp' },
  { label: 'weapp checks', command: 'npm run --silent check:weapp' },
  { label: 'H5 build', command: 'npm run --silent build:h5' },
  { label: 'browser journeys', command: 'npm run --silent test:browser' },
  // Again with the phone set to UTC: a page that formats a date in the device's zone instead of Beijing's shows up.
  { label: 'browser journeys (device in UTC)', command: 'JX_DEVICE_TZ=UTC npm run --silent test:browser' },
];

const timings: string[] = [];
const started = performance.now();
for (const step of steps) {
  console.log(`\n▶ ${step.label}: ${step.command}`);
  const stepStarted = performance.now();
  const result = spawnSync(step.command, { shell: true, stdio: 'inherit' });
  const seconds = ((performance.now() - stepStarted) / 1000).toFixed(1);
  timings.push(`  ${step.label}: ${seconds} s`);
  if (result.status !== 0) {
    console.error(`\n✗ ${step.label} failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}
console.log(`\n✓ all checks passed in ${((performance.now() - started) / 1000).toFixed(0)} s\n${timings.join('\n')}`);
