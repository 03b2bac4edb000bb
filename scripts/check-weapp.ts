// Checks the built mini-program the way WeChat would refuse it: package sizes within 2 MB, every page of app.json
// present, and all WXML and WXSS accepted by WeChat's own compilers (wcc, wcsc from miniprogram-compiler).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readAppJson, subPackagesOf, packageSizes } from './weapp-package';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const compiler = require('miniprogram-compiler') as {
  wxmlToJs: (root: string) => string;
  wxssToJs: (root: string) => string;
};

const LIMIT_BYTES = 2 * 1024 * 1024;
const root = path.resolve(__dirname, '..', 'dist', 'weapp');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function checkWeapp(dir: string): string[] {
  const problems: string[] = [];
  if (!existsSync(path.join(dir, 'app.json'))) return [`${dir}/app.json is missing: run npm run build:weapp`];
  const app = readAppJson(dir);

  const sizes = packageSizes(dir);
  console.log(`weapp main package: ${kb(sizes.mainBytes)}`);
  if (sizes.mainBytes > LIMIT_BYTES) problems.push(`main package is ${kb(sizes.mainBytes)}, over WeChat's 2048 KB`);
  for (const sub of sizes.subPackages) {
    console.log(`weapp subpackage ${sub.root}: ${kb(sub.bytes)}`);
    if (sub.bytes > LIMIT_BYTES) problems.push(`subpackage ${sub.root} is ${kb(sub.bytes)}, over WeChat's 2048 KB`);
  }
  console.log(`weapp total: ${kb(sizes.totalBytes)}`);

  const pages = [
    ...app.pages,
    ...subPackagesOf(app).flatMap((sub) => sub.pages.map((page) => `${sub.root}/${page}`)),
  ];
  for (const page of pages) {
    for (const ext of ['.js', '.json', '.wxml']) {
      if (!existsSync(path.join(dir, page + ext))) problems.push(`page ${page} has no ${page}${ext}`);
    }
  }
  for (const tab of app.tabBar?.list ?? []) {
    if (!app.pages.includes(tab.pagePath)) problems.push(`tab ${tab.pagePath} is not a main-package page`);
    for (const icon of [tab.iconPath, tab.selectedIconPath]) {
      if (icon && !existsSync(path.join(dir, icon))) problems.push(`tab icon ${icon} is missing`);
    }
  }
  console.log(`weapp pages present: ${pages.length}`);

  for (const [label, compile] of [
    ['WXML (wcc)', compiler.wxmlToJs],
    ['WXSS (wcsc)', compiler.wxssToJs],
  ] as const) {
    try {
      compile(dir);
      console.log(`weapp ${label}: compiled`);
    } catch (error) {
      problems.push(`${label} rejected: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return problems;
}

if (require.main === module) {
  const problems = checkWeapp(root);
  if (problems.length > 0) {
    console.error(`weapp check failed:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
}
