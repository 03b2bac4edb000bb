// The record's Excel sheet names grades as people read them, in the order of the scale, and leaves a year without
// 出师考核 blank.
import { masterRecordSheets } from './record-workbook';
import type { MasterRecordView } from './master-record';

const year = (grades: Record<string, number>, trained: number): MasterRecordView['years'][number] => ({
  year: 2026,
  sessionsGiven: 0,
  lecturesHeld: 0,
  peopleReached: 0,
  apprentices: { active: null, trained, grades },
});

it('lists grades by label in the scale’s order', () => {
  const record: MasterRecordView = {
    masterId: 'm',
    name: '赵大海',
    honours: [],
    studio: null,
    lectureTeam: false,
    years: [year({ fail: 2, excellent: 1 }, 3), year({}, 0)],
  };
  const [years] = masterRecordSheets(record, new Date('2026-06-01T00:00:00Z'));
  const gradeColumn = years.columns.find((column) => column.header === '出师考核等级')!;
  expect(years.rows.map((row) => gradeColumn.value(row))).toEqual(['优秀 1，不合格 2', '']);
});
