// Taro build configuration shared by the weapp and H5 targets; dev.ts and prod.ts add mode-specific settings.
import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

const nutuiFile = /[\\/]@nutui[\\/]/;

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'jiangxin',
    date: '2026-11-22',
    // NutUI is drawn at 375 px wide, our own styles at 750: both must come out the same physical size.
    designWidth(input) {
      const file = typeof input === 'object' && input !== null ? (input as { file?: string }).file : undefined;
      return file && nutuiFile.test(file) ? 375 : 750;
    },
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    plugins: [],
    defineConstants: {},
    // Tab-bar icons are referenced by path from app.json, not imported, so they are copied as they are.
    copy: {
      patterns: [{ from: 'src/assets/tabbar/', to: `dist/${process.env.TARO_ENV}/assets/tabbar/` }],
      options: {},
    },
    framework: 'react',
    // Prebundling and the persistent cache make builds depend on what ran before; CI wants clean, repeatable builds.
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      // NutUI ships px-based CSS that must pass through pxtransform on H5 as well.
      esnextModules: ['nutui-react'],
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      webpackChain(chain) {
        // Taro splits only the entry's chunks ('initial'): every page chunk, loaded on demand, then carries its own
        // copy of what pages share (NutUI, zod, the app's components). Splitting async chunks too loads each once:
        // into one `vendors` (packages) and one `common` (our code) chunk, which the home page loads whole (about
        // 820 KB in all before it shows content) and every later page reuses. Unnamed, webpack would cut them by the
        // set of pages sharing each module: a little less at first (about 570 KB) but twice as many files.
        const taroSplit = chain.optimization.get('splitChunks') as
          false | { cacheGroups: Record<string, false | Record<string, unknown>> };
        if (!taroSplit) return; // a build that does not split at all (Taro's native-component mode)
        const { vendors, common } = taroSplit.cacheGroups;
        chain.optimization.splitChunks({
          ...taroSplit,
          chunks: 'all',
          cacheGroups: {
            ...taroSplit.cacheGroups,
            vendors: { ...vendors, name: 'vendors' },
            common: { ...common, name: 'common' },
          },
        });
      },
    },
  };
  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});
