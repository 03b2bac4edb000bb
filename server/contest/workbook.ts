// A contest's Excel files: its registrations (masked phones, the organiser's fields as columns, state, waitlist order,
// check-in) and its results (ranking by the published weighting). Beijing times, Chinese headers (server/exports/).
import { answerText } from '../../src/shared/contest/custom-fields';
import { entryStateLabels, type ResultsView } from '../../src/shared/contracts/contest';
import { beijingText, type Sheet, type SheetColumn } from '../exports/workbook';
import type { ContestEntryRecord, ContestRecord } from './records';

export function registrationSheet(
  contest: ContestRecord,
  entries: ContestEntryRecord[],
  note: string,
): Sheet<ContestEntryRecord> {
  const columns: Array<SheetColumn<ContestEntryRecord>> = [
    { header: '报名顺序', value: (entry) => entry.ticket },
    { header: '姓名', value: (entry) => entry.name },
    { header: '单位', value: (entry) => entry.orgName ?? '' },
    { header: '手机号', value: (entry) => entry.phoneMasked ?? '' },
    { header: '状态', value: (entry) => entryStateLabels[entry.state] },
    ...contest.fields.map((field) => ({
      header: field.label,
      value: (entry: ContestEntryRecord) => answerText(field, entry.answers[field.key]),
    })),
    { header: '报名时间', value: (entry) => beijingText(entry.createdAt) },
    {
      header: '签到',
      value: (entry) =>
        entry.checkedIn
          ? `${beijingText(entry.checkedIn.at)}${entry.checkedIn.how === 'manual' ? '（人工）' : ''}`
          : '',
    },
    { header: '备注', value: (entry) => entry.reason ?? '' },
  ];
  return { name: '报名名单', columns, rows: [...entries].sort((a, b) => a.ticket - b.ticket), note };
}

type ResultLine = ResultsView['rows'][number];

/** The ranking; in a team contest a line is a team, with its members where a person's unit would be. */
export function resultSheet(results: ResultsView, note: string, teams = false): Sheet<ResultLine> {
  return {
    name: '比赛成绩',
    columns: [
      { header: '名次', value: (row) => row.result.rank ?? (row.absent ? '缺考' : '') },
      { header: teams ? '队名' : '姓名', value: (row) => row.name },
      { header: teams ? '队员' : '单位', value: (row) => row.orgName ?? '' },
      { header: '理论', value: (row) => row.result.theory },
      { header: '实操', value: (row) => row.result.practical },
      { header: '总分', value: (row) => row.result.total },
      { header: '获奖', value: (row) => (row.result.awarded ? '是' : '') },
    ],
    rows: results.rows,
    note: `${note} · ${results.rule}`,
  };
}
