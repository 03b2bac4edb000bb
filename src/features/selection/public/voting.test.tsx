/**
 * @jest-environment jsdom
 */
// 投票 on the candidate page: one request id per tap, sent again only when the same tap is retried after a
// network failure; the server's refusal shown as it is; what is left today taken from each answer.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { FakeFailure, installFakeCloud, type FakeFunctions } from '@/cloud/testing/fake-cloud';
import { CandidateView } from './candidate-view';

jest.mock('@/components/navigation/navigation');

const realFetch = global.fetch;
afterEach(() => {
  global.fetch = realFetch;
});

const at = (days: number) => new Date(Date.UTC(2026, 4, 1) + days * 86_400_000).toISOString();

const campaign = {
  id: 'c1',
  title: '2026年度示范市工匠',
  org: { id: 'org-city', name: '示范市总工会' },
  stage: 'voting',
  categories: [{ id: 'k1', name: '制造业', places: 10 }],
  schedule: {
    nomination: at(-30),
    review: at(-20),
    published: at(-10),
    voting: at(-1),
    scoring: at(7),
    result: at(14),
    publicity: at(21),
    final: at(28),
  },
  rules: { votesPerDay: 3, ballotSize: null, countsVisibility: 'live', dailyPublishAt: null, publicWeight: 30 },
  rulesFrozen: true,
  approvedCandidates: 2,
  countsAsOf: null,
  publicityEndsAt: null,
};

const zhou = {
  id: 'c1.u-zhou',
  campaignId: 'c1',
  categoryId: 'k1',
  number: 3,
  name: '周建国',
  enterprise: '东城电力检修有限公司',
  trade: '变电检修工',
  deeds: '扎根一线二十年。',
  photoFileIds: [],
  honours: [],
  votes: 41,
};

function cloud(vote: FakeFunctions['vote']) {
  return installFakeCloud({
    selection: { candidate: () => zhou, campaign: () => campaign },
    vote: { today: () => ({ quota: 3, remaining: 3, votedFor: [], ballotSize: null }), ...vote },
  });
}

/** The vote requests sent, including those the network lost. */
function recordVotes(): Array<Record<string, unknown>> {
  const sent: Array<Record<string, unknown>> = [];
  const fake = global.fetch;
  let lose = 1;
  global.fetch = jest.fn(async (url: string | URL | Request, init?: RequestInit) => {
    const body = init?.body
      ? (JSON.parse(String(init.body)) as { action: string; input: Record<string, unknown> })
      : null;
    if (String(url) === '/fn/vote' && body?.action === 'cast') {
      sent.push(body.input);
      if (lose-- > 0) throw new TypeError('Failed to fetch');
    }
    return fake(url, init);
  }) as unknown as typeof fetch;
  return sent;
}

async function tapVote() {
  await act(async () => {
    fireEvent.click(screen.getByLabelText('给周建国投票'));
  });
}

describe('投票', () => {
  it('retries a lost request with the same request id, and shows what is left from the answer', async () => {
    let remaining = 3;
    cloud({
      cast: () => ({ accepted: true, quota: 3, remaining: --remaining, votedFor: ['c1.u-zhou'], ballotSize: null }),
    });
    const sent = recordVotes();
    render(<CandidateView candidateId="c1.u-zhou" />);
    expect(await screen.findByText('每人每天 3 票')).toBeTruthy();
    expect(screen.getByText('41 票')).toBeTruthy();

    await tapVote();
    expect(screen.getByText('正在投票')).toBeTruthy();
    expect(await screen.findByText('✓ 今日已投', {}, { timeout: 3000 })).toBeTruthy();

    expect(sent).toHaveLength(2);
    expect(sent[0]!.requestId).toMatch(/^[A-Za-z0-9-]{8,64}$/);
    expect(sent[1]!.requestId).toBe(sent[0]!.requestId);
    expect(sent[1]!.candidateIds).toEqual(['c1.u-zhou']);
    const bar = screen.getByRole('status', { name: '今天的票数' });
    expect(within(bar).getByText('2')).toBeTruthy();
    // Live counts: the voter's vote shows in the count at once.
    expect(screen.getByText('42 票')).toBeTruthy();
  });

  it('makes a new request id for each tap', async () => {
    const ids: unknown[] = [];
    cloud({
      cast: (input) => {
        ids.push(input.requestId);
        throw new FakeFailure('RATE_LIMITED', '操作太频繁，请稍后再试');
      },
    });
    render(<CandidateView candidateId="c1.u-zhou" />);
    await screen.findByText('每人每天 3 票');
    await tapVote();
    fireEvent.click(await screen.findByText('知道了'));
    await tapVote();
    await screen.findByText('知道了');
    expect(ids).toHaveLength(2);
    expect(ids[1]).not.toBe(ids[0]);
  });

  it('shows the server’s refusal as it is and reads today again', async () => {
    let reads = 0;
    const calls = cloud({
      today: () => {
        reads += 1;
        return reads === 1
          ? { quota: 3, remaining: 1, votedFor: [], ballotSize: null }
          : { quota: 3, remaining: 0, votedFor: ['c1.u-a', 'c1.u-b', 'c1.u-c'], ballotSize: null };
      },
      cast: () => {
        throw new FakeFailure('CONFLICT', '今天的3票已经投完了，明天再来吧');
      },
    });
    render(<CandidateView candidateId="c1.u-zhou" />);
    await screen.findByText('每人每天 3 票');
    await tapVote();
    const dialog = await screen.findByRole('dialog', { name: '这次没有投上' });
    expect(within(dialog).getByText('今天的3票已经投完了，明天再来吧')).toBeTruthy();
    expect(await screen.findByText('今天的票已投完，明天可以再投')).toBeTruthy();
    expect(calls.filter((call) => call.action === 'cast')).toHaveLength(1);
    expect(screen.getByText('41 票')).toBeTruthy();
    // Once the day is spent the button reads so, muted, and says when voting comes back.
    const spent = screen.getByLabelText('给周建国投票：今日票已投完，明日再来');
    expect(within(spent).getByText('今日票已投完')).toBeTruthy();
    expect(within(spent).getByText('明日再来')).toBeTruthy();
    expect(spent.className).toContain('jx-vote-button--spent');
  });

  it('leads with the 编号 and shows a spent day on arrival, still leaving the answer to the server', async () => {
    const calls = installFakeCloud({
      selection: { candidate: () => zhou, campaign: () => campaign },
      vote: {
        today: () => ({ quota: 3, remaining: 0, votedFor: ['c1.u-a', 'c1.u-b', 'c1.u-c'], ballotSize: null }),
        cast: () => {
          throw new FakeFailure('CONFLICT', '今天的3票已经投完了，明天再来吧');
        },
      },
    });
    render(<CandidateView candidateId="c1.u-zhou" />);
    expect(await screen.findByText('今日票已投完')).toBeTruthy();
    expect(screen.getByText('003号')).toBeTruthy();
    expect(screen.queryByText('投票')).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByLabelText('给周建国投票：今日票已投完，明日再来'));
    });
    const dialog = await screen.findByRole('dialog', { name: '这次没有投上' });
    expect(within(dialog).getByText('今天的3票已经投完了，明天再来吧')).toBeTruthy();
    expect(calls.filter((call) => call.action === 'cast')).toHaveLength(1);
  });
});
