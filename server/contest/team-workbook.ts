// A team contest's registrations file: one row per team (a team counts once), with its captain (masked phone only),
// its members, the organiser's fields as columns, state, waitlist order and check-in (who scanned, or 人工).
import { answerText } from '../../src/shared/contest/custom-fields';
import { entryStateLabels } from '../../src/shared/contracts/contest';
import { beijingText, type Sheet, type SheetColumn } from '../exports/workbook';
import type { ContestRecord } from './records';
import type { TeamRecord } from './teams';

const captainOf = (team: TeamRecord) => team.members.find((member) => member.person === team.captain);

function checkInText(team: TeamRecord): string {
  if (!team.checkedIn) return '';
  const at = beijingText(team.checkedIn.at);
  if (team.checkedIn.how === 'manual') return `${at}（人工）`;
  const by = team.members.find((member) => member.person === team.checkedIn?.by);
  return by ? `${at}（${by.name}扫码）` : at;
}

export function teamRegistrationSheet(contest: ContestRecord, teams: TeamRecord[], note: string): Sheet<TeamRecord> {
  const columns: Array<SheetColumn<TeamRecord>> = [
    // A team still forming has no place in the order yet.
    { header: '报名顺序', value: (team) => (team.ticket > 0 ? team.ticket : '') },
    { header: '队名', value: (team) => team.name },
    { header: '队长', value: (team) => captainOf(team)?.name ?? '' },
    { header: '队长单位', value: (team) => captainOf(team)?.orgName ?? '' },
    { header: '队长手机号', value: (team) => captainOf(team)?.phoneMasked ?? '' },
    { header: '人数', value: (team) => team.count },
    {
      header: '队员',
      value: (team) => team.members.map((member) => `${member.name}（${member.orgName ?? '—'}）`).join('、'),
    },
    { header: '状态', value: (team) => entryStateLabels[team.state] },
    ...contest.fields.map((field) => ({
      header: field.label,
      value: (team: TeamRecord) => answerText(field, team.answers[field.key]),
    })),
    { header: '报名时间', value: (team) => beijingText(team.createdAt) },
    { header: '签到', value: checkInText },
    { header: '备注', value: (team) => team.reason ?? '' },
  ];
  const order = (team: TeamRecord) => (team.ticket > 0 ? team.ticket : Number.MAX_SAFE_INTEGER);
  return { name: '报名名单', columns, rows: [...teams].sort((a, b) => order(a) - order(b)), note };
}
