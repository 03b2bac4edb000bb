// Picks one organisation from the caller's tree, shown indented with kind and member count.
import { Text, View } from '@tarojs/components';
import { orgKindLabels } from '@/shared/people/vocabulary';
import type { TreeRow } from './org-tree';
import { ErrorText } from '@/components/form/messages';
import './admin.css';

export interface OrgPickerProps {
  label: string;
  rows: readonly TreeRow[];
  value: string | null;
  onChange: (row: TreeRow) => void;
  /** Rows that cannot be picked are left out (e.g. retired ones, or not an enterprise). */
  pickable?: (row: TreeRow) => boolean;
  error?: string;
}

export function OrgPicker({ label, rows, value, onChange, pickable = () => true, error }: OrgPickerProps) {
  const shown = rows.filter(pickable);
  return (
    <View className="jx-field">
      <Text className="jx-text-body jx-field__label">{label}</Text>
      <View className="jx-org-picker" role="radiogroup" aria-label={label}>
        {shown.length === 0 ? <Text className="jx-text-secondary jx-block">没有可选的组织。</Text> : null}
        {shown.map((row) => {
          const picked = row.id === value;
          return (
            <View
              key={row.id}
              className={`jx-org-option jx-depth-${Math.min(row.depth, 3)}${picked ? ' jx-org-option--picked' : ''}`}
              role="radio"
              aria-checked={picked}
              aria-label={`${row.name}，${orgKindLabels[row.kind]}，${row.memberCount}人`}
              onClick={() => onChange(row)}
            >
              <Text className="jx-text-body jx-org-option__name">
                {picked ? '✓ ' : ''}
                {row.name}
              </Text>
              <Text className="jx-text-secondary jx-org-option__meta">
                {orgKindLabels[row.kind]} · {row.memberCount} 人
              </Text>
            </View>
          );
        })}
      </View>
      {error ? <ErrorText className="jx-field__message">{error}</ErrorText> : null}
    </View>
  );
}
