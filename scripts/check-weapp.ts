// Checks the built mini-program the way WeChat would refuse it or mark it down: package sizes within 2 MB, every
// page of app.json present, all WXML and WXSS accepted by WeChat's own compilers (wcc, wcsc from
// miniprogram-compiler) as built and as WeChat's upload minifies them, and WeChat's code-quality audit
// (miniprogram-ci's checkCodeQuality, the 代码质量 panel of DevTools, which runs offline).
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readAppJson, subPackagesOf, packageSizes, subpackageOnlyInMain } from './weapp-package';
import { checkStaffTextSizes } from './staff-text-sizes';

/* eslint-disable @typescript-eslint/no-require-imports */
const compiler = require('miniprogram-compiler') as {
  wxmlToJs: (root: string) => string;
  wxssToJs: (root: string) => string;
};
interface AuditItem {
  name: string;
  success: boolean;
  text?: string;
}
const ci = require('miniprogram-ci') as {
  Project: new (options: Record<string, unknown>) => unknown;
  checkCodeQuality: (project: unknown) => Promise<AuditItem[]>;
};
// The minifiers WeChat's upload runs when minifyWXML / minifyWXSS are on (miniprogram-ci 2.1.42, pinned).
const uploadTasks = 'miniprogram-ci/dist/modules/corecompiler/original/workerThread/task';
type Minified = Promise<{ error: { message: string } | null; code?: string }>;
const { minifyWXML } = require(`${uploadTasks}/minifywxml`) as {
  minifyWXML: (input: { filePath: string; code: string; setting: object }) => Minified;
};
const minifyWXSS = require(`${uploadTasks}/compilewxss`) as (input: {
  filePath: string;
  code: string;
  setting: object;
}) => Minified;
/* eslint-enable @typescript-eslint/no-require-imports */

const LIMIT_BYTES = 2 * 1024 * 1024;
const projectRoot = path.resolve(__dirname, '..');
const root = path.join(projectRoot, 'dist', 'weapp');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface ProjectSetting {
  minified?: boolean;
  minifyWXML?: boolean;
  minifyWXSS?: boolean;
}

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function compileWith(dir: string, what: string): string[] {
  const problems: string[] = [];
  for (const [label, compile] of [
    ['WXML (wcc)', compiler.wxmlToJs],
    ['WXSS (wcsc)', compiler.wxssToJs],
  ] as const) {
    try {
      compile(dir);
      console.log(`weapp ${label}${what}: compiled`);
    } catch (error) {
      problems.push(`${label}${what} rejected: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return problems;
}

/** A copy of the build with WXML and WXSS minified as the upload does, compiled again by wcc and wcsc. */
async function compileMinified(dir: string, setting: ProjectSetting): Promise<string[]> {
  if (!setting.minifyWXML && !setting.minifyWXSS) return [];
  const copy = mkdtempSync(path.join(os.tmpdir(), 'jx-weapp-minified-'));
  try {
    cpSync(dir, copy, { recursive: true });
    const problems: string[] = [];
    for (const [on, ext, minify] of [
      [setting.minifyWXML, '.wxml', minifyWXML],
      [setting.minifyWXSS, '.wxss', minifyWXSS],
    ] as const) {
      if (!on) continue;
      for (const file of filesUnder(copy, ext)) {
        const filePath = path.relative(copy, file).split(path.sep).join('/');
        const result = await minify({ filePath, code: readFileSync(file, 'utf8'), setting });
        if (result.error || typeof result.code !== 'string') {
          problems.push(`minifying ${filePath} failed: ${result.error?.message ?? 'no output'}`);
        } else writeFileSync(file, result.code);
      }
    }
    return [...problems, ...compileWith(copy, ' minified')];
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** WeChat's code-quality audit of the project (project.config.json and the build it points at). */
async function auditCodeQuality(project: string): Promise<string[]> {
  // The audit reads no key (it never talks to WeChat), but a project cannot be made without one.
  const ciProject = new ci.Project({ type: 'miniProgram', projectPath: project, privateKey: 'unused-offline' });
  // An item whose checker throws is logged and then counted as passed: catch those logs and fail on them.
  const crashed: string[] = [];
  const consoleError = console.error;
  console.error = (...args: unknown[]) => {
    crashed.push(args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' '));
  };
  let items: AuditItem[];
  try {
    items = await ci.checkCodeQuality(ciProject);
  } finally {
    console.error = consoleError;
  }
  const failed = items.filter((item) => !item.success);
  const hints: Record<string, string> = {
    JS_COMPRESS_OPEN: ' (set setting.minified in project.config.json)',
    WXML_COMPRESS_OPEN: ' (set setting.minifyWXML in project.config.json)',
    WXSS_COMPRESS_OPEN: ' (set setting.minifyWXSS in project.config.json)',
  };
  console.log(`weapp code-quality audit: ${items.length - failed.length} of ${items.length} items pass`);
  return [
    ...failed.map((item) => `code-quality audit ${item.name}: ${item.text ?? 'failed'}${hints[item.name] ?? ''}`),
    ...crashed.map((message) => `code-quality audit could not check an item: ${message}`),
    ...(items.length === 0 ? ['code-quality audit ran no items'] : []),
  ];
}

export async function checkWeapp(dir: string, project: string): Promise<string[]> {
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
  const misplaced = subpackageOnlyInMain(dir);
  console.log(`weapp main package free of subpackage-only libraries: ${misplaced.length === 0 ? 'yes' : 'no'}`);
  problems.push(...misplaced.map((where) => `main package holds ${where}`));

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

  // Staff subpackages (`admin`, and each feature's `<x>-admin`): their text must not grow with PC WeChat's window.
  const staffRoots = subPackagesOf(app)
    .map((sub) => sub.root)
    .filter((subRoot) => subRoot === 'admin' || subRoot.endsWith('-admin'));
  const textSizes = checkStaffTextSizes(dir, staffRoots);
  if (textSizes.length === 0) console.log(`weapp staff text in wide windows: px only (${staffRoots.join(', ')})`);
  problems.push(...textSizes);

  problems.push(...compileWith(dir, ''));
  const { setting = {} } = JSON.parse(readFileSync(path.join(project, 'project.config.json'), 'utf8')) as {
    setting?: ProjectSetting;
  };
  problems.push(...(await compileMinified(dir, setting)));
  problems.push(...(await auditCodeQuality(project)));
  return problems;
}

if (require.main === module) {
  checkWeapp(root, projectRoot).then(
    (problems) => {
      if (problems.length > 0) console.error(`weapp check failed:\n  ${problems.join('\n  ')}`);
      // miniprogram-ci leaves a file watcher running: end the process explicitly.
      process.exit(problems.length > 0 ? 1 : 0);
    },
    (error: unknown) => {
      console.error('weapp check failed:', error);
      process.exit(1);
    },
  );
}
