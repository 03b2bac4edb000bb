// What users download: the weapp main package, each subpackage and the total, and the H5 build's total and what its
// home page loads before it shows content, from fresh builds.
import path from 'node:path';
import { execSync } from 'node:child_process';
import { directoryBytes, packageSizes } from '../../scripts/weapp-package';
import { h5FirstLoad } from '../h5-first-load';
import type { Figure, Scenario } from '../scenario';

const root = path.resolve(__dirname, '..', '..');
const toKb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

export const bundleSizeScenario: Scenario = {
  name: 'bundle-size',
  async run() {
    // Sizes of a stale build would measure the past: build both targets now.
    execSync('npm run --silent build:weapp && npm run --silent build:h5', { cwd: root, stdio: 'ignore' });
    const weapp = packageSizes(path.join(root, 'dist', 'weapp'));
    const h5 = path.join(root, 'dist', 'h5');
    const firstLoad = await h5FirstLoad(h5);
    return [
      { name: 'weapp.main', value: toKb(weapp.mainBytes), unit: 'KB' },
      ...weapp.subPackages.map((sub): Figure => ({ name: `weapp.${sub.root}`, value: toKb(sub.bytes), unit: 'KB' })),
      { name: 'weapp.total', value: toKb(weapp.totalBytes), unit: 'KB' },
      { name: 'h5.total', value: toKb(directoryBytes(h5)), unit: 'KB' },
      { name: 'h5.first_load', value: toKb(firstLoad.bytes), unit: 'KB' },
    ];
  },
};
