// A row of tabs that switch what a page lists.
import { Text, View } from '@tarojs/components';
import './admin.css';

export interface TabsProps<T extends string> {
  label: string;
  tabs: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}

export function Tabs<T extends string>({ label, tabs, value, onChange }: TabsProps<T>) {
  return (
    <View className="jx-tabs" role="tablist" aria-label={label}>
      {tabs.map((tab) => {
        const selected = tab.value === value;
        return (
          <View
            key={tab.value}
            className={`jx-tab${selected ? ' jx-tab--selected' : ''}`}
            role="tab"
            aria-selected={selected}
            onClick={() => onChange(tab.value)}
          >
            <Text className="jx-tab__text">{tab.label}</Text>
          </View>
        );
      })}
    </View>
  );
}
