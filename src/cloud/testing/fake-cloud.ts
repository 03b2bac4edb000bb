// For component tests: a fake of what the H5 build talks to (the functions gateway and the local routes), so a
// page can be rendered against answers written in the test. Never imported by the app.
import type { Me } from '@/shared/contracts/account';
import { PRIVACY_TERMS_VERSION } from '@/shared/people/vocabulary';

/** Thrown by a fake handler to answer `{ok: false, error}`. */
export class FakeFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export type FakeHandler = (input: Record<string, unknown>) => unknown;
export type FakeFunctions = Record<string, Record<string, FakeHandler>>;

export interface SentCall {
  fn: string;
  action: string;
  input: Record<string, unknown>;
}

// jsdom has no Response class: the app only reads `ok`, `status` and `json()`.
function httpAnswer(status: number, body: unknown) {
  return { ok: status >= 200 && status < 300, status, json: async () => body };
}

/**
 * Installs a fetch that answers `/fn/<name>` from `functions` (an unknown action is a 404 from the gateway) and
 * other paths from `routes`. Returns the calls made, in order.
 */
export function installFakeCloud(functions: FakeFunctions, routes: Record<string, () => unknown> = {}): SentCall[] {
  const calls: SentCall[] = [];
  global.fetch = jest.fn(async (url: string | URL | Request, init?: RequestInit) => {
    const path = String(url);
    const fn = /^\/fn\/([\w-]+)$/.exec(path)?.[1];
    if (!fn) {
      const route = routes[path];
      return route ? httpAnswer(200, route()) : httpAnswer(404, {});
    }
    const { action, input } = JSON.parse(String(init?.body)) as { action: string; input: Record<string, unknown> };
    calls.push({ fn, action, input });
    const handler = functions[fn]?.[action];
    if (!handler) return httpAnswer(404, {});
    try {
      return httpAnswer(200, { ok: true, data: await handler(input) });
    } catch (error) {
      if (error instanceof FakeFailure) {
        return httpAnswer(200, {
          ok: false,
          error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) },
        });
      }
      throw error;
    }
  }) as unknown as typeof fetch;
  return calls;
}

const ORG_JINGGONG = {
  id: 'org-jinggong',
  name: '示范市精工机械有限公司工会',
  kind: 'enterprise' as const,
  parentName: '东城区总工会',
};
export const sampleOrg = ORG_JINGGONG;

/** A caller as `account.me` answers, by default a member of the public who has consented to nothing. */
export function aMe(overrides: Partial<Me> = {}): Me {
  return {
    userId: 'u-1',
    consentVersion: null,
    profile: null,
    membership: { status: 'none', org: null, since: null, pending: null, lastDecision: null },
    history: [],
    honours: [],
    modelWorker: null,
    staffAt: [],
    expertFor: [],
    ...overrides,
  };
}

export function aWorker(overrides: Partial<Me> = {}): Me {
  return aMe({
    consentVersion: PRIVACY_TERMS_VERSION,
    profile: {
      realName: '陈晓东',
      trade: 'cnc_lathe_operator',
      tradeNote: null,
      skillLevel: 'senior',
      frontline: 'none',
      phoneMasked: '139****0000',
      idNumberMasked: null,
      photoFileId: null,
    },
    membership: {
      status: 'member',
      org: ORG_JINGGONG,
      since: '2026-03-01T02:00:00.000Z',
      pending: null,
      lastDecision: null,
    },
    history: [{ orgName: ORG_JINGGONG.name, from: '2026-03-01T02:00:00.000Z', to: null }],
    ...overrides,
  });
}
