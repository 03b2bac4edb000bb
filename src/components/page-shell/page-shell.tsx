// The frame of every page: theme variables and text scaled to the user's WeChat font setting.
import { View } from '@tarojs/components';
import { useEffect, useMemo, useRef, type PropsWithChildren } from 'react';
import { readFontScale } from '@/platform/font-scale';
import { makePageScrollerFocusable } from '@/platform/scroll-focus';
import './page-shell.css';

export function PageShell({ children }: PropsWithChildren) {
  const scale = useMemo(readFontScale, []);
  const root = useRef(null);
  useEffect(() => makePageScrollerFocusable(root.current), []);
  return (
    <View ref={root} className="jx-root jx-page" style={{ '--jx-scale': String(scale) } as Record<string, string>}>
      {children}
    </View>
  );
}
