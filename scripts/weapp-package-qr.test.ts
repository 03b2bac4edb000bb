// The check-in code's QR encoder and the browser scan seam's decoder are subpackage-only too: the weapp check names
// a main-package script that holds either, wherever the bundler put it (the F2 cases are in weapp-package.test.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { subpackageOnlyInMain } from './weapp-package';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'jx-weapp-qr-'));
  writeFileSync(
    path.join(root, 'app.json'),
    JSON.stringify({
      pages: ['pages/home/index'],
      subPackages: [{ root: 'admin/', pages: ['pages/check-in/index'] }],
    }),
  );
  mkdirSync(path.join(root, 'pages', 'home'), { recursive: true });
  mkdirSync(path.join(root, 'admin', 'pages', 'check-in'), { recursive: true });
  writeFileSync(path.join(root, 'pages', 'home', 'index.js'), 'Page({})');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

// What each library keeps through minification (a thrown message).
const encoder = 'throw new Error("BitMatrix size must be defined and greater than 0")';
const decoder = 'throw "Error locator degree does not match number of roots"';

it('accepts the QR encoder inside a subpackage', () => {
  writeFileSync(path.join(root, 'admin', 'pages', 'check-in', 'index.js'), encoder);
  expect(subpackageOnlyInMain(root)).toEqual([]);
});

it('names a main-package script that holds the encoder or the decoder', () => {
  writeFileSync(path.join(root, 'vendors.js'), encoder);
  writeFileSync(path.join(root, 'common.js'), decoder);
  expect(subpackageOnlyInMain(root).sort()).toEqual([
    'common.js: qrcode-reader (the browser scan seam: never in the mini-program)',
    'vendors.js: qrcode (the check-in code: only the subpackages that show one may load it)',
  ]);
});
