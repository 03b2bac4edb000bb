// The frame of every page: theme variables and text scaled to the user's WeChat font setting.
import { View } from '@tarojs/components';
import { useMemo, type PropsWithChildren } from 'react';
import { readFontScale } from '@/platform/font-scale';
import './page-shell.css';

export function PageShell({ children }: PropsWithChildren) {
  const scale = useMemo(readFontScale, []);
  return (
    <View className="jx-root jx-page" style={{ '--jx-scale': String(scale) } as Record<string, string>}>
      {children}
    </View>
  );
}
