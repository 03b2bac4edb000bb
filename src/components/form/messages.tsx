// One-line messages that assistive technology reads out when they appear: what went wrong, or what was done.
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';

export function ErrorText({ children, className = '' }: { children: ReactNode; className?: string }) {
  return (
    <View className={`jx-text-error ${className}`} role="alert">
      <Text>{children}</Text>
    </View>
  );
}

export function DoneText({ children, className = '' }: { children: ReactNode; className?: string }) {
  return (
    <View className={`jx-text-success ${className}`} role="status">
      <Text>{children}</Text>
    </View>
  );
}
