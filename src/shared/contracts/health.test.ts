import { healthContract } from './health';

describe('the health contract', () => {
  const { input, output } = healthContract.actions.status;

  it('is the `health` function, whose status takes nothing', () => {
    expect(healthContract.name).toBe('health');
    expect(input.parse({})).toEqual({});
    expect(input.safeParse({ verbose: true }).success).toBe(false);
  });

  it('answers with a version and the server clock as an instant', () => {
    const answer = { version: '0.1.0', serverTime: '2026-11-22T14:00:00+08:00' };
    expect(output.parse(answer)).toEqual(answer);
    expect(output.safeParse({ ...answer, version: '' }).success).toBe(false);
  });
});
