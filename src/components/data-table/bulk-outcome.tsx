// What a bulk action did, row by row: how many were done, and each row's ✓ or ✗ with what the server said, so one
// refused row never hides what happened to the others.
import { Text, View } from '@tarojs/components';

export interface RowOutcome {
  key: string;
  name: string;
  ok: boolean;
  message: string;
}

export function BulkOutcome({ action, rows }: { action: string; rows: readonly RowOutcome[] }) {
  const refused = rows.filter((each) => !each.ok).length;
  return (
    <View className="jx-table__outcome" role="status" aria-label={`${action}结果`}>
      <Text className="jx-table__outcome-title">
        {action}：{rows.length - refused} 条完成{refused > 0 ? `，${refused} 条未完成` : ''}
      </Text>
      {rows.map((each) => (
        <Text
          key={each.key}
          className={`jx-table__outcome-row ${each.ok ? 'jx-table__outcome-row--done' : 'jx-table__outcome-row--refused'}`}
        >
          {each.ok ? '✓' : '✗'} {each.name}：{each.message}
        </Text>
      ))}
    </View>
  );
}
