/**
 * @jest-environment jsdom
 */
// A session's page: a full session offers 报名候补 and then reads the waitlist position; on the day of an online
// lecture a confirmed attendee types the stream's code (a malformed one is named before anything is sent, a wrong
// one in the server's words with the tries left); before check-in opens the page says when; the master gets their
// tools and the roster, with 代为签到 only for a confirmed place not yet checked in.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { resetSubscribeTemplates } from '@/cloud/subscribe';
import { FakeFailure, installFakeCloud, type SentCall } from '@/cloud/testing/fake-cloud';
import { componentTestFrame, typeInto } from '@/cloud/testing/typing';
import type { MySignup, SessionView } from '@/shared/contracts/mentoring';
import { SessionDetail } from './session-detail';

jest.mock('@/components/navigation/navigation');
jest.mock('@/platform/subscribe-message', () => ({ requestSubscribe: jest.fn(async (ids: string[]) => ids) }));

// The clock stands at 2026-11-23 10:00 Beijing.
componentTestFrame();

const session = (change: Partial<SessionView> = {}): SessionView => ({
  sessionId: 's1',
  masterId: 'u-master',
  masterName: '李卫国',
  kind: 'lecture',
  lectureKind: 'workshop',
  title: '劳模进车间',
  startsAt: '2026-11-23T09:45:00+08:00',
  endsAt: '2026-11-23T11:45:00+08:00',
  place: '二号车间',
  link: null,
  capacity: 2,
  taken: 0,
  waiting: 0,
  audience: { kind: 'everyone', org: null },
  state: 'open',
  cancelReason: null,
  checkedIn: 0,
  heldTexts: [],
  ...change,
});

const confirmed: MySignup = { state: 'confirmed', position: 0, checkedIn: null };

function cloud(handlers: Record<string, (input: Record<string, unknown>) => unknown>): SentCall[] {
  return installFakeCloud({
    account: {
      subscribeTemplates: () => ({ templates: [] }),
      acceptSubscriptions: () => ({ recorded: [] }),
    },
    mentoring: handlers,
  });
}

beforeEach(resetSubscribeTemplates);

it('offers 报名候补 on a full session and then reads the waitlist position', async () => {
  const full = session({ startsAt: '2026-11-24T14:00:00+08:00', endsAt: '2026-11-24T16:00:00+08:00', taken: 2 });
  let mine: MySignup | null = null;
  const calls = cloud({
    session: () => ({ session: full, mine, roster: null }),
    signUpSession: () => {
      mine = { state: 'waitlisted', position: 2, checkedIn: null };
      return { session: full, mine };
    },
  });
  render(<SessionDetail sessionId="s1" />);
  expect(await screen.findByText('名额已满，现在报名将进入候补，有人取消时按顺序递补。')).toBeTruthy();
  fireEvent.click(screen.getByText('报名候补'));
  expect(await screen.findByText('名额已满，你在候补第2位。有人取消时按顺序递补，递补后会通知你。')).toBeTruthy();
  expect(calls.find((call) => call.action === 'signUpSession')?.input).toEqual({ sessionId: 's1' });
  expect(screen.getByText('取消报名')).toBeTruthy();
});

it('takes the stream code of an online lecture: a malformed one is named unsent, a wrong one in the server’s words', async () => {
  const online = session({ lectureKind: 'online', place: null, link: 'https://live.example.cn/a' });
  const calls = cloud({
    session: () => ({ session: online, mine: confirmed, roster: null }),
    checkInSessionByCode: () => {
      throw new FakeFailure('INVALID_INPUT', '签到码不对，请核对后重新输入（还可输入9次）', 'code');
    },
  });
  render(<SessionDetail sessionId="s1" />);
  await screen.findByText('线上（网络直播）');
  expect(screen.queryByText('扫码签到')).toBeNull();
  typeInto('签到码', '12');
  fireEvent.click(screen.getByText('签到'));
  expect(await screen.findByText('请输入6位签到码')).toBeTruthy();
  expect(calls.filter((call) => call.action === 'checkInSessionByCode')).toHaveLength(0);
  typeInto('签到码', '123456');
  fireEvent.click(screen.getByText('签到'));
  expect(await screen.findByText('签到码不对，请核对后重新输入（还可输入9次）')).toBeTruthy();
  expect(calls.find((call) => call.action === 'checkInSessionByCode')?.input).toEqual({
    sessionId: 's1',
    code: '123456',
  });
});

it('says when check-in opens before the half hour before the start, and offers no scan', async () => {
  const later = session({ startsAt: '2026-11-23T11:00:00+08:00', endsAt: '2026-11-23T12:00:00+08:00' });
  cloud({ session: () => ({ session: later, mine: confirmed, roster: null }) });
  render(<SessionDetail sessionId="s1" />);
  expect(await screen.findByText('签到在活动开始前半小时开放。')).toBeTruthy();
  expect(screen.queryByText('扫码签到')).toBeNull();
});

it('gives the master the code screen and the roster, with 代为签到 only for a place not yet checked in', async () => {
  const roster = [
    {
      personId: 'a',
      name: '尤建军',
      state: 'confirmed',
      ticket: 1,
      checkedIn: { at: '2026-11-23T01:50:00Z', how: 'scan' },
    },
    { personId: 'b', name: '蒋丽萍', state: 'confirmed', ticket: 2, checkedIn: null },
    { personId: 'c', name: '韩美玲', state: 'waitlisted', ticket: 3, checkedIn: null },
  ];
  cloud({ session: () => ({ session: session({ taken: 2, waiting: 1, checkedIn: 1 }), mine: null, roster }) });
  render(<SessionDetail sessionId="s1" />);
  expect(await screen.findByText('打开签到码')).toBeTruthy();
  expect(screen.getByText('已签到 11月23日 周一 09:50（扫码签到）')).toBeTruthy();
  expect(screen.getByText('候补第1位')).toBeTruthy();
  expect(screen.getByText('代蒋丽萍签到')).toBeTruthy();
  expect(screen.queryByText('代尤建军签到')).toBeNull();
  expect(screen.queryByText('代韩美玲签到')).toBeNull();
  // Started: no more changes, but it may still be cancelled.
  expect(screen.queryByText('修改活动')).toBeNull();
  await waitFor(() => expect(screen.getByText('取消活动')).toBeTruthy());
});
