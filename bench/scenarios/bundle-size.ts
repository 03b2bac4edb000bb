// What users download: the weapp main package and total, and the H5 build, from fresh builds.
import path from 'node:path';
import { execSync } from 'node:child_process';
import { directoryBytes, packageSizes } from '../../scripts/weapp-package';
import type { Scenario } from '../scenario';

const root = path.resolve(__dirname, '..', '..');
const toKb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

export const bundleSizeScenario: Scenario = {
  name: 'bundle-size',
  async run() {
    // Sizes of a stale build would measure the past: build both targets now.
    execSync('npm run --silent build:weapp && npm run --silent build:h5', { cwd: root, stdio: 'ignore' });
    const weapp = packageSizes(path.join(root, 'dist', 'weapp'));
    return [
      { name: 'weapp.main', value: toKb(weapp.mainBytes), unit: 'KB' },
      { name: 'weapp.total', value: toKb(weapp.totalBytes), unit: 'KB' },
      { name: 'h5.total', value: toKb(directoryBytes(path.join(root, 'dist', 'h5'))), unit: 'KB' },
    ];
  },
};
