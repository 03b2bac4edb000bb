/**
 * @jest-environment jsdom
 */
// 我的 through the typed client and the H5 transport: `health` answers from the real function, `account` from
// answers written here.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { main as healthMain } from '../../../cloudfunctions/health/src/index';
import { aMe, aWorker, installFakeCloud, sampleOrg, type FakeFunctions } from '@/cloud/testing/fake-cloud';
import { quietTaroInputs } from '@/cloud/testing/typing';
import MePage from './index';

jest.mock('@/components/navigation/navigation');

// jsdom has no Response class: the transport only reads `ok`, `status` and `json()`.
function httpAnswer(body: unknown) {
  return { ok: true, status: 200, json: async () => body };
}

const health = {
  status: async () => ((await healthMain({ action: 'status', input: {} }, {})) as { data: unknown }).data,
};

function withAccount(account: FakeFunctions['account'], routes: Record<string, () => unknown> = {}) {
  return installFakeCloud({ health, account: account! }, routes);
}

const realFetch = global.fetch;
beforeAll(quietTaroInputs);
afterEach(() => {
  global.fetch = realFetch;
  localStorage.clear();
});

describe('我的 page', () => {
  it('shows the service version and the server time in Beijing time from health', async () => {
    global.fetch = jest.fn(async (url: string | URL | Request, init?: RequestInit) => {
      if (String(url) === '/fn/account') return httpAnswer({ ok: true, data: aMe() });
      if (String(url) !== '/fn/health') return { ok: false, status: 404, json: async () => ({}) };
      expect((init?.headers as Record<string, string>)['x-wx-openid']).toMatch(/^local-/);
      const answer = await healthMain(JSON.parse(String(init?.body)), {});
      return httpAnswer(answer);
    }) as unknown as typeof fetch;

    render(<MePage />);
    expect(await screen.findByText(/^服务版本 /)).toBeTruthy();
    expect(screen.getByText(/^服务器时间 \d+月\d+日 周. \d\d:\d\d$/)).toBeTruthy();
  });

  it('shows a clear error when the answer is malformed', async () => {
    global.fetch = jest.fn(async () => httpAnswer({ ok: true, data: { version: '' } })) as unknown as typeof fetch;
    await act(async () => {
      render(<MePage />);
    });
    expect((await screen.findAllByText('服务返回的数据有误，请稍后再试或联系管理员')).length).toBe(2);
  });

  it('offers 重试 when the network fails', async () => {
    global.fetch = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    render(<MePage />);
    expect((await screen.findAllByText('网络不通，请检查网络后重试')).length).toBeGreaterThan(0);
    expect(screen.getAllByText('重试').length).toBeGreaterThan(0);
  });

  it('invites a member of the public to fill in a profile, and shows no workbench', async () => {
    withAccount({ me: () => aMe() });
    render(<MePage />);
    expect(await screen.findByText('你还没有填写资料。')).toBeTruthy();
    expect(screen.getByText('填写资料')).toBeTruthy();
    expect(screen.getByText('先填写资料，再申请加入所在企业的工会。')).toBeTruthy();
    expect(screen.queryByText('工作台')).toBeNull();
  });

  it('shows a worker’s profile with the masked phone, membership, honours and roles', async () => {
    withAccount({
      me: () =>
        aWorker({
          honours: [
            { code: 'national_may_day_medal', title: '全国五一劳动奖章', level: 'national', year: 2019, trade: null },
            {
              code: 'city_skill_expert',
              title: '市技术能手',
              level: 'city',
              year: 2023,
              trade: 'cnc_lathe_operator',
            },
          ],
        }),
    });
    render(<MePage />);
    expect(await screen.findByText('陈晓东')).toBeTruthy();
    expect(screen.getByText('数控车工 · 高级工')).toBeTruthy();
    expect(screen.getByText('139****0000')).toBeTruthy();
    const membership = screen.getByLabelText('企业工会');
    expect(within(membership).getByText('会员')).toBeTruthy();
    expect(within(membership).getByText('示范市精工机械有限公司工会（东城区总工会）')).toBeTruthy();
    expect(within(membership).getByText('2026年3月1日 入会')).toBeTruthy();
    expect(screen.getByText('全国五一劳动奖章')).toBeTruthy();
    expect(screen.getByText('全国 · 2019年')).toBeTruthy();
    // Any worker's honours show, not only a model worker's; a trade-specific one names its trade.
    expect(screen.getByText('市级 · 数控车工 · 2023年')).toBeTruthy();
    expect(screen.queryByText('工作台')).toBeNull();
  });

  it('shows the workbench entry to staff only', async () => {
    withAccount({ me: () => aWorker({ staffAt: [sampleOrg] }) });
    render(<MePage />);
    expect(await screen.findByText('进入工作台')).toBeTruthy();
    expect(screen.getByText('工会干部 · 示范市精工机械有限公司工会')).toBeTruthy();
  });

  it('shows a pending request and withdraws it after confirming', async () => {
    const pending = aWorker({
      membership: {
        status: 'pending',
        org: null,
        since: null,
        pending: { requestId: 'j-1', org: sampleOrg, createdAt: '2026-11-22T06:00:00.000Z' },
        lastDecision: null,
      },
    });
    const calls = withAccount({
      me: () => pending,
      cancelJoin: () => aWorker({ membership: { ...aMe().membership } }),
    });
    render(<MePage />);
    expect(await screen.findByText('已申请加入 示范市精工机械有限公司工会（东城区总工会）')).toBeTruthy();
    expect(screen.getByText('11月22日 周日 14:00 提交，等待工会审核。')).toBeTruthy();

    fireEvent.click(screen.getByText('撤回申请'));
    const dialog = screen.getByRole('dialog', { name: '撤回入会申请' });
    await act(async () => {
      fireEvent.click(within(dialog).getByText('撤回申请'));
    });
    expect(await screen.findByText('加入企业工会')).toBeTruthy();
    // Besides the unread count and the subscribe template ids, 我的 reads the person once and withdraws once.
    const own = calls.filter(
      (c) => c.fn === 'account' && !['unreadMessages', 'subscribeTemplates'].includes(c.action),
    );
    expect(own.map((c) => c.action)).toEqual(['me', 'cancelJoin']);
  });

  it('shows the last rejection with its reason', async () => {
    withAccount({
      me: () =>
        aWorker({
          membership: {
            status: 'none',
            org: null,
            since: null,
            pending: null,
            lastDecision: {
              org: sampleOrg,
              approved: false,
              reason: '不是本企业职工',
              at: '2026-11-20T01:30:00.000Z',
            },
          },
        }),
    });
    render(<MePage />);
    expect(
      await screen.findByText('你申请加入示范市精工机械有限公司工会未通过（11月20日 周五 09:30）。'),
    ).toBeTruthy();
    expect(screen.getByText('原因：不是本企业职工')).toBeTruthy();
  });

  it('switches the local persona and loads 我的 again as that person', async () => {
    const personas = {
      personas: [
        { openid: 'persona-worker', name: '陈晓东', description: '职工 · 精工机械 · 数控车工' },
        { openid: 'persona-city-staff', name: '钱雅琴', description: '市总工会干部' },
      ],
    };
    const seenAs: string[] = [];
    installFakeCloud(
      {
        health,
        account: {
          me: () => {
            const openid = localStorage.getItem('jx.openid') ?? '';
            seenAs.push(openid);
            return openid === 'persona-city-staff' ? aWorker({ staffAt: [sampleOrg] }) : aMe();
          },
        },
      },
      { '/_local/personas': () => personas },
    );
    render(<MePage />);
    const card = await screen.findByLabelText('本地身份（仅本地）');
    expect(within(card).getByText('钱雅琴')).toBeTruthy();
    await screen.findByText('你还没有填写资料。');

    fireEvent.click(within(card).getByRole('radio', { name: '钱雅琴，市总工会干部' }));
    expect(localStorage.getItem('jx.openid')).toBe('persona-city-staff');
    expect(await screen.findByText('进入工作台')).toBeTruthy();
    expect(seenAs.at(-1)).toBe('persona-city-staff');
    expect(within(card).getByText('钱雅琴（当前）')).toBeTruthy();
  });

  it('shows no persona card when the local cloud does not serve personas', async () => {
    withAccount({ me: () => aMe() });
    render(<MePage />);
    await screen.findByText('你还没有填写资料。');
    expect(screen.queryByText('本地身份（仅本地）')).toBeNull();
  });
});
