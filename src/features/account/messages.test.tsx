/**
 * @jest-environment jsdom
 */
// 消息: the person's messages newest first, a page at a time; unread ones say so in words; tapping one marks it
// read and opens its page. 我的 shows the unread count with one call.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FakeFailure, installFakeCloud } from '@/cloud/testing/fake-cloud';
import { componentTestFrame } from '@/cloud/testing/typing';
import { openPage } from '@/components/navigation/navigation';
import type { MessageView } from '@/shared/contracts/messages';
import { MessageList } from './messages';
import { MessagesEntry } from './messages-entry';

jest.mock('@/components/navigation/navigation');

componentTestFrame();

function message(n: number, change: Partial<MessageView> = {}): MessageView {
  return {
    id: `m${n}`,
    kind: 'nominationReviewed',
    title: `提名已退回：候选人${n}`,
    body: `退回理由：请补充材料${n}`,
    page: `/admin/pages/nominate/index?campaignId=c1&candidate=c1.u${n}`,
    read: false,
    createdAt: new Date(Date.UTC(2026, 11, 1, 2, 60 - n)).toISOString(),
    ...change,
  };
}

beforeEach(() => jest.mocked(openPage).mockClear());

describe('消息', () => {
  it('lists messages as the server orders them, marking unread ones in words, with more on request', async () => {
    const first = Array.from({ length: 20 }, (_, i) => message(i + 1, { read: i % 2 === 1 }));
    const calls = installFakeCloud({
      account: {
        myMessages: (input) =>
          input.cursor === '20'
            ? { messages: [message(21, { read: true, title: '入会申请已通过：精工机械' })], nextCursor: null }
            : { messages: first, nextCursor: '20' },
      },
    });
    render(<MessageList />);
    const list = await screen.findByLabelText('消息列表');
    const items = within(list).getAllByRole('link');
    expect(items[0]!.textContent).toMatch(/^未读提名已退回：候选人1/);
    expect(items[1]!.textContent).toMatch(/^提名已退回：候选人2/);
    expect(within(items[0]!).getByText('未读')).toBeTruthy();
    expect(within(items[1]!).queryByText('未读')).toBeNull();
    // The time is Beijing time.
    expect(within(items[0]!).getByText('12月1日 周二 10:59')).toBeTruthy();
    fireEvent.click(screen.getByText('加载更多'));
    await screen.findByText('入会申请已通过：精工机械');
    expect(calls.filter((call) => call.action === 'myMessages').map((call) => call.input.cursor)).toEqual([
      undefined,
      '20',
    ]);
    expect(screen.queryByText('加载更多')).toBeNull();
  });

  it('marks a message read and opens its page when tapped', async () => {
    const calls = installFakeCloud({
      account: {
        myMessages: () => ({ messages: [message(1)], nextCursor: null }),
        readMessage: (input) => ({ id: input.messageId, read: true }),
      },
    });
    render(<MessageList />);
    fireEvent.click(await screen.findByRole('link', { name: /^未读\s*提名已退回：候选人1/ }));
    await screen.findByRole('link', { name: /^提名已退回：候选人1/ });
    expect(calls.filter((call) => call.action === 'readMessage')).toEqual([
      { fn: 'account', action: 'readMessage', input: { messageId: 'm1' } },
    ]);
    expect(openPage).toHaveBeenCalledWith('/admin/pages/nominate/index?campaignId=c1&candidate=c1.u1');
    expect(screen.queryByText('未读')).toBeNull();
  });

  it('opens a read message without marking it again, and still opens when marking fails', async () => {
    const calls = installFakeCloud({
      account: {
        myMessages: () => ({ messages: [message(1, { read: true }), message(2)], nextCursor: null }),
        readMessage: () => {
          throw new FakeFailure('INTERNAL', '网络不太好，请稍后再试');
        },
      },
    });
    render(<MessageList />);
    fireEvent.click(await screen.findByRole('link', { name: /^提名已退回：候选人1/ }));
    expect(calls.filter((call) => call.action === 'readMessage')).toEqual([]);
    fireEvent.click(screen.getByRole('link', { name: /^未读\s*提名已退回：候选人2/ }));
    await screen.findByText('网络不太好，请稍后再试');
    expect(jest.mocked(openPage).mock.calls.map(([url]) => url)).toEqual([
      '/admin/pages/nominate/index?campaignId=c1&candidate=c1.u1',
      '/admin/pages/nominate/index?campaignId=c1&candidate=c1.u2',
    ]);
  });

  it('says what will arrive here when there is nothing yet', async () => {
    installFakeCloud({ account: { myMessages: () => ({ messages: [], nextCursor: null }) } });
    render(<MessageList />);
    expect(await screen.findByText('还没有消息。')).toBeTruthy();
  });
});

describe('我的 → 消息', () => {
  it('shows the unread count in words and opens 消息', async () => {
    const calls = installFakeCloud({
      account: { unreadMessages: () => ({ count: 3 }), subscribeTemplates: () => ({ templates: [] }) },
    });
    render(<MessagesEntry />);
    const entry = await screen.findByRole('link', { name: /^消息\s*3条未读/ });
    expect(within(entry).getByText('3条未读')).toBeTruthy();
    fireEvent.click(entry);
    expect(openPage).toHaveBeenCalledWith('/account/pages/messages/index');
    // One count (and, once per session, the subscribe template ids the forms will ask for).
    expect(calls.map((call) => call.action).sort()).toEqual(['subscribeTemplates', 'unreadMessages']);
  });

  it('shows no count when all are read', async () => {
    installFakeCloud({ account: { unreadMessages: () => ({ count: 0 }) } });
    render(<MessagesEntry />);
    await screen.findByRole('link', { name: /^消息/ });
    expect(screen.queryByText(/未读/)).toBeNull();
  });
});
