// Production-mode additions to the Taro build: what `npm run build` and the tests ship.
import type { UserConfigExport } from '@tarojs/cli';

export default {
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>;
