// The model-worker record as an Excel file for staff (through server/exports/): one sheet of the years' figures, one
// of the honours. Times are Beijing time text (workbook.ts).
import { graduationGradeLabels, graduationGrades, studioCategoryLabels } from '../../src/shared/mentoring/vocabulary';
import { honourLevelLabels } from '../../src/shared/people/vocabulary';
import { tradeLabels } from '../../src/shared/people/trades';
import { beijingText, type Sheet } from '../exports/workbook';
import type { MasterRecordView } from './master-record';

type YearRow = MasterRecordView['years'][number];
type HonourRow = MasterRecordView['honours'][number];

const orBlank = (value: number | null) => (value === null ? '' : value);

export function masterRecordSheets(record: MasterRecordView, now: Date): [Sheet<YearRow>, Sheet<HonourRow>] {
  const studio = record.studio
    ? `${record.studio.name}（${studioCategoryLabels[record.studio.category]}${record.studio.stars ? `，${record.studio.stars}星` : ''}）`
    : '无';
  const note = `${record.name} · 创新工作室：${studio} · ${record.lectureTeam ? '宣讲团成员' : '非宣讲团成员'} · 导出于${beijingText(now)}（北京时间）`;
  return [
    {
      name: '年度记录',
      note,
      rows: record.years,
      columns: [
        { header: '年份', value: (row) => row.year },
        { header: '带徒活动与宣讲（有人签到）', value: (row) => row.sessionsGiven },
        { header: '宣讲场次（已举办）', value: (row) => row.lecturesHeld },
        { header: '服务人数（去重）', value: (row) => row.peopleReached },
        { header: '在带徒弟', value: (row) => orBlank(row.apprentices.active) },
        { header: '出师徒弟', value: (row) => orBlank(row.apprentices.trained) },
        {
          header: '出师考核等级',
          value: (row) =>
            graduationGrades
              .filter((grade) => row.apprentices.grades?.[grade])
              .map((grade) => `${graduationGradeLabels[grade]} ${row.apprentices.grades?.[grade]}`)
              .join('，'),
        },
      ],
    },
    {
      name: '荣誉',
      note,
      rows: record.honours,
      columns: [
        { header: '荣誉', value: (row) => row.title },
        { header: '级别', value: (row) => honourLevelLabels[row.level] },
        { header: '年份', value: (row) => row.year },
        { header: '工种', value: (row) => (row.trade ? tradeLabels[row.trade] : '') },
      ],
    },
  ];
}
