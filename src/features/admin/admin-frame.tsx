// The frame of every workbench page: a column that stays readable in a wide window (WeChat on a PC), with the
// page's title and what it is for.
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './admin.css';

export function AdminFrame({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  return (
    <View className="jx-admin">
      <View className="jx-admin__head">
        <Text className="jx-text-hero jx-block">{title}</Text>
        {intro ? <Text className="jx-text-secondary jx-block jx-admin__intro">{intro}</Text> : null}
      </View>
      {children}
    </View>
  );
}
