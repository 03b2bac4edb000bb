/**
 * @jest-environment jsdom
 */
// 我的 calls `health` through the typed client and the H5 transport; the answer comes from the real function.
import { act, render, screen } from '@testing-library/react';
import { main as healthMain } from '../../../cloudfunctions/health/src/index';
import MePage from './index';

// jsdom has no Response class: the transport only reads `ok`, `status` and `json()`.
function httpAnswer(body: unknown) {
  return { ok: true, status: 200, json: async () => body };
}

function respondWith(body: unknown): typeof fetch {
  return jest.fn(async () => httpAnswer(body)) as unknown as typeof fetch;
}

describe('我的 page', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it('shows the service version and the server time in Beijing time from health', async () => {
    global.fetch = jest.fn(async (url: string | URL | Request, init?: RequestInit) => {
      expect(String(url)).toBe('/fn/health');
      expect((init?.headers as Record<string, string>)['x-wx-openid']).toMatch(/^local-/);
      const answer = await healthMain(JSON.parse(String(init?.body)), {});
      return httpAnswer(answer);
    }) as unknown as typeof fetch;

    render(<MePage />);
    expect(await screen.findByText(/^服务版本 /)).toBeTruthy();
    expect(screen.getByText(/^服务器时间 \d+月\d+日 周. \d\d:\d\d$/)).toBeTruthy();
  });

  it('shows a clear error when the answer is malformed', async () => {
    global.fetch = respondWith({ ok: true, data: { version: '' } });
    await act(async () => {
      render(<MePage />);
    });
    expect(await screen.findByText('服务返回的数据有误，请稍后再试或联系管理员')).toBeTruthy();
  });

  it('offers 重试 when the network fails', async () => {
    global.fetch = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    render(<MePage />);
    expect(await screen.findByText('网络不通，请检查网络后重试')).toBeTruthy();
    expect(screen.getByText('重试')).toBeTruthy();
  });
});
