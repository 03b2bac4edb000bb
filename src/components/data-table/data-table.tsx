// A staff list as a table: sortable columns, search, paging and row selection with bulk actions, all answered by
// the server (the page hands over a `load` that calls its list action with the table query). In a wide window a
// real table — a header row and aligned columns; on a phone the same rows as the page's cards. A bulk action runs
// row by row and reports each row's outcome, so one refused row never hides what happened to the others.
import { Button } from '@nutui/nutui-react-taro';
import { Input, Text, View } from '@tarojs/components';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { asCloudError, useCloudCall } from '@/cloud/use-cloud-call';
import { ReasonDialog } from '@/components/dialog/dialog';
import { EmptyState, PendingCard } from '@/components/states/states';
import { useWideWindow } from '@/components/staff/wide-window';
import {
  pageCount,
  TABLE_PAGE_SIZE_DEFAULT,
  type SortDirection,
  type TableQuery,
} from '@/shared/contracts/table-query';
// The staff frame's styles first, wherever the table is imported from: one order of stylesheets in every page of
// the staff subpackage (the build warns when pages disagree, and the later rule would win by accident).
import '@/components/staff/admin.css';
import '@/components/staff/back-office.css';
import { BulkOutcome, type RowOutcome } from './bulk-outcome';
import './data-table.css';

export interface TableColumn<Row, F extends string> {
  key: string;
  title: string;
  cell: (row: Row) => ReactNode;
  /** The server's sort field for this column, when the list may be sorted by it. */
  sortField?: F;
  /** Its share of the row's width (CSS grid `fr`), 1 by default. */
  weight?: number;
}

export interface BulkAction<Row> {
  /** The button, e.g. 批量通过. */
  label: string;
  /** What the outcome of a done row says, e.g. 已通过. */
  done: string;
  /** One reason for the whole batch (required, optional) or none. */
  reason: 'required' | 'optional' | 'none';
  reasonLabel?: string;
  /** What will happen, for the confirmation. */
  description: (rows: Row[]) => string;
  /**
   * Does it to one row; a thrown CloudError is that row's refusal, in its Chinese words. A returned text says what
   * was done when `done` is not enough (e.g. how many votes).
   */
  run: (row: Row, reason: string) => Promise<string | void>;
}

export interface TableAnswer<Row> {
  rows: Row[];
  total: number;
  page: number;
}

export interface DataTableProps<Row, F extends string> {
  /** The table's name, for screen readers and the page's tests. */
  label: string;
  columns: readonly TableColumn<Row, F>[];
  /** Reads one page with the table query; the filters it closes over are listed in `filterKey`. */
  load: (query: Required<Omit<TableQuery<F>, 'search'>> & { search?: string }) => Promise<TableAnswer<Row>>;
  /** Changes whenever a filter outside the table changes (status tab, organisation): back to page 1. */
  filterKey: string;
  /** Changes when the page knows its rows changed: the same page is read again. */
  version?: number;
  /**
   * A row as the page last saw it change (decided in its card): shown in place until the page is read again, so
   * the card says what just happened instead of vanishing from a list it no longer matches.
   */
  patch?: (row: Row) => Row;
  defaultSort: { sortBy: F; order: SortDirection };
  rowKey: (row: Row) => string;
  /** How a row is named in its checkbox and its outcome (a person's name). */
  rowName: (row: Row) => string;
  /** A row on a phone: the page's card. */
  card: (row: Row) => ReactNode;
  /** Search box label, when the list can be searched. */
  searchLabel?: string;
  /** Which rows may be picked for the bulk actions (none: no selection at all). */
  selectable?: (row: Row) => boolean;
  bulkActions?: readonly BulkAction<Row>[];
  empty: { title: string; hint?: string };
  pageSize?: number;
  /** Called after a bulk action, with how many rows it changed (the page's counts may move). */
  onBulkDone?: (done: number) => void;
}

const sortMark = (active: boolean, order: SortDirection) => (active ? (order === 'asc' ? ' ↑' : ' ↓') : '');

export function DataTable<Row, F extends string>(props: DataTableProps<Row, F>) {
  const { columns, defaultSort, rowKey, rowName, selectable, bulkActions = [], filterKey } = props;
  const pageSize = props.pageSize ?? TABLE_PAGE_SIZE_DEFAULT;
  const wide = useWideWindow();
  const [sort, setSort] = useState(defaultSort);
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  // The page belongs to the filter it was chosen under: another filter starts at page 1 in the same render, so no
  // page of the old filter's numbering is ever asked for under the new one.
  const [paging, setPaging] = useState({ filterKey, page: 1 });
  const page = paging.filterKey === filterKey ? paging.page : 1;
  const setPage = (next: number) => setPaging({ filterKey, page: next });
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [acting, setActing] = useState<BulkAction<Row> | null>(null);
  const [outcome, setOutcome] = useState<{ action: string; rows: RowOutcome[] } | null>(null);

  // Another filter: the first page of what it lists, nothing picked, no outcome of an earlier batch.
  useEffect(() => {
    setPicked(new Set());
    setOutcome(null);
  }, [filterKey]);

  const { state, reload } = useCloudCall(
    () => props.load({ sortBy: sort.sortBy, order: sort.order, page, pageSize, ...(search ? { search } : {}) }),
    [filterKey, props.version, sort.sortBy, sort.order, search, page, pageSize],
  );
  const { patch } = props;
  const rows = useMemo(
    () => (state.status === 'ready' ? (patch ? state.data.rows.map(patch) : state.data.rows) : []),
    [state, patch],
  );
  const pickable = selectable ? rows.filter(selectable) : [];
  const pickedRows = rows.filter((row) => picked.has(rowKey(row)));

  const sortBy = (field: F) => {
    setSort((current) =>
      current.sortBy === field
        ? { sortBy: field, order: current.order === 'asc' ? 'desc' : 'asc' }
        : { sortBy: field, order: 'asc' },
    );
    setPage(1);
  };
  const toggle = (row: Row) =>
    setPicked((current) => {
      const next = new Set(current);
      const key = rowKey(row);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const allPicked = pickable.length > 0 && pickable.every((row) => picked.has(rowKey(row)));
  const toggleAll = () => setPicked(allPicked ? new Set() : new Set(pickable.map(rowKey)));

  const runBulk = async (action: BulkAction<Row>, reason: string) => {
    const outcomes: RowOutcome[] = [];
    // One row after another: each is its own authorized, audited action; a refusal is that row's, not the batch's.
    for (const row of pickedRows) {
      try {
        const said = await action.run(row, reason);
        outcomes.push({ key: rowKey(row), name: rowName(row), ok: true, message: said || action.done });
      } catch (error) {
        outcomes.push({ key: rowKey(row), name: rowName(row), ok: false, message: asCloudError(error).message });
      }
    }
    setActing(null);
    setOutcome({ action: action.label, rows: outcomes });
    // The refused stay picked, to try again or look at; the done leave the selection.
    setPicked(new Set(outcomes.filter((each) => !each.ok).map((each) => each.key)));
    const done = outcomes.filter((each) => each.ok).length;
    if (done > 0) {
      reload();
      props.onBulkDone?.(done);
    }
  };

  const sortable = columns.filter((column) => column.sortField);
  const template = [
    ...(selectable ? ['56PX'] : []),
    ...columns.map((column) => `minmax(0, ${column.weight ?? 1}fr)`),
  ].join(' ');
  const total = state.status === 'ready' ? state.data.total : 0;
  const pages = pageCount(total, pageSize);

  return (
    <View className={`jx-table${wide ? ' jx-table--wide' : ''}`} aria-label={props.label}>
      <View className="jx-table__tools">
        {props.searchLabel ? (
          <View className="jx-table__search">
            <Input
              className="jx-table__search-input"
              value={typed}
              placeholder={props.searchLabel}
              maxlength={20}
              aria-label={props.searchLabel}
              nativeProps={{ 'aria-label': props.searchLabel }}
              onInput={(event) => setTyped(event.detail.value)}
              onConfirm={() => {
                setSearch(typed.trim());
                setPage(1);
              }}
            />
            <Button
              className="jx-button jx-table__tool-button"
              fill="outline"
              onClick={() => {
                setSearch(typed.trim());
                setPage(1);
              }}
            >
              搜索
            </Button>
          </View>
        ) : null}
        {!wide && sortable.length > 0 ? (
          <View className="jx-table__sorts" role="group" aria-label="排序">
            {sortable.map((column) => (
              <View
                key={column.key}
                className={`jx-table__sort${sort.sortBy === column.sortField ? ' jx-table__sort--on' : ''}`}
                role="button"
                aria-label={`按${column.title}排序`}
                onClick={() => sortBy(column.sortField!)}
              >
                <Text>
                  {column.title}
                  {sortMark(sort.sortBy === column.sortField, sort.order)}
                </Text>
              </View>
            ))}
          </View>
        ) : null}
      </View>

      {selectable && bulkActions.length > 0 && pickedRows.length > 0 ? (
        <View className="jx-table__bulk" role="region" aria-label="批量操作">
          <Text className="jx-table__bulk-count">已选 {pickedRows.length} 条</Text>
          {bulkActions.map((action) => (
            <Button key={action.label} className="jx-button" type="primary" onClick={() => setActing(action)}>
              {action.label}
            </Button>
          ))}
          <Button className="jx-button" fill="outline" onClick={() => setPicked(new Set())}>
            取消选择
          </Button>
        </View>
      ) : null}

      {outcome ? <BulkOutcome action={outcome.action} rows={outcome.rows} /> : null}

      <PendingCard state={state} rows={4} label={`正在加载${props.label}`} onRetry={reload} />
      {state.status === 'ready' && rows.length === 0 ? (
        <View className="jx-card">
          <EmptyState title={search ? `没有找到“${search}”` : props.empty.title} hint={props.empty.hint} />
        </View>
      ) : null}

      {state.status === 'ready' && rows.length > 0 && wide ? (
        <View className="jx-table__grid" role="table" aria-label={props.label} aria-rowcount={total + 1}>
          <View className="jx-table__row jx-table__row--head" role="row" style={{ gridTemplateColumns: template }}>
            {selectable ? (
              <View className="jx-table__cell jx-table__cell--pick" role="columnheader">
                {pickable.length > 0 ? (
                  <View
                    className={`jx-check${allPicked ? ' jx-check--on' : ''}`}
                    role="checkbox"
                    aria-checked={allPicked}
                    aria-label="选择本页全部"
                    onClick={toggleAll}
                  />
                ) : null}
              </View>
            ) : null}
            {columns.map((column) => {
              const active = column.sortField !== undefined && sort.sortBy === column.sortField;
              return (
                <View
                  key={column.key}
                  className="jx-table__cell jx-table__cell--head"
                  role="columnheader"
                  aria-sort={active ? (sort.order === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  {column.sortField ? (
                    <View
                      className={`jx-table__sort-head${active ? ' jx-table__sort-head--on' : ''}`}
                      role="button"
                      aria-label={`按${column.title}排序`}
                      onClick={() => sortBy(column.sortField!)}
                    >
                      <Text>
                        {column.title}
                        {sortMark(active, sort.order)}
                      </Text>
                    </View>
                  ) : (
                    <Text>{column.title}</Text>
                  )}
                </View>
              );
            })}
          </View>
          {rows.map((row) => {
            const key = rowKey(row);
            const canPick = selectable?.(row) ?? false;
            return (
              <View
                key={key}
                className={`jx-table__row${picked.has(key) ? ' jx-table__row--picked' : ''}`}
                role="row"
                aria-label={rowName(row)}
                style={{ gridTemplateColumns: template }}
              >
                {selectable ? (
                  <View className="jx-table__cell jx-table__cell--pick" role="cell">
                    {canPick ? (
                      <View
                        className={`jx-check${picked.has(key) ? ' jx-check--on' : ''}`}
                        role="checkbox"
                        aria-checked={picked.has(key)}
                        aria-label={`选择${rowName(row)}`}
                        onClick={() => toggle(row)}
                      />
                    ) : null}
                  </View>
                ) : null}
                {columns.map((column) => (
                  <View key={column.key} className="jx-table__cell" role="cell">
                    {column.cell(row)}
                  </View>
                ))}
              </View>
            );
          })}
        </View>
      ) : null}

      {state.status === 'ready' && rows.length > 0 && !wide
        ? rows.map((row) => {
            const key = rowKey(row);
            return (
              <View key={key} className="jx-table__card">
                {selectable?.(row) ? (
                  <View
                    className="jx-table__card-pick"
                    role="checkbox"
                    aria-checked={picked.has(key)}
                    aria-label={`选择${rowName(row)}`}
                    onClick={() => toggle(row)}
                  >
                    <View className={`jx-check${picked.has(key) ? ' jx-check--on' : ''}`} />
                    <Text className="jx-text-body">选择</Text>
                  </View>
                ) : null}
                {props.card(row)}
              </View>
            );
          })
        : null}

      {state.status === 'ready' && total > 0 ? (
        <View className="jx-table__pager" role="navigation" aria-label="分页">
          {/* No greyed-out buttons (NutUI's disabled grey is under 4.5:1): a way that leads nowhere is left out. */}
          {page > 1 ? (
            <Button className="jx-button" fill="outline" onClick={() => setPage(page - 1)}>
              上一页
            </Button>
          ) : null}
          <Text className="jx-table__pager-text">
            第 {page} / {pages} 页 · 共 {total} 条
          </Text>
          {page < pages ? (
            <Button className="jx-button" fill="outline" onClick={() => setPage(page + 1)}>
              下一页
            </Button>
          ) : null}
        </View>
      ) : null}

      <ReasonDialog
        open={acting !== null}
        title={acting ? `${acting.label}（${pickedRows.length} 条）` : ''}
        description={acting ? acting.description(pickedRows) : undefined}
        reason={acting?.reason ?? 'none'}
        reasonLabel={acting?.reasonLabel ?? '原因'}
        reasonHint="这一批共用这个原因，会记入每一条的操作日志"
        confirmText={acting ? `确认${acting.label.replace(/^批量/, '')}` : '确认'}
        onCancel={() => setActing(null)}
        onConfirm={(reason) => (acting ? runBulk(acting, reason) : Promise.resolve())}
      />
    </View>
  );
}
