// `npm run bench`: runs every scenario (after its warm-up), prints one figure a line as `<area>.<figure> value unit`
// and writes the same figures to .bench/results.json. `npm run bench -- <scenario>` runs only the named ones.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { systemClock } from '../server/kit/clock';
import type { Figure, Scenario } from './scenario';
import { bundleSizeScenario } from './scenarios/bundle-size';
import { localCloudScenario } from './scenarios/local-cloud';
import { peopleScenario } from './scenarios/people';
import { voteScenario } from './scenarios/vote';
import { candidatesScenario } from './scenarios/candidates';
import { trendScenario } from './scenarios/trend';
import { tenonesScenario } from './scenarios/tenones';
import { contestScenario } from './scenarios/contest';
import { mentoringPairingScenario } from './scenarios/mentoring-pairing';
import { mentoringScenario } from './scenarios/mentoring';

const scenarios: Scenario[] = [
  localCloudScenario,
  peopleScenario,
  voteScenario,
  candidatesScenario,
  trendScenario,
  tenonesScenario,
  contestScenario,
  mentoringPairingScenario,
  mentoringScenario,
  bundleSizeScenario,
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const figures: Figure[] = [];
  for (const scenario of scenarios) {
    if (only.length > 0 && !only.includes(scenario.name)) continue;
    await scenario.warmUp?.();
    for (const figure of await scenario.run(figures)) {
      figures.push(figure);
      const value = figure.decimals === undefined ? String(figure.value) : figure.value.toFixed(figure.decimals);
      console.log(`${figure.name} ${value} ${figure.unit}`);
    }
  }
  const outDir = path.resolve(__dirname, '..', '.bench');
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, 'results.json');
  writeFileSync(file, `${JSON.stringify({ at: systemClock().toISOString(), figures }, null, 2)}\n`);
  console.error(`figures written to ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
