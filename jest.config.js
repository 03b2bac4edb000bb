// Unit and integration tests, beside the code they test. UI tests opt into jsdom with a docblock.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  // Integration suites share 2 cores with builds on CI: a slow machine is not a failing test.
  testTimeout: 60_000,
  roots: [
    '<rootDir>/src',
    '<rootDir>/server',
    '<rootDir>/database',
    '<rootDir>/cloudfunctions',
    '<rootDir>/emulator',
    '<rootDir>/scripts',
  ],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  // Taro and NutUI ship untranspiled ESM.
  transformIgnorePatterns: ['/node_modules/(?!(@tarojs|@nutui|@stencil|swiper|ssr-window|dom7|tslib|zod|\\.pnpm)/)'],
  moduleNameMapper: {
    // First: a stylesheet is a stub wherever it is imported from, '@/…' included.
    '\\.(css|scss)$': '<rootDir>/test-support/style.js',
    '^@/(.*)$': '<rootDir>/src/$1',
    // The local cloud's package (emulator/) from its TypeScript source, as tsconfig.json's paths say.
    '^cloudbase-local$': '<rootDir>/emulator/src/index.ts',
    '^cloudbase-local/admin-app$': '<rootDir>/emulator/src/admin-app.ts',
    '^@tarojs/components$': '<rootDir>/node_modules/@tarojs/components/lib/react/index',
    '^@nutui/nutui-react-taro$':
      '<rootDir>/node_modules/@nutui/nutui-react-taro/dist/es/packages/nutui.react.build.js',
    '^lottie-react$': '<rootDir>/test-support/lottie-react.js',
  },
  setupFiles: ['<rootDir>/test-support/taro-globals.js'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/emulator/dist/', '<rootDir>/cloudfunctions/.*/index.js'],
};
