// Lint rules, and the import boundaries that keep the architecture visible:
//   src/shared  ← imported by everything, imports nothing platform-specific (no Taro, no CloudBase, no React);
//   server      ← the functions' kit, may import src/shared only;
//   cloudfunctions ← may import src/shared and server, nothing else of src/;
//   src/features/<x> ← never imports another feature.
import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import tseslint from 'typescript-eslint';

const features = existsSync('src/features')
  ? readdirSync('src/features', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
  : [];

const featureZones = features.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message: 'Features do not import each other: move what both need into src/shared or src/components.',
}));

const SERVER_ONLY_PACKAGE =
  'exceljs is server-only: build the file in a cloud function (server/exports) and hand the app a URL.';

const functions = existsSync('cloudfunctions')
  ? readdirSync('cloudfunctions', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
  : [];

const functionZones = functions.map((name) => ({
  target: `./cloudfunctions/${name}`,
  from: './cloudfunctions',
  except: [`./${name}`],
  message: 'A function is deployed alone: it may not import another; share through server/ or src/shared.',
}));

// The local cloud (emulator/, the package cloudbase-local) stands alone so any CloudBase project can use it: nothing
// under emulator/ imports the app, the functions, server/ or anything else of this repository. A relative import
// leaves emulator/ when it climbs more levels than its file lies below emulator/, so each depth gets its own limit.
const EMULATOR_ALONE =
  'cloudbase-local (emulator/) imports nothing from outside emulator/: the app uses it by its package name, not the reverse.';
const REPO_FOLDERS = readdirSync('.', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules')
  .map((entry) => entry.name);
const emulatorBoundary = [0, 1, 2, 3, 4, 5].map((depth) => ({
  files: [`emulator/${'*/'.repeat(depth)}*.{ts,tsx,js,mjs,cjs}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { regex: `^(\\.\\./){${depth + 1}}`, message: EMULATOR_ALONE },
          // The app's alias, absolute paths, and the repository's folders reached through tsconfig's baseUrl.
          { regex: `^(@/|/|(${REPO_FOLDERS.join('|')})(/|$))`, message: EMULATOR_ALONE },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'emulator/dist/**',
      'node_modules/**',
      'coverage/**',
      '.data/**',
      '.artifacts/**',
      '.bench/**',
      'cloudfunctions/*/index.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { import: importPlugin, 'react-hooks': reactHooks },
    settings: {
      'import/resolver': {
        [path.resolve('scripts/eslint-alias-resolver.cjs')]: { extensions: ['.ts', '.tsx', '.js'] },
        node: { extensions: ['.ts', '.tsx', '.js'] },
      },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/shared',
              from: './src',
              except: ['./shared'],
              message: 'src/shared is platform-free: it may not import the app.',
            },
            { target: './src/shared', from: './server', message: 'src/shared may not import the functions kit.' },
            { target: './src/shared', from: './cloudfunctions', message: 'src/shared may not import functions.' },
            {
              target: './server',
              from: './src',
              except: ['./shared'],
              message: 'The functions kit may import src/shared only.',
            },
            {
              target: './cloudfunctions',
              from: './src',
              except: ['./shared'],
              message: 'Cloud functions may import src/shared and nothing else of src/.',
            },
            { target: './src', from: './server', message: 'The app may not import server code.' },
            { target: './src', from: './cloudfunctions', message: 'The app may not import cloud functions.' },
            {
              target: './src/features',
              from: './src/pages',
              message: 'Pages are shells over features, not the reverse.',
            },
            {
              target: './src/components',
              from: './src/features',
              message: 'Components are shared by features: they may not import one.',
            },
            ...featureZones,
            ...functionZones,
          ],
        },
      ],
    },
  },
  {
    // One clock: time is read from the app's, the functions' or the local cloud's clock module, never from `Date`
    // or dayjs directly, so tests set the time instead of depending on the day they run. Durations use
    // `performance.now()`.
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['src/platform/clock.ts', 'server/kit/clock.ts', 'emulator/src/clock.ts', 'test-support/clock.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message:
            'Read the time from a clock (src/platform/clock.ts, ctx.now, cloud.clock); durations: performance.now().',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message:
            'A bare new Date() reads the machine clock: use a clock (src/platform/clock.ts, ctx.now, cloud.clock).',
        },
        {
          selector: "CallExpression[callee.name='dayjs'][arguments.length=0]",
          message: 'A bare dayjs() reads the machine clock: pass the instant from a clock.',
        },
        {
          selector: "CallExpression[callee.object.name='dayjs'][callee.property.name='utc'][arguments.length=0]",
          message: 'A bare dayjs.utc() reads the machine clock: pass the instant from a clock.',
        },
      ],
    },
  },
  {
    // Server-only packages stay out of the app's bundles: Excel files are built in cloud functions (server/exports).
    files: ['src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['exceljs', 'exceljs/*'], message: SERVER_ONLY_PACKAGE }] },
      ],
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            // Repeated: this block's rule replaces the one above for src/shared.
            { group: ['exceljs', 'exceljs/*'], message: SERVER_ONLY_PACKAGE },
            {
              group: ['@tarojs/*', '@cloudbase/*', 'react', 'react-dom', '@nutui/*'],
              message: 'src/shared is platform-free.',
            },
            {
              group: ['@/*'],
              message: 'Inside src/shared use relative imports, so the functions bundle resolves them.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests of the app may drive a real function (the page test answers with the real `health`).
    files: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    rules: { 'import/no-restricted-paths': 'off' },
  },
  ...emulatorBoundary,
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
