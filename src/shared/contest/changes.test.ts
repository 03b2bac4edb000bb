import { changedParts, refuseAfterOpening } from './changes';
import type { ContestFields } from '../contracts/contest/common';

const base: ContestFields = {
  title: '示范市数控车工职业技能竞赛',
  level: 'city',
  trade: 'cnc_lathe_operator',
  description: '',
  venue: '实训基地',
  poster: null,
  schedule: {
    opensAt: '2026-12-01T01:00:00.000Z',
    closesAt: '2026-12-10T10:00:00.000Z',
    cancelBy: '2026-12-10T10:00:00.000Z',
    day: '2026-12-20',
  },
  entry: { kind: 'individual', teamMin: 1, teamMax: 1 },
  capacity: 50,
  review: false,
  weighting: { theory: 30, practical: 70 },
  awards: 3,
  eligibility: { age: null, trades: [], orgIds: [], frontlineOnly: false, excludedHonours: [] },
  fields: [],
};

describe('changes after registration opened', () => {
  it('refuses each frozen part, naming it', () => {
    expect(refuseAfterOpening(base, { ...base, review: true })).toEqual({
      field: 'contest.review',
      message: '报名开始后不能修改是否审核',
    });
    expect(refuseAfterOpening(base, { ...base, awards: 5 })?.field).toBe('contest.awards');
    expect(refuseAfterOpening(base, { ...base, entry: { kind: 'team', teamMin: 2, teamMax: 3 } })?.field).toBe(
      'contest.entry',
    );
    expect(
      refuseAfterOpening(base, { ...base, eligibility: { ...base.eligibility, frontlineOnly: true } })?.field,
    ).toBe('contest.eligibility');
  });

  it('lets capacity grow but not shrink, and keeps the opening time', () => {
    expect(refuseAfterOpening(base, { ...base, capacity: 60 })).toBeNull();
    expect(refuseAfterOpening(base, { ...base, capacity: 49 })?.field).toBe('contest.capacity');
    expect(
      refuseAfterOpening(base, { ...base, schedule: { ...base.schedule, opensAt: '2026-12-02T01:00:00.000Z' } })
        ?.field,
    ).toBe('contest.schedule.opensAt');
  });

  it('lets the rest change (with a reason) and names what changed for the audit log', () => {
    const next = { ...base, venue: '新场地', schedule: { ...base.schedule, day: '2026-12-21' } };
    expect(refuseAfterOpening(base, next)).toBeNull();
    expect(changedParts(base, next)).toEqual(['venue', 'schedule']);
  });
});
