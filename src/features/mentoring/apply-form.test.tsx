/**
 * @jest-environment jsdom
 */
// 申请拜师: the statement is checked with the action's own schema before anything is sent (the message the server
// would give, under the field, what was typed kept); a valid one asks for the `mentoring` subscribe message first in
// the tap, before the application goes; a refusal from the server is shown in its words.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { preloadSubscribeTemplates, resetSubscribeTemplates } from '@/cloud/subscribe';
import { FakeFailure, installFakeCloud, type SentCall } from '@/cloud/testing/fake-cloud';
import { componentTestFrame, typeInto, valueOf } from '@/cloud/testing/typing';
import { requestSubscribe } from '@/platform/subscribe-message';
import type { MasterView } from '@/shared/contracts/mentoring';
import { ApplyForm } from './apply-form';

jest.mock('@/components/navigation/navigation');
jest.mock('@/platform/subscribe-message', () => ({ requestSubscribe: jest.fn() }));

componentTestFrame();

const master = { masterId: 'u-master', name: '王建军', trade: 'cnc_lathe_operator' } as MasterView;
const application = {
  applicationId: 'u-master.u-me',
  masterId: 'u-master',
  masterName: '王建军',
  applicantId: 'u-me',
  applicantName: '陈晓东',
  trade: 'cnc_lathe_operator',
  statement: '想跟王师傅学习复杂零件的编程',
  statementHeld: false,
  state: 'pending',
  reason: null,
  createdAt: '2026-11-23T02:00:00.000Z',
  decidedAt: null,
};

function cloud(apply: () => unknown): SentCall[] {
  return installFakeCloud({
    account: {
      subscribeTemplates: () => ({ templates: [{ key: 'mentoring', templateId: 'tmpl-mentoring' }] }),
      acceptSubscriptions: () => ({ recorded: ['mentoring'] }),
    },
    mentoring: { applyToMaster: apply },
  });
}

beforeEach(() => {
  resetSubscribeTemplates();
  jest.mocked(requestSubscribe).mockReset();
});

it('names a too-short statement under the field, keeps it and sends nothing', async () => {
  const calls = cloud(() => application);
  render(<ApplyForm master={master} onDone={jest.fn()} />);
  typeInto('拜师申请', '想学');
  fireEvent.click(screen.getByText('提交申请'));
  expect(await screen.findByText('拜师申请5到200字')).toBeTruthy();
  expect(valueOf('拜师申请')).toBe('想学');
  expect(calls.filter((call) => call.fn === 'mentoring')).toHaveLength(0);
  expect(requestSubscribe).not.toHaveBeenCalled();
});

it('asks for the subscribe message inside the tap, before the application is sent', async () => {
  const calls = cloud(() => application);
  await preloadSubscribeTemplates();
  let sentBeforeAsking = -1;
  jest.mocked(requestSubscribe).mockImplementation(async (ids) => {
    sentBeforeAsking = calls.filter((call) => call.fn === 'mentoring').length;
    return ids;
  });
  const onDone = jest.fn();
  render(<ApplyForm master={master} onDone={onDone} />);
  typeInto('拜师申请', '想跟王师傅学习复杂零件的编程');
  fireEvent.click(screen.getByText('提交申请'));
  expect(requestSubscribe).toHaveBeenCalledWith(['tmpl-mentoring']);
  expect(sentBeforeAsking).toBe(0);
  await waitFor(() => expect(onDone).toHaveBeenCalled());
  expect(calls.find((call) => call.action === 'applyToMaster')?.input).toEqual({
    masterId: 'u-master',
    statement: '想跟王师傅学习复杂零件的编程',
  });
});

it('shows the server refusal in its words', async () => {
  cloud(() => {
    throw new FakeFailure('CONFLICT', '这位师傅暂不接受拜师申请或名额已满', 'masterId');
  });
  const onDone = jest.fn();
  render(<ApplyForm master={master} onDone={onDone} />);
  typeInto('拜师申请', '想跟王师傅学习复杂零件的编程');
  fireEvent.click(screen.getByText('提交申请'));
  expect(await screen.findByText('这位师傅暂不接受拜师申请或名额已满')).toBeTruthy();
  expect(onDone).not.toHaveBeenCalled();
});
