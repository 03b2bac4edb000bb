/**
 * @jest-environment jsdom
 */
// The staff table asks the server for each order, search and page (never sorts what it happened to fetch), shows a
// real table in a wide window and the same rows as cards on a phone, and a bulk action reports every row's outcome.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { CloudError } from '@/cloud/cloud-error';
import { componentTestFrame } from '@/cloud/testing/typing';
import { DataTable, type BulkAction, type TableColumn } from './data-table';

componentTestFrame();

interface Person {
  id: string;
  name: string;
  trade: string;
}

const PEOPLE: Person[] = Array.from({ length: 45 }, (_, i) => ({
  id: `p${i}`,
  name: `职工${String(i).padStart(2, '0')}`,
  trade: i % 2 ? '钳工' : '焊工',
}));

const columns: TableColumn<Person, 'name' | 'joinedAt'>[] = [
  { key: 'name', title: '姓名', cell: (row) => row.name, sortField: 'name', weight: 2 },
  { key: 'trade', title: '工种', cell: (row) => row.trade },
];

type Query = Parameters<React.ComponentProps<typeof DataTable<Person, 'name' | 'joinedAt'>>['load']>[0];

/** A server that sorts, searches and pages, as the list actions do. */
function fakeServer() {
  const calls: Query[] = [];
  const load = jest.fn(async (query: Query) => {
    calls.push(query);
    const matching = PEOPLE.filter((person) => !query.search || person.name.includes(query.search));
    const sorted = [...matching].sort((a, b) => a.name.localeCompare(b.name) * (query.order === 'asc' ? 1 : -1));
    const start = (query.page - 1) * query.pageSize;
    return { rows: sorted.slice(start, start + query.pageSize), total: matching.length, page: query.page };
  });
  return { load, calls };
}

function setWindowWidth(width: number) {
  Object.defineProperty(document.documentElement, 'clientWidth', { configurable: true, value: width });
  act(() => {
    window.dispatchEvent(new Event('resize'));
  });
}

afterEach(() => setWindowWidth(0));

function renderTable(
  load: ReturnType<typeof fakeServer>['load'],
  bulkActions: BulkAction<Person>[] = [],
  filterKey = 'all',
) {
  return render(table(load, bulkActions, filterKey));
}

function table(load: ReturnType<typeof fakeServer>['load'], bulkActions: BulkAction<Person>[], filterKey: string) {
  return (
    <DataTable
      label="职工"
      columns={columns}
      load={load}
      filterKey={filterKey}
      defaultSort={{ sortBy: 'name', order: 'asc' }}
      rowKey={(row) => row.id}
      rowName={(row) => row.name}
      card={(row) => <div aria-label={`${row.name}的卡片`}>{row.name}</div>}
      searchLabel="按姓名搜索"
      selectable={() => true}
      bulkActions={bulkActions}
      empty={{ title: '没有职工' }}
    />
  );
}

describe('DataTable', () => {
  it('is a table with a header row in a wide window, sorted and paged by the server', async () => {
    setWindowWidth(1280);
    const server = fakeServer();
    renderTable(server.load);
    const table = await screen.findByRole('table', { name: '职工' });
    const [head, ...rows] = within(table).getAllByRole('row');
    expect(
      within(head!)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['', '姓名 ↑', '工种']);
    expect(rows).toHaveLength(20);
    expect(within(rows[0]!).getAllByRole('cell')[1]!.textContent).toBe('职工00');
    expect(screen.getByText('第 1 / 3 页 · 共 45 条')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '按姓名排序' }));
    await screen.findByText('职工44');
    expect(server.calls.at(-1)).toMatchObject({ sortBy: 'name', order: 'desc', page: 1 });
    expect(within(screen.getByRole('table')).getAllByRole('columnheader')[1]!.getAttribute('aria-sort')).toBe(
      'descending',
    );

    fireEvent.click(screen.getByText('下一页'));
    await screen.findByText('第 2 / 3 页 · 共 45 条');
    expect(server.calls.at(-1)).toMatchObject({ order: 'desc', page: 2, pageSize: 20 });
  });

  it('starts another filter at its first page, never asking for the old page under it', async () => {
    const server = fakeServer();
    const { rerender } = renderTable(server.load);
    await screen.findByText('第 1 / 3 页 · 共 45 条');
    fireEvent.click(screen.getByText('下一页'));
    await screen.findByText('第 2 / 3 页 · 共 45 条');
    const before = server.calls.length;
    rerender(table(server.load, [], 'other'));
    await screen.findByText('第 1 / 3 页 · 共 45 条');
    expect(server.calls.slice(before).map((call) => call.page)).toEqual([1]);
  });

  it('shows the same rows as cards on a phone, and searches on the server', async () => {
    const server = fakeServer();
    renderTable(server.load);
    await screen.findByLabelText('职工00的卡片');
    expect(screen.queryByRole('table')).toBeNull();
    fireEvent.input(screen.getByLabelText('按姓名搜索', { selector: 'input' }), { target: { value: '职工1' } });
    fireEvent.click(screen.getByText('搜索'));
    await screen.findByText('第 1 / 1 页 · 共 10 条');
    expect(server.calls.at(-1)).toMatchObject({ search: '职工1', page: 1 });
  });

  it('reports each row of a bulk action, a refused row beside the done ones, with one reason for the batch', async () => {
    setWindowWidth(1280);
    const server = fakeServer();
    const run = jest.fn(async (row: Person, reason: string) => {
      expect(reason).toBe('材料不全，请补充');
      if (row.name === '职工01') throw new CloudError('CONFLICT', '这个提名刚刚已被审核，请刷新后再试');
    });
    renderTable(server.load, [
      {
        label: '批量退回',
        done: '已退回',
        reason: 'required',
        reasonLabel: '退回原因',
        description: (rows) => `${rows.length} 条提名将退回`,
        run,
      },
    ]);
    await screen.findByRole('table');
    for (const name of ['职工00', '职工01', '职工02']) {
      fireEvent.click(screen.getByRole('checkbox', { name: `选择${name}` }));
    }
    const bar = screen.getByRole('region', { name: '批量操作' });
    expect(within(bar).getByText('已选 3 条')).toBeTruthy();
    fireEvent.click(within(bar).getByText('批量退回'));
    const dialog = await screen.findByRole('dialog', { name: '批量退回（3 条）' });
    fireEvent.click(within(dialog).getByText('确认退回'));
    // No reason: nothing is run.
    await within(dialog).findByText('请填写退回原因（至少2个字）');
    expect(run).not.toHaveBeenCalled();
    fireEvent.input(within(dialog).getByLabelText('退回原因', { selector: 'textarea' }), {
      target: { value: '材料不全，请补充' },
    });
    fireEvent.click(within(dialog).getByText('确认退回'));
    const outcome = await screen.findByRole('status', { name: '批量退回结果' });
    expect(run).toHaveBeenCalledTimes(3);
    expect(within(outcome).getByText('批量退回：2 条完成，1 条未完成')).toBeTruthy();
    expect(within(outcome).getByText('✓ 职工00：已退回')).toBeTruthy();
    expect(within(outcome).getByText('✗ 职工01：这个提名刚刚已被审核，请刷新后再试')).toBeTruthy();
    expect(within(outcome).getByText('✓ 职工02：已退回')).toBeTruthy();
    // The page is read again (the done rows changed); the refused row stays picked, to try again.
    expect((await screen.findByRole('checkbox', { name: '选择职工01' })).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('checkbox', { name: '选择职工00' }).getAttribute('aria-checked')).toBe('false');
  });
});
