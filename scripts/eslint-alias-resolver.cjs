// Lets eslint-plugin-import resolve the app's `@/…` alias (src/…), so the import boundaries hold for alias imports
// too: without it `import … from '@/features/other/x'` is unresolved and no zone rule sees it.
const path = require('node:path');
const nodeResolver = require('eslint-import-resolver-node');

const SRC = path.resolve(__dirname, '..', 'src');

exports.interfaceVersion = 2;
exports.resolve = (source, file, config) => {
  if (!source.startsWith('@/')) return { found: false };
  return nodeResolver.resolve(path.join(SRC, source.slice(2)), file, config);
};
