/**
 * @jest-environment jsdom
 */
// Asking for subscribe messages: the ids come from the server once, the dialog opens synchronously in the tap
// (before anything is awaited), and only what the user accepted is stored.
import { installFakeCloud } from './testing/fake-cloud';
import { askToSubscribe, preloadSubscribeTemplates, resetSubscribeTemplates } from './subscribe';
import { requestSubscribe } from '@/platform/subscribe-message';

jest.mock('@/platform/subscribe-message', () => ({ requestSubscribe: jest.fn() }));

const templates = [
  { key: 'joinDecided', templateId: 'tmpl-join' },
  { key: 'objectionAnswered', templateId: 'tmpl-objection' },
];

beforeEach(() => {
  resetSubscribeTemplates();
  jest.mocked(requestSubscribe).mockReset();
});

it('opens the dialog at once with the asked templates and stores what was accepted', async () => {
  const calls = installFakeCloud({
    account: {
      subscribeTemplates: () => ({ templates }),
      acceptSubscriptions: (input) => ({ recorded: (input.templateIds as string[]).map(() => 'joinDecided') }),
    },
  });
  await preloadSubscribeTemplates();
  jest.mocked(requestSubscribe).mockResolvedValue(['tmpl-join']);
  const asked = askToSubscribe(['joinDecided']);
  // Synchronously, inside the tap: nothing was awaited before the dialog opened.
  expect(requestSubscribe).toHaveBeenCalledWith(['tmpl-join']);
  await expect(asked).resolves.toEqual(['joinDecided']);
  expect(calls.map((call) => call.action)).toEqual(['subscribeTemplates', 'acceptSubscriptions']);
  expect(calls[1]!.input).toEqual({ templateIds: ['tmpl-join'] });
  // The ids are fetched once per session.
  await preloadSubscribeTemplates();
  expect(calls.filter((call) => call.action === 'subscribeTemplates')).toHaveLength(1);
});

it('stores nothing when the user refuses, and asks nothing before the ids are known', async () => {
  const calls = installFakeCloud({ account: { subscribeTemplates: () => ({ templates }) } });
  await expect(askToSubscribe(['joinDecided'])).resolves.toEqual([]);
  expect(requestSubscribe).not.toHaveBeenCalled();
  await preloadSubscribeTemplates();
  jest.mocked(requestSubscribe).mockResolvedValue([]);
  await expect(askToSubscribe(['objectionAnswered'])).resolves.toEqual([]);
  expect(calls.map((call) => call.action)).toEqual(['subscribeTemplates']);
});

it('never fails the tap when the templates cannot be fetched', async () => {
  installFakeCloud({ account: {} });
  await preloadSubscribeTemplates();
  await expect(askToSubscribe(['joinDecided'])).resolves.toEqual([]);
  expect(requestSubscribe).not.toHaveBeenCalled();
});
