import { systemClock } from '../../../server/kit/clock';
import { main } from './index';

describe('health', () => {
  it('answers its version and the server time', async () => {
    const before = systemClock().getTime();
    const answer = (await main({ action: 'status', input: {} }, {})) as {
      ok: true;
      data: { version: string; serverTime: string };
    };
    expect(answer.ok).toBe(true);
    expect(answer.data.version).toMatch(/\S/);
    const serverTime = Date.parse(answer.data.serverTime);
    expect(serverTime).toBeGreaterThanOrEqual(before - 1);
    expect(serverTime).toBeLessThanOrEqual(systemClock().getTime() + 1);
  });
});
