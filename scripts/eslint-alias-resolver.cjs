// Lets eslint-plugin-import resolve the app's `@/…` alias (src/…), so the import boundaries hold for alias imports
// too: without it `import … from '@/features/other/x'` is unresolved and no zone rule sees it. The local cloud's
// package name (`cloudbase-local`, `cloudbase-local/admin-app`) resolves to its source in emulator/src, as
// tsconfig.json's paths say.
const path = require('node:path');
const nodeResolver = require('eslint-import-resolver-node');

const SRC = path.resolve(__dirname, '..', 'src');
const EMULATOR_SRC = path.resolve(__dirname, '..', 'emulator', 'src');
const EMULATOR_ENTRIES = { 'cloudbase-local': 'index', 'cloudbase-local/admin-app': 'admin-app' };

exports.interfaceVersion = 2;
exports.resolve = (source, file, config) => {
  if (EMULATOR_ENTRIES[source])
    return nodeResolver.resolve(path.join(EMULATOR_SRC, EMULATOR_ENTRIES[source]), file, config);
  if (!source.startsWith('@/')) return { found: false };
  return nodeResolver.resolve(path.join(SRC, source.slice(2)), file, config);
};
