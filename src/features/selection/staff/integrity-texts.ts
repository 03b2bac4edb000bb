// 投票监督 in words: what a brushing flag saw (its evidence as sentences with figures and units, never raw JSON),
// the window it covers as people read times, what a recount found, and the exported vote log's file name.
import type * as z from 'zod';
import { formatDate, formatDateTime } from '@/components/format/format';
import type { selectionContract } from '@/shared/contracts/selection';
import { inBeijing } from '@/shared/time/beijing';

type Actions = typeof selectionContract.actions;
export type Flag = z.infer<Actions['listFlags']['output']>['flags'][number];
export type FlagKind = Flag['kind'];
export type FlagStatus = Flag['status'];
export type RecountResult = z.infer<Actions['recount']['output']>;

export { flagKindLabels, flagStatusLabels } from '@/shared/selection/labels';

/** `11月22日 周日 14:00 至 14:20`, or with both dates when the window crosses midnight. */
export function windowText(start: string, end: string): string {
  const from = inBeijing(start);
  const to = inBeijing(end);
  const sameDay = from.format('YYYY-MM-DD') === to.format('YYYY-MM-DD');
  return `${formatDateTime(start)} 至 ${sameDay ? to.format('HH:mm') : formatDateTime(end)}`;
}

/** Minutes between two instants, rounded: a window reads `20 分钟内`. */
export function windowMinutes(start: string, end: string): number {
  return Math.round((new Date(end).getTime() - new Date(start).getTime()) / 60_000);
}

const numberOf = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** A figure as read aloud: integers plainly, fractions to one decimal place. */
function figure(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** How many times `part` is `whole`, for a sentence (`约 12 倍`); null when there is nothing to compare with. */
function times(part: number, whole: number): string | null {
  if (whole <= 0) return null;
  const ratio = part / whole;
  return ratio >= 10 ? `约 ${Math.round(ratio)} 倍` : `约 ${ratio.toFixed(1)} 倍`;
}

/** The voter codes a cluster flag names (each new account's per-campaign code), if its evidence lists them. */
export function flaggedVoters(flag: Pick<Flag, 'evidence'>): string[] {
  const voters = flag.evidence.voters;
  return Array.isArray(voters) ? voters.filter((voter): voter is string => typeof voter === 'string') : [];
}

/**
 * The evidence of a flag as sentences. The detection (server/selection/detection.ts) records, for a burst, the
 * candidate's votes in the window, its own usual votes per window of the same length over the six hours before,
 * and the campaign's median candidate in the window; for a cluster, how many new accounts cast their single vote
 * for the candidate and the campaign's median candidate by the same measure.
 */
export function evidenceLines(flag: Pick<Flag, 'kind' | 'candidateName' | 'evidence' | 'windowStart' | 'windowEnd'>) {
  const { evidence } = flag;
  const name = flag.candidateName || '该候选人';
  const minutes = windowMinutes(flag.windowStart, flag.windowEnd);
  const lines: string[] = [];
  if (flag.kind === 'burst') {
    const votes = numberOf(evidence.windowVotes);
    const own = numberOf(evidence.ownRatePerWindow);
    const median = numberOf(evidence.campaignMedianPerWindow);
    if (votes !== null) lines.push(`${minutes} 分钟内${name}得到 ${votes} 票。`);
    if (own !== null) {
      const ratio = votes !== null ? times(votes, own) : null;
      lines.push(
        own === 0
          ? `此前 6 小时里，${name}一票也没有得到。`
          : `此前 6 小时里，${name}平均每 ${minutes} 分钟得 ${figure(own)} 票${ratio ? `，这次是平时的${ratio}` : ''}。`,
      );
    }
    if (median !== null) {
      const ratio = votes !== null ? times(votes, median) : null;
      lines.push(
        `同一时段本次评选各候选人得票的中位数是 ${figure(median)} 票${ratio ? `，${name}是它的${ratio}` : ''}。`,
      );
    }
  } else {
    const voters = numberOf(evidence.newVoters) ?? (flaggedVoters(flag).length || null);
    const median = numberOf(evidence.campaignMedianNewVoters);
    if (voters !== null) {
      lines.push(`${minutes} 分钟内有 ${voters} 个账号第一次参与本次评选，每个账号只投了 1 票，全部投给${name}。`);
    }
    if (median !== null) {
      const ratio = voters !== null ? times(voters, median) : null;
      lines.push(
        `同一时段其他候选人获得的这类新账号投票，中位数是 ${figure(median)} 个${ratio ? `，${name}是它的${ratio}` : ''}。`,
      );
    }
  }
  if (lines.length === 0) lines.push('这条预警没有附带统计数字。');
  return lines;
}

/** What 作废这些票 will uncount, for the confirmation. */
export function zeroingScope(flag: Pick<Flag, 'kind' | 'candidateName' | 'windowStart' | 'windowEnd' | 'evidence'>) {
  const window = windowText(flag.windowStart, flag.windowEnd);
  if (flag.kind === 'new-account-cluster') {
    const count = numberOf(flag.evidence.newVoters) ?? flaggedVoters(flag).length;
    return `将作废这 ${count} 个新账号在 ${window} 投给${flag.candidateName}的票。`;
  }
  return `将作废 ${window} 期间投给${flag.candidateName}的全部有效票。`;
}

export interface RecountMessage {
  consistent: boolean;
  headline: string;
  /** One line per figure whose stored value differs from the recount. */
  lines: string[];
  /** What the organisers can do about it. */
  advice: string[];
}

export function recountMessage(result: RecountResult): RecountMessage {
  if (result.differences.length === 0) {
    return {
      consistent: true,
      headline: `全部一致：${result.candidates}位候选人，${result.countedVotes}票有效`,
      lines: [],
      advice: [],
    };
  }
  const figures = new Set(result.differences.map((row) => row.figure));
  const advice: string[] = [];
  if (figures.has('voterDay') || figures.has('voterDayCandidate')) {
    advice.push('有投票账号的有效票超出当日配额：请核实后作废该账号的票（作废投票账号）。');
  }
  if ([...figures].some((figure) => figure !== 'voterDay' && figure !== 'voterDayCandidate')) {
    advice.push('记录的票数、评分或结果与原始记录不符：核实原因后，可按投票记录重算（须填写理由，记入操作日志）。');
  }
  return {
    consistent: false,
    headline: `有 ${result.differences.length} 项记录与重新计算的不一致，结果产生前须先处理`,
    lines: result.differences.map((row) => `${row.label}：记录 ${row.stored} / 重新计算 ${row.recounted}`),
    advice,
  };
}

/** `2026年度示范市工匠-投票记录-2026-11-22.json` (the Beijing date of the export); no characters a file system refuses. */
export function exportFileName(title: string, at: Date): string {
  const safe = title.replace(/[\\/:*?"<>|\s]+/g, '_');
  return `${safe}-投票记录-${inBeijing(at).format('YYYY-MM-DD')}.json`;
}

/** The day of an export in words, for the page: `2026年11月22日 14:05`. */
export function exportedAtText(at: Date): string {
  return `${formatDate(at)} ${inBeijing(at).format('HH:mm')}`;
}

/** A voter code as typed: spaces dropped, lower case; null unless it is the 32 hexadecimal characters of a code. */
export function voterCode(typed: string): string | null {
  const code = typed.replace(/\s+/g, '').toLowerCase();
  return /^[0-9a-f]{32}$/.test(code) ? code : null;
}
