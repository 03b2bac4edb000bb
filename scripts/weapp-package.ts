// Reads a built mini-program (dist/weapp): its app.json and the size of the main package and each subpackage,
// counted as WeChat counts them (every file outside a subpackage root belongs to the main package).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface AppJson {
  pages: string[];
  subPackages?: { root: string; pages: string[] }[];
  subpackages?: { root: string; pages: string[] }[];
  tabBar?: { list: { pagePath: string; iconPath?: string; selectedIconPath?: string }[] };
}

export function readAppJson(root: string): AppJson {
  return JSON.parse(readFileSync(path.join(root, 'app.json'), 'utf8')) as AppJson;
}

export function subPackagesOf(app: AppJson) {
  return (app.subPackages ?? app.subpackages ?? []).map((sub) => ({ ...sub, root: sub.root.replace(/\/$/, '') }));
}

function bytesUnder(dir: string, skip: (rel: string) => boolean, root: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const rel = path.relative(root, full).split(path.sep).join('/');
    if (skip(rel)) continue;
    if (entry.isDirectory()) total += bytesUnder(full, skip, root);
    // Source maps and license notes are not uploaded with the package.
    else if (!/\.(map|LICENSE\.txt)$/.test(entry.name)) total += statSync(full).size;
  }
  return total;
}

export interface PackageSizes {
  mainBytes: number;
  totalBytes: number;
  subPackages: { root: string; bytes: number }[];
}

export function packageSizes(root: string): PackageSizes {
  const subs = subPackagesOf(readAppJson(root));
  const subRoots = new Set(subs.map((s) => s.root));
  const mainBytes = bytesUnder(root, (rel) => subRoots.has(rel), root);
  const subPackages = subs.map((s) => ({
    root: s.root,
    bytes: bytesUnder(path.join(root, s.root), () => false, root),
  }));
  return { mainBytes, subPackages, totalBytes: mainBytes + subPackages.reduce((sum, s) => sum + s.bytes, 0) };
}

export function directoryBytes(dir: string): number {
  return bytesUnder(dir, () => false, dir);
}

/**
 * Libraries that only staff subpackages may carry, each known by strings its code keeps through minification: F2
 * (@antv/f2, charts) and the G renderer under it. The main package loads on every phone before anything shows.
 */
export const SUBPACKAGE_ONLY_LIBRARIES = [
  {
    name: '@antv/f2 (charts: only staff subpackages may load it)',
    markers: ['onTouchEndOutside', 'markerStartOffset'],
  },
  {
    // components/check-in/rotating-qr.tsx: only the pages that show a check-in code, all in subpackages.
    name: 'qrcode (the check-in code: only the subpackages that show one may load it)',
    markers: ['BitMatrix size must be defined and greater than 0'],
  },
  {
    // platform/qr-decode.ts: the H5 scan seam's decoder; WeChat scans with Taro.scanCode.
    name: 'qrcode-reader (the browser scan seam: never in the mini-program)',
    markers: ['Error locator degree does not match number of roots'],
  },
] as const;

/** Each main-package script that holds a subpackage-only library: `<file>: <library>`. */
export function subpackageOnlyInMain(root: string): string[] {
  const subRoots = new Set(subPackagesOf(readAppJson(root)).map((sub) => sub.root));
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const rel = path.relative(root, full).split(path.sep).join('/');
      if (subRoots.has(rel)) continue;
      if (entry.isDirectory()) visit(full);
      else if (entry.name.endsWith('.js')) {
        const code = readFileSync(full, 'utf8');
        for (const library of SUBPACKAGE_ONLY_LIBRARIES) {
          if (library.markers.some((marker) => code.includes(marker))) found.push(`${rel}: ${library.name}`);
        }
      }
    }
  };
  visit(root);
  return found;
}
