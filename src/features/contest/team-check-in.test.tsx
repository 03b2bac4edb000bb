/**
 * @jest-environment jsdom
 */
// A team's check-in on the contest page: on the day a confirmed team's member is offered 扫码签到 with the word that
// one scan checks the whole team in; once anyone has scanned, every member reads 全队已签到; before the day, or for a
// team without a place, nothing is offered.
import { render, screen } from '@testing-library/react';
import { componentTestFrame } from '@/cloud/testing/typing';
import { NO_HOLDS } from '@/shared/contracts/content-holds';
import type { ContestView, EntryView } from '@/shared/contracts/contest';
import { MyTeam } from './team-entry';

jest.mock('@/components/navigation/navigation');

componentTestFrame();

const contest = {
  contestId: 'c1',
  title: '示范市班组焊接团体赛',
  phase: 'day',
  schedule: {
    opensAt: '2026-11-01T09:00:00+08:00',
    closesAt: '2026-11-15T18:00:00+08:00',
    cancelBy: '2026-11-15T18:00:00+08:00',
    day: '2026-11-21',
  },
} as ContestView;

const entry: EntryView = {
  entryId: 'tm1',
  contestId: 'c1',
  contestTitle: contest.title,
  contestDay: '2026-11-21',
  state: 'confirmed',
  position: 0,
  answers: {},
  holds: NO_HOLDS,
  reason: null,
  checkedIn: null,
  result: null,
  team: { teamId: 'tm1', name: '焊花突击队', captain: false, members: ['吴振华', '周建国'], nameHold: null },
  createdAt: '2026-11-02T02:00:00.000Z',
  person: null,
};

it('offers the scan on the day, saying one member checks the team in', () => {
  render(<MyTeam entry={entry} contest={contest} onChanged={() => undefined} />);
  expect(screen.getByText('队员任一人扫码签到，即为全队签到。')).toBeTruthy();
  expect(screen.getByText('扫码签到')).toBeTruthy();
});

it('reads 全队已签到 once any member scanned, with nothing more to do', () => {
  render(
    <MyTeam
      entry={{ ...entry, checkedIn: { at: '2026-11-21T00:40:00.000Z', how: 'scan' } }}
      contest={contest}
      onChanged={() => undefined}
    />,
  );
  expect(screen.getByText(/^全队已签到（11月21日 周六 08:40）$/)).toBeTruthy();
  expect(screen.queryByText('扫码签到')).toBeNull();
});

it('offers nothing before the day or to a waiting team', () => {
  const { unmount } = render(
    <MyTeam entry={entry} contest={{ ...contest, phase: 'closed' }} onChanged={() => undefined} />,
  );
  expect(screen.queryByText('扫码签到')).toBeNull();
  unmount();
  render(<MyTeam entry={{ ...entry, state: 'waitlisted' }} contest={contest} onChanged={() => undefined} />);
  expect(screen.queryByText('扫码签到')).toBeNull();
});
