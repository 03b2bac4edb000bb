// A list the server already ordered and paged (the cadence table's cursor pages, 宣讲团's month): in a wide window
// the same table as DataTable draws — a header row and aligned columns — and on a phone the page's cards. Sorting,
// search and page numbers belong to DataTable; these lists have none, their order is the rule (overdue first,
// behind first).
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { TableColumn } from '@/components/data-table/data-table';
import { useWideWindow } from '@/components/staff/wide-window';
// The staff frame's styles first, in the order DataTable imports them (one order in every page of the subpackage).
import '@/components/staff/admin.css';
import '@/components/staff/back-office.css';
import '@/components/data-table/data-table.css';

export function StaffRows<Row>({
  label,
  columns,
  rows,
  rowKey,
  rowName,
  card,
  rowClass,
}: {
  label: string;
  columns: readonly TableColumn<Row, never>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  rowName: (row: Row) => string;
  card: (row: Row) => ReactNode;
  /** An extra class for a row that needs to stand out (overdue, behind). */
  rowClass?: (row: Row) => string;
}) {
  const wide = useWideWindow();
  if (!wide) {
    return (
      <View aria-label={label}>
        {rows.map((row) => (
          <View key={rowKey(row)} className="jx-table__card">
            {card(row)}
          </View>
        ))}
      </View>
    );
  }
  const template = columns.map((column) => `minmax(0, ${column.weight ?? 1}fr)`).join(' ');
  return (
    <View className="jx-table__grid" role="table" aria-label={label} aria-rowcount={rows.length + 1}>
      <View className="jx-table__row jx-table__row--head" role="row" style={{ gridTemplateColumns: template }}>
        {columns.map((column) => (
          <View key={column.key} className="jx-table__cell jx-table__cell--head" role="columnheader">
            <Text>{column.title}</Text>
          </View>
        ))}
      </View>
      {rows.map((row) => (
        <View
          key={rowKey(row)}
          className={`jx-table__row ${rowClass?.(row) ?? ''}`}
          role="row"
          aria-label={rowName(row)}
          style={{ gridTemplateColumns: template }}
        >
          {columns.map((column) => (
            <View key={column.key} className="jx-table__cell" role="cell">
              {column.cell(row)}
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
