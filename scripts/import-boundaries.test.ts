// The architecture's import rules are lint rules; these cases prove each rule fires (and stays quiet when allowed).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');

// ESLint loads its ESM config through a dynamic import that jest's module VM refuses, so it runs in a child node.
const runner = `
const { ESLint } = require('eslint');
let input = '';
process.stdin.on('data', (c) => (input += c)).on('end', async () => {
  const { file, code } = JSON.parse(input);
  const [result] = await new ESLint({ cwd: process.cwd() }).lintText(code, { filePath: file });
  process.stdout.write(JSON.stringify(result.messages.map((m) => m.ruleId || m.message)));
});`;

async function ruleIds(file: string, code: string): Promise<string[]> {
  const out = execFileSync(process.execPath, ['-e', runner], {
    cwd: root,
    input: JSON.stringify({ file: path.join(root, file), code }),
  });
  return JSON.parse(out.toString()) as string[];
}

describe('import boundaries', () => {
  jest.setTimeout(30_000);

  it('keeps Taro and CloudBase out of src/shared', async () => {
    expect(
      await ruleIds('src/shared/probe.ts', "import Taro from '@tarojs/taro';\nexport const t = Taro;\n"),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIds('src/shared/probe.ts', "import * as tcb from '@cloudbase/node-sdk';\nexport const t = tcb;\n"),
    ).toContain('no-restricted-imports');
  });

  it('keeps the app out of src/shared', async () => {
    const code = "import { CloudError } from '../cloud/cloud-error';\nexport const e = CloudError;\n";
    expect(await ruleIds('src/shared/probe.ts', code)).toContain('import/no-restricted-paths');
  });

  it('lets cloud functions import src/shared but nothing else of src/', async () => {
    const shared =
      "import { healthContract } from '../../../src/shared/contracts/health';\nexport const c = healthContract;\n";
    expect(await ruleIds('cloudfunctions/health/src/probe.ts', shared)).toEqual([]);
    const app = "import { callFunction } from '../../../src/cloud/call-function';\nexport const c = callFunction;\n";
    expect(await ruleIds('cloudfunctions/health/src/probe.ts', app)).toContain('import/no-restricted-paths');
  });

  it('keeps features from importing each other', async () => {
    // The rule is built from the feature folders that exist, so the probe gets a second, real feature folder.
    const other = path.join(root, 'src', 'features', 'zz-boundary-probe');
    mkdirSync(other, { recursive: true });
    writeFileSync(path.join(other, 'index.ts'), 'export const probe = 1;\n');
    try {
      const code = "import { probe } from '../zz-boundary-probe';\nexport const p = probe;\n";
      expect(await ruleIds('src/features/about/probe.ts', code)).toContain('import/no-restricted-paths');
      const own = "import { ServiceStatus } from './service-status';\nexport const s = ServiceStatus;\n";
      expect(await ruleIds('src/features/about/probe.ts', own)).toEqual([]);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('sees an alias import across features, and lets a feature use its own parts by alias', async () => {
    const across = "import { PAGES } from '@/features/selection/staff/routes';\nexport const p = PAGES;\n";
    expect(await ruleIds('src/features/union/probe.ts', across)).toContain('import/no-restricted-paths');
    const within =
      "import { ADMIN_PAGES } from '@/features/selection/staff/routes';\nexport const p = ADMIN_PAGES;\n";
    expect(await ruleIds('src/features/selection/public/probe.ts', within)).toEqual([]);
  });

  it('keeps exceljs (server-only) out of the app, src/shared included, and lets the functions kit use it', async () => {
    const code = "import ExcelJS from 'exceljs';\nexport const e = ExcelJS;\n";
    expect(await ruleIds('src/features/selection/staff/probe.ts', code)).toContain('no-restricted-imports');
    expect(await ruleIds('src/components/probe.ts', code)).toContain('no-restricted-imports');
    expect(await ruleIds('src/shared/probe.ts', code)).toContain('no-restricted-imports');
    // src/shared keeps its own restrictions beside it.
    expect(
      await ruleIds('src/shared/probe.ts', "import Taro from '@tarojs/taro';\nexport const t = Taro;\n"),
    ).toContain('no-restricted-imports');
    expect(await ruleIds('server/exports/probe.ts', code)).toEqual([]);
  });

  it('keeps src/components from importing a feature', async () => {
    const code = "import { Workbench } from '@/features/union/workbench';\nexport const w = Workbench;\n";
    expect(await ruleIds('src/components/staff/probe.ts', code)).toContain('import/no-restricted-paths');
  });

  it('keeps one function from importing another', async () => {
    const code = "import { main } from '../../health/src/index';\nexport const m = main;\n";
    expect(await ruleIds('cloudfunctions/vote/src/probe.ts', code)).toContain('import/no-restricted-paths');
    const kit = "import { systemClock } from '../../../server/kit/clock';\nexport const c = systemClock;\n";
    expect(await ruleIds('cloudfunctions/vote/src/probe.ts', kit)).toEqual([]);
  });

  it('keeps the local cloud package (emulator/) from importing anything outside emulator/, at any depth', async () => {
    const leaving = [
      ['emulator/build.mjs', "import { x } from '../server/kit/clock';\nexport const y = x;\n"],
      [
        'emulator/src/probe.ts',
        "import { systemClock } from '../../server/kit/clock';\nexport const c = systemClock;\n",
      ],
      [
        'emulator/src/database/probe.ts',
        "import { demoSeeds } from '../../../database/seed';\nexport const s = demoSeeds;\n",
      ],
      [
        'emulator/src/functions/probe.ts',
        "import { CloudError } from '@/cloud/cloud-error';\nexport const e = CloudError;\n",
      ],
      [
        'emulator/src/probe.ts',
        "import { healthContract } from 'src/shared/contracts/health';\nexport const h = healthContract;\n",
      ],
    ];
    for (const [file, code] of leaving) expect(await ruleIds(file!, code!)).toContain('no-restricted-imports');
    const inside = [
      ['emulator/src/database/probe.ts', "import { CloudClock } from '../clock';\nexport const c = CloudClock;\n"],
      [
        'emulator/src/functions/probe.ts',
        "import { startLocalCloud } from '../index';\nexport const s = startLocalCloud;\n",
      ],
      ['emulator/src/probe.ts', "import { Query } from 'mingo/query';\nexport const q = Query;\n"],
    ];
    for (const [file, code] of inside) expect(await ruleIds(file!, code!)).toEqual([]);
    // The other way is the point: the app uses it by its package name.
    const byName = "import { startLocalCloud } from 'cloudbase-local';\nexport const s = startLocalCloud;\n";
    expect(await ruleIds('scripts/probe.ts', byName)).toEqual([]);
  });

  it('refuses reading the machine clock outside the clock modules', async () => {
    for (const code of ['export const t = Date.now();\n', 'export const t = new Date();\n']) {
      expect(await ruleIds('src/features/about/probe.ts', code)).toContain('no-restricted-syntax');
    }
    expect(await ruleIds('server/probe.ts', "import dayjs from 'dayjs';\nexport const t = dayjs();\n")).toContain(
      'no-restricted-syntax',
    );
    expect(await ruleIds('src/features/about/probe.ts', "export const t = new Date('2027-02-11');\n")).toEqual([]);
  });
});
