import type { ResultRow, ResultsView } from '@/shared/contracts/contest';
import {
  changedLines,
  checkLines,
  draftOf,
  placeErrors,
  placeText,
  pointsOf,
  standings,
  type ScoreDraft,
} from './score-sheet-form';

const weighting = { theory: 30, practical: 70 };

function row(entryId: string, name: string, change: Partial<ResultRow> = {}, scores: [number, number] | null = null) {
  return {
    entryId,
    name,
    orgName: '精工机械',
    checkedIn: true,
    absent: false,
    result: {
      theory: scores?.[0] ?? null,
      practical: scores?.[1] ?? null,
      total: null,
      rank: null,
      awarded: false,
    },
    ...change,
  } satisfies ResultRow;
}

const view: ResultsView = {
  contestId: 'c1',
  title: '钳工技能比武',
  rule: '总分 = 理论 × 30% + 实操 × 70%，四舍五入保留一位小数',
  awards: 2,
  published: false,
  publishedAt: null,
  rows: [
    row('e1', '陈晓东', {}, [86, 91.5]),
    row('e2', '周立新'),
    row('e3', '冯晓丽'),
    row('e4', '郑国强', { checkedIn: false, absent: true }),
  ],
};

test('typed text becomes the number sent: empty is no score, anything but a decimal number is refused', () => {
  expect(pointsOf(' 86.5 ')).toBe(86.5);
  expect(pointsOf('')).toBeNull();
  expect(pointsOf('八十')).toBeNaN();
  expect(pointsOf('-3')).toBeNaN();
  expect(pointsOf('1e2')).toBeNaN();
});

test('only contestants who checked in get a line, holding their stored scores as text', () => {
  expect(draftOf(view)).toEqual({
    e1: { theory: '86', practical: '91.5' },
    e2: { theory: '', practical: '' },
    e3: { theory: '', practical: '' },
  });
});

test('a save sends only the lines that differ from what is stored, in the sheet order', () => {
  const draft: ScoreDraft = {
    ...draftOf(view),
    e3: { theory: '70', practical: '' },
    e1: { theory: '86', practical: '91.5' },
  };
  expect(changedLines(view, draft)).toEqual([{ entryId: 'e3', theory: 70, practical: null }]);
  expect(changedLines(view, draftOf(view))).toEqual([]);
});

test('problems name the sheet line, the contestant and the field, in the schema’s words', () => {
  const draft: ScoreDraft = {
    ...draftOf(view),
    e2: { theory: '120', practical: '80' },
    e3: { theory: '90.55', practical: '' },
  };
  const lines = changedLines(view, draft);
  const errors = checkLines(view, lines);
  expect(errors.sentences).toEqual([
    '第2行 周立新 理论：分数在0到100之间',
    '第3行 冯晓丽 理论：分数最多保留一位小数',
  ]);
  expect(errors.byEntry).toEqual({ e2: { theory: '分数在0到100之间' }, e3: { theory: '分数最多保留一位小数' } });
  expect(checkLines(view, changedLines(view, { ...draftOf(view), e2: { theory: '80', practical: '79.5' } }))).toEqual(
    {
      byEntry: {},
      sentences: [],
    },
  );
});

test('nothing changed is the save action’s own refusal; a function’s refusal by path lands on its line', () => {
  expect(checkLines(view, []).sentences).toEqual(['请至少填写一位选手的成绩']);
  const lines = [{ entryId: 'e3', theory: 70, practical: 80 }];
  expect(placeErrors(view, lines, { 'lines.0.entryId': '冯晓丽未签到，不能录入成绩' })).toEqual({
    byEntry: { e3: { entryId: '冯晓丽未签到，不能录入成绩' } },
    sentences: ['第3行 冯晓丽 选手：冯晓丽未签到，不能录入成绩'],
  });
});

test('totals and places stand as typed: equal totals share a place, and ties at the cutoff are all awarded', () => {
  const draft: ScoreDraft = {
    ...draftOf(view),
    e2: { theory: '86', practical: '91.5' },
    e3: { theory: '100', practical: '100' },
  };
  const shown = standings(view, draft, weighting);
  expect(shown.get('e3')).toEqual({ total: 100, rank: 1, awarded: true });
  expect(shown.get('e1')).toEqual({ total: 89.9, rank: 2, awarded: true });
  expect(shown.get('e2')).toEqual({ total: 89.9, rank: 2, awarded: true });
  expect(shown.get('e4')).toEqual({ total: null, rank: null, awarded: false });
  // A line not yet two valid scores has no total and no place.
  const partial = standings(view, { ...draft, e3: { theory: '120', practical: '100' } }, weighting);
  expect(partial.get('e3')).toEqual({ total: null, rank: null, awarded: false });
  expect(partial.get('e1')).toEqual({ total: 89.9, rank: 1, awarded: true });
});

test('a place reads as a place, or says why there is none', () => {
  expect(placeText(view.rows[0]!, { total: 89.9, rank: 1, awarded: true })).toBe('第1名 · 获奖');
  expect(placeText(view.rows[1]!, { total: 80, rank: 3, awarded: false })).toBe('第3名');
  expect(placeText(view.rows[2]!, { total: null, rank: null, awarded: false })).toBe('待录入');
  expect(placeText(view.rows[3]!, undefined)).toBe('缺考');
  expect(placeText({ ...view.rows[2]!, checkedIn: false }, undefined)).toBe('未签到');
});
