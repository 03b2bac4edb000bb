/**
 * @jest-environment jsdom
 */
// The 工作台 offers each staff member what they can do (an enterprise union is not sent to 组织 or 公示日历) and
// puts what waits for them first, with how much: a returned nomination until it is resubmitted.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { installFakeCloud } from '@/cloud/testing/fake-cloud';
import { componentTestFrame } from '@/cloud/testing/typing';
import { openPage } from '@/components/navigation/navigation';
import type { StaffTask, StaffTodoSource } from '@/components/staff/staff-task';
import { Workbench } from './workbench';

jest.mock('@/components/navigation/navigation');

componentTestFrame();

const tasks: StaffTask[] = [
  { order: 10, title: '入会审核', description: '通过或驳回职工的入会申请', url: '/admin/pages/join-requests/index' },
  {
    order: 60,
    title: '组织',
    description: '新建、改名或撤销下级工会',
    url: '/admin/pages/orgs/index',
    forKinds: ['city', 'district', 'industry'],
  },
];

function workbenchOf(kind: 'enterprise' | 'city') {
  installFakeCloud({
    union: {
      workbench: () => ({
        scopes: [
          { id: `org-${kind}`, name: kind === 'city' ? '示范市总工会' : '精工机械工会', kind, parentName: null },
        ],
        pendingJoinRequests: 0,
        members: 12,
        organisations: 1,
      }),
    },
  });
}

describe('工作台', () => {
  beforeEach(() => jest.clearAllMocks());

  it('offers an enterprise union only what it can do, and puts a returned nomination first with its count', async () => {
    workbenchOf('enterprise');
    const returned: StaffTodoSource = async () => [
      {
        title: '退回修改的提名',
        description: '王建军 · 2026年度示范市工匠：请补充近三年的创新成果',
        url: '/admin/pages/campaign/index?id=c1',
        count: 1,
      },
    ];
    const broken: StaffTodoSource = async () => {
      throw new Error('offline');
    };
    render(<Workbench tasks={tasks} todos={[returned, broken]} />);
    const todo = await screen.findByRole('link', { name: /^退回修改的提名\s*1/ }, { timeout: 5000 });
    within(todo).getByText('王建军 · 2026年度示范市工匠：请补充近三年的创新成果');
    expect(screen.queryByText('新建、改名或撤销下级工会')).toBeNull();
    screen.getByText('入会审核');
    fireEvent.click(todo);
    expect(openPage).toHaveBeenCalledWith('/admin/pages/campaign/index?id=c1');
  });

  it('offers the city every task, and no 待办 when nothing waits', async () => {
    workbenchOf('city');
    render(<Workbench tasks={tasks} todos={[async () => []]} />);
    await screen.findByText('新建、改名或撤销下级工会', {}, { timeout: 5000 });
    expect(screen.queryByLabelText('待办')).toBeNull();
  });
});
