// The score sheet as a form: what staff typed per contestant (text, kept as typed), the lines a save sends (only
// those that differ from what is stored), their problems named by line and field from the save action's own
// schema (the zod path `lines.2.practical` reads `第3行 冯晓丽 实操：…`), and the totals and places as they
// would stand with what is typed, by the shared weighting and ranking rules.
import { resultActions, type ResultRow, type ResultsView } from '@/shared/contracts/contest';
import { pointsSchema, rankContest, totalOf, type Weighting } from '@/shared/contest/scores';
import { fieldErrors, type FieldErrors } from '@/shared/validation/field-errors';

export type Side = 'theory' | 'practical';
export const SIDES: readonly Side[] = ['theory', 'practical'];
export const SIDE_LABELS: Record<Side, string> = { theory: '理论', practical: '实操' };

export type DraftLine = Record<Side, string>;
/** What is typed, by entry id (only contestants who checked in have a line). */
export type ScoreDraft = Readonly<Record<string, DraftLine>>;

export interface ScoreLine {
  entryId: string;
  theory: number | null;
  practical: number | null;
}

/** Whether a contestant's scores may be entered: checked in, not 缺考. */
export const scorable = (row: ResultRow) => row.checkedIn && !row.absent;

export const pointsText = (points: number | null) => (points === null ? '' : String(points));

/** Typed text as the number a save sends: empty is no score yet (null); anything but a decimal number is NaN. */
export function pointsOf(text: string): number | null {
  const value = text.trim();
  if (value === '') return null;
  return /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
}

export function draftOf(view: ResultsView): ScoreDraft {
  return Object.fromEntries(
    view.rows
      .filter(scorable)
      .map((row) => [
        row.entryId,
        { theory: pointsText(row.result.theory), practical: pointsText(row.result.practical) },
      ]),
  );
}

const same = (typed: number | null, stored: number | null) => typed === stored;

/** The lines whose typed scores differ from the stored ones, in the sheet's order. */
export function changedLines(view: ResultsView, draft: ScoreDraft): ScoreLine[] {
  const lines: ScoreLine[] = [];
  for (const row of view.rows) {
    const typed = draft[row.entryId];
    if (!typed || !scorable(row)) continue;
    const line = { entryId: row.entryId, theory: pointsOf(typed.theory), practical: pointsOf(typed.practical) };
    if (!same(line.theory, row.result.theory) || !same(line.practical, row.result.practical)) lines.push(line);
  }
  return lines;
}

/** Problems by entry id and field, and each in a sentence that names the sheet's line. */
export interface SheetErrors {
  byEntry: Record<string, Partial<Record<Side | 'entryId', string>>>;
  sentences: string[];
}

const FIELD_WORDS: Record<string, string> = { ...SIDE_LABELS, entryId: '选手' };

/** Errors keyed by the save's paths (`lines.<i>.<field>`, or `lines` / `contestId`) placed on the sheet's lines. */
export function placeErrors(view: ResultsView, lines: readonly ScoreLine[], errors: FieldErrors): SheetErrors {
  const placed: SheetErrors = { byEntry: {}, sentences: [] };
  for (const [path, message] of Object.entries(errors)) {
    const match = /^lines\.(\d+)\.(theory|practical|entryId)$/.exec(path);
    const line = match ? lines[Number(match[1])] : undefined;
    const index = line ? view.rows.findIndex((row) => row.entryId === line.entryId) : -1;
    if (!match || !line || index < 0) {
      placed.sentences.push(message);
      continue;
    }
    const field = match[2] as Side | 'entryId';
    placed.byEntry[line.entryId] = { ...placed.byEntry[line.entryId], [field]: message };
    placed.sentences.push(`第${index + 1}行 ${view.rows[index]!.name} ${FIELD_WORDS[field]}：${message}`);
  }
  return placed;
}

/** What the save action's schema finds wrong with the lines, placed on the sheet (none: ready to send). */
export function checkLines(view: ResultsView, lines: readonly ScoreLine[]): SheetErrors {
  return placeErrors(view, lines, fieldErrors(resultActions.saveScores.input, { contestId: view.contestId, lines }));
}

export interface Standing {
  total: number | null;
  rank: number | null;
  awarded: boolean;
}

/**
 * Totals and places as they would stand with what is typed (a line that is not yet two valid scores counts as
 * unscored), by the contest's weighting and the shared ranking: ties share a place, ties at the cutoff all win.
 */
export function standings(view: ResultsView, draft: ScoreDraft, weighting: Weighting): Map<string, Standing> {
  const valid = (points: number | null): points is number => pointsSchema.safeParse(points).success;
  const rows = view.rows.map((row) => {
    const typed = draft[row.entryId];
    if (!typed || !scorable(row)) return { id: row.entryId, name: row.name, total: null };
    const theory = pointsOf(typed.theory);
    const practical = pointsOf(typed.practical);
    const total = valid(theory) && valid(practical) ? totalOf(theory, practical, weighting) : null;
    return { id: row.entryId, name: row.name, total };
  });
  return new Map(
    rankContest(rows, view.awards).map(({ row, rank, awarded }) => [row.id, { total: row.total, rank, awarded }]),
  );
}

/** `第1名 · 获奖`, or why a contestant has no place. */
export function placeText(row: ResultRow, standing: Standing | undefined): string {
  if (row.absent) return '缺考';
  if (!row.checkedIn) return '未签到';
  if (!standing || standing.rank === null) return '待录入';
  return `第${standing.rank}名${standing.awarded ? ' · 获奖' : ''}`;
}
