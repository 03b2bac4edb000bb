/**
 * @jest-environment jsdom
 */
// Every staff page in a wide window is a back office: the 工作台's tasks as a side navigation beside the content
// (only what this staff member's kind of union can do, the current page marked); on a phone the same page is one
// column with no navigation.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { Text } from '@tarojs/components';
import { useState } from 'react';
import { installFakeCloud } from '@/cloud/testing/fake-cloud';
import { componentTestFrame } from '@/cloud/testing/typing';
import { replacePage, useCurrentPath } from '@/components/navigation/navigation';
import { AdminFrame } from './admin-frame';
import { forgetStaffKinds, provideStaffTasks } from './staff-nav';

jest.mock('@/components/navigation/navigation');

componentTestFrame();

function setWindowWidth(width: number) {
  Object.defineProperty(document.documentElement, 'clientWidth', { configurable: true, value: width });
  act(() => {
    window.dispatchEvent(new Event('resize'));
  });
}

function staffAt(kind: 'enterprise' | 'city') {
  installFakeCloud({
    union: {
      workbench: () => ({
        scopes: [{ id: `org-${kind}`, name: '某工会', kind, parentName: null }],
        pendingJoinRequests: 0,
        members: 1,
        organisations: 1,
      }),
    },
  });
}

beforeEach(() => {
  jest.clearAllMocks();
  forgetStaffKinds();
  provideStaffTasks([
    { order: 60, title: '组织', description: '', url: '/admin/pages/orgs/index', forKinds: ['city', 'district'] },
    { order: 30, title: '成员', description: '', url: '/admin/pages/members/index' },
  ]);
  jest.mocked(useCurrentPath).mockReturnValue('/admin/pages/members/index');
});
afterEach(() => setWindowWidth(0));

describe('AdminFrame', () => {
  it('puts the 工作台 navigation beside the content in a wide window, only with what the caller can do', async () => {
    staffAt('enterprise');
    setWindowWidth(1280);
    render(
      <AdminFrame title="成员">
        <span>内容</span>
      </AdminFrame>,
    );
    const nav = screen.getByRole('navigation', { name: '工作台导航' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['工作台', '成员']);
    expect(within(nav).getByRole('link', { name: '成员' }).getAttribute('aria-current')).toBe('page');
    within(screen.getByRole('main')).getByText('内容');
    fireEvent.click(within(nav).getByRole('link', { name: '工作台' }));
    expect(replacePage).toHaveBeenCalledWith('/admin/pages/index/index');
  });

  it('offers the city the tasks only some unions have, once it knows who is asking', async () => {
    staffAt('city');
    setWindowWidth(1280);
    render(<AdminFrame title="成员">内容</AdminFrame>);
    const nav = screen.getByRole('navigation', { name: '工作台导航' });
    await within(nav).findByRole('link', { name: '组织' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['工作台', '成员', '组织']);
  });

  it('stays one column with no navigation on a phone, and follows the window when it is resized', async () => {
    staffAt('city');
    render(<AdminFrame title="成员">内容</AdminFrame>);
    expect(screen.queryByRole('navigation')).toBeNull();
    setWindowWidth(1024);
    expect(screen.getByRole('navigation', { name: '工作台导航' })).toBeTruthy();
    setWindowWidth(375);
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('keeps the page mounted across a resize, so what a form holds stays', () => {
    staffAt('city');
    function Counter() {
      const [taps, setTaps] = useState(0);
      return <Text onClick={() => setTaps((n) => n + 1)}>{`点了${taps}次`}</Text>;
    }
    render(
      <AdminFrame title="成员">
        <Counter />
      </AdminFrame>,
    );
    fireEvent.click(screen.getByText('点了0次'));
    setWindowWidth(1280);
    expect(screen.getByText('点了1次')).toBeTruthy();
    setWindowWidth(375);
    expect(screen.getByText('点了1次')).toBeTruthy();
  });
});
