import { contestFormErrors, contestOf, defaultContestForm, frozenParts, levelOfKind } from './contest-form';
import { freshKey, moved, wordsOf } from './lists';

const now = new Date('2026-12-01T10:00:00+08:00');
const filled = {
  ...defaultContestForm(now),
  orgId: 'org-city',
  level: levelOfKind('city'),
  title: '示范市焊工技能竞赛',
  trade: 'welder' as const,
  venue: '实训基地',
};

test('the default contest, once named and placed, is one the function takes', () => {
  expect(contestFormErrors(filled)).toEqual({});
});

test('picked Beijing days and times become instants at +08:00; an individual contest has teams of one', () => {
  const contest = contestOf({ ...filled, kind: 'individual', teamMin: '3', teamMax: '4' });
  expect(contest.schedule.opensAt).toBe('2026-12-02T09:00:00+08:00');
  expect(contest.schedule.day).toBe('2026-12-16');
  expect(contest.entry).toEqual({ kind: 'individual', teamMin: 1, teamMax: 1 });
});

test('names each wrong field by the path the function names', () => {
  const errors = contestFormErrors({
    ...defaultContestForm(now),
    closesAt: { day: '2026-12-01', time: '08:00' },
    capacity: '',
    theory: '40',
  });
  expect(errors.orgId).toBe('请选择主办单位');
  expect(errors['contest.title']).toBe('请填写比赛名称（4到40个字）');
  expect(errors['contest.trade']).toBe('请选择工种');
  expect(errors['contest.schedule.closesAt']).toBe('报名截止须晚于报名开始');
  expect(errors['contest.capacity']).toBe('请填写名额');
  expect(errors['contest.weighting.practical']).toBe('理论与实操权重之和须为100');
});

test('nothing is frozen before registration opens', () => {
  expect(frozenParts(null, now)).toEqual([]);
});

test('list edits: words without repeats, a fresh key, moving within bounds', () => {
  expect(wordsOf('焊工、 钳工,焊工', ['电工'])).toEqual(['电工', '焊工', '钳工']);
  const field = { label: 'x', type: 'text' as const, required: false, options: [] };
  expect(
    freshKey([
      { ...field, key: 'f1' },
      { ...field, key: 'f3' },
    ]),
  ).toBe('f2');
  expect(moved(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
  expect(moved(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
});

test('an instant shown from the stored contest goes back unchanged until its day or minute is changed', () => {
  const stored = '2026-12-01T01:59:41.318Z'; // 09:59:41 in Beijing: the picker shows 09:59
  const kept = contestOf({ ...filled, opensAt: { day: '2026-12-01', time: '09:59', stored } });
  expect(kept.schedule.opensAt).toBe(stored);
  const moved = contestOf({ ...filled, opensAt: { day: '2026-12-01', time: '10:30', stored } });
  expect(moved.schedule.opensAt).toBe('2026-12-01T10:30:00+08:00');
});
