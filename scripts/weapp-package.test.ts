// The built mini-program's packages: a subpackage-only library (F2) found in a main-package script fails the weapp
// check, wherever the bundler put it; the same code inside a subpackage root is where it belongs.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { subpackageOnlyInMain } from './weapp-package';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'jx-weapp-'));
  writeFileSync(
    path.join(root, 'app.json'),
    JSON.stringify({
      pages: ['pages/home/index'],
      subPackages: [{ root: 'admin/', pages: ['pages/integrity/index'] }],
    }),
  );
  mkdirSync(path.join(root, 'pages', 'home'), { recursive: true });
  mkdirSync(path.join(root, 'admin', 'pages', 'integrity'), { recursive: true });
  writeFileSync(path.join(root, 'app.js'), 'require("./common");');
  writeFileSync(path.join(root, 'pages', 'home', 'index.js'), 'Page({})');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const f2Code = 'e.on("touchend",function(){t.emit("onTouchEndOutside")})';

describe('subpackage-only libraries', () => {
  it('accepts F2 inside a subpackage root', () => {
    writeFileSync(path.join(root, 'admin', 'pages', 'integrity', 'index.js'), f2Code);
    writeFileSync(path.join(root, 'admin', 'sub-vendors.js'), f2Code);
    expect(subpackageOnlyInMain(root)).toEqual([]);
  });

  it('names each main-package script that holds F2, nested or not', () => {
    writeFileSync(path.join(root, 'vendors.js'), f2Code);
    writeFileSync(path.join(root, 'pages', 'home', 'index.js'), 'var s={markerStartOffset:0}');
    expect(subpackageOnlyInMain(root).sort()).toEqual([
      'pages/home/index.js: @antv/f2 (charts: only staff subpackages may load it)',
      'vendors.js: @antv/f2 (charts: only staff subpackages may load it)',
    ]);
  });
});
