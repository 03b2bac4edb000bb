// Bad input that is not a form's mistake, sent through the gateway as an attacker would: a NUL in a search keyword
// (which the database refuses inside the regular expression a keyword becomes) and a body nested thousands deep.
// Each is refused as INVALID_INPUT naming the field, before any handler or database sees it.
import { accountContract } from '../../src/shared/contracts/account';
import { selectionContract } from '../../src/shared/contracts/selection';
import { unionContract } from '../../src/shared/contracts/union';
import { DEMO_CAMPAIGN_ID } from '../../database/seed/people';
import { startSeededCloud, type SeededCloud } from '../../test-support/seeded-cloud';

let env: SeededCloud;
beforeAll(async () => {
  env = await startSeededCloud();
}, 30_000);
afterAll(() => env.close());

describe('input a form cannot produce', () => {
  it.each([
    [accountContract.name, 'directory', {}, 'persona-worker'],
    [unionContract.name, 'searchPeople', {}, 'persona-city-staff'],
    [selectionContract.name, 'candidates', { campaignId: DEMO_CAMPAIGN_ID }, 'persona-public'],
  ])('%s.%s refuses a NUL in the keyword, naming it', async (fn, action, rest, openid) => {
    const answer = await env.callRaw(fn, action, { ...rest, keyword: '王\u0000' }, openid);
    expect(answer).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'keyword', message: expect.stringContaining('控制字符') },
    });
  });

  it('refuses a body nested 5,000 levels deep as bad input, not a crash', async () => {
    // Written as text: JSON.stringify itself would overflow on the way out.
    const keyword = `${'{"a":'.repeat(5000)}"x"${'}'.repeat(5000)}`;
    const response = await fetch(`${env.cloud.url}/fn/${unionContract.name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wx-openid': 'persona-city-staff' },
      body: `{"action":"searchPeople","input":{"keyword":${keyword}}}`,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'keyword', message: expect.stringContaining('嵌套') },
    });
  });
});
