// The contest form as typed, for 新建比赛 and 修改比赛: its defaults (registration from tomorrow 09:00 for a week,
// the contest a week later), a contest's current settings, the input createContest or updateContest takes, and what
// is wrong with each field — from the contract's own schema, keyed by the path the function names (`contest.…`).
import { contestContract, type ContestFields, type ContestLevel, type ContestView } from '@/shared/contracts/contest';
import type { CustomField } from '@/shared/contest/custom-fields';
import { NO_ELIGIBILITY_RULES, type Eligibility } from '@/shared/contest/eligibility';
import { frozenAfterOpening, frozenLabels, type FrozenPart } from '@/shared/contest/changes';
import { registrationHasOpened } from '@/shared/contest/schedule';
import type { TradeCode } from '@/shared/people/trades';
import type { OrgKind } from '@/shared/people/vocabulary';
import { addDays, beijingDay, inBeijing } from '@/shared/time/beijing';
import { fieldErrors, type FieldErrors } from '@/shared/validation/field-errors';

/** An instant as picked: a Beijing day and a wall-clock time. */
export interface PickedInstant {
  day: string;
  time: string;
  /**
   * The stored instant it was shown from, sent back as it is while the day and minute are left alone: the picker
   * has no seconds, and an opened contest's start may not move by even one.
   */
  stored?: string;
}

export interface ContestFormValues {
  orgId: string | null;
  level: ContestLevel | null;
  title: string;
  /** Picked from the shared list; null until picked. */
  trade: TradeCode | null;
  description: string;
  venue: string;
  poster: string | null;
  opensAt: PickedInstant;
  closesAt: PickedInstant;
  cancelBy: PickedInstant;
  day: string;
  kind: 'individual' | 'team';
  teamMin: string;
  teamMax: string;
  capacity: string;
  review: boolean;
  theory: string;
  practical: string;
  awards: string;
  eligibility: Eligibility;
  fields: CustomField[];
}

/** The level a union of `kind` runs (the function refuses any other). */
export const levelOfKind = (kind: OrgKind): ContestLevel =>
  kind === 'city' ? 'city' : kind === 'enterprise' ? 'enterprise' : 'district';

const picked = (instant: string): PickedInstant => {
  const t = inBeijing(instant);
  return { day: t.format('YYYY-MM-DD'), time: t.format('HH:mm'), stored: instant };
};
function instantOf({ day, time, stored }: PickedInstant): string {
  if (stored) {
    const shown = picked(stored);
    if (shown.day === day && shown.time === time) return stored;
  }
  return day && time ? `${day}T${time}:00+08:00` : '';
}
const numberOf = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text.trim()));

export function defaultContestForm(now: Date): ContestFormValues {
  const today = beijingDay(now);
  return {
    orgId: null,
    level: null,
    title: '',
    trade: null,
    description: '',
    venue: '',
    poster: null,
    opensAt: { day: addDays(today, 1), time: '09:00' },
    closesAt: { day: addDays(today, 8), time: '18:00' },
    cancelBy: { day: addDays(today, 8), time: '18:00' },
    day: addDays(today, 15),
    kind: 'individual',
    teamMin: '1',
    teamMax: '1',
    capacity: '30',
    review: false,
    theory: '30',
    practical: '70',
    awards: '3',
    eligibility: NO_ELIGIBILITY_RULES,
    fields: [],
  };
}

export function formOfContest(contest: ContestView): ContestFormValues {
  return {
    orgId: contest.organiser.orgId,
    level: contest.level,
    title: contest.title,
    trade: contest.trade,
    description: contest.description,
    venue: contest.venue,
    poster: contest.poster,
    opensAt: picked(contest.schedule.opensAt),
    closesAt: picked(contest.schedule.closesAt),
    cancelBy: picked(contest.schedule.cancelBy),
    day: contest.schedule.day,
    kind: contest.entry.kind,
    teamMin: String(contest.entry.teamMin),
    teamMax: String(contest.entry.teamMax),
    capacity: String(contest.capacity),
    review: contest.review,
    theory: String(contest.weighting.theory),
    practical: String(contest.weighting.practical),
    awards: String(contest.awards),
    eligibility: contest.eligibility,
    fields: contest.fields,
  };
}

/** The contest as the function takes it; an empty number stays out, so the schema asks for it in its words. */
export function contestOf(values: ContestFormValues): ContestFields {
  const individual = values.kind === 'individual';
  return {
    title: values.title,
    level: values.level as ContestLevel,
    // Unpicked stays null, so the schema asks for it in its words (请选择工种).
    trade: values.trade as TradeCode,
    description: values.description,
    venue: values.venue,
    poster: values.poster,
    schedule: {
      opensAt: instantOf(values.opensAt),
      closesAt: instantOf(values.closesAt),
      cancelBy: instantOf(values.cancelBy),
      day: values.day,
    },
    entry: {
      kind: values.kind,
      teamMin: individual ? 1 : (numberOf(values.teamMin) as number),
      teamMax: individual ? 1 : (numberOf(values.teamMax) as number),
    },
    capacity: numberOf(values.capacity) as number,
    review: values.review,
    weighting: { theory: numberOf(values.theory) as number, practical: numberOf(values.practical) as number },
    awards: numberOf(values.awards) as number,
    eligibility: values.eligibility,
    fields: values.fields,
  };
}

const createInput = contestContract.actions.createContest.input;

/** Every field's first problem, keyed `orgId` or `contest.<path>` as the function names them. */
export function contestFormErrors(values: ContestFormValues): FieldErrors {
  return fieldErrors(
    createInput,
    { orgId: values.orgId ?? '', contest: contestOf(values) },
    { orgId: '请选择主办单位', 'contest.level': '请选择主办单位' },
  );
}

/** The parts fixed since registration opened (shown read-only, with why), or none before. */
export function frozenParts(contest: ContestView | null, now: Date): readonly FrozenPart[] {
  return contest && registrationHasOpened(contest.schedule, now) ? frozenAfterOpening : [];
}

export const frozenNote = (parts: readonly FrozenPart[]) =>
  `报名已开始，${parts.map((part) => frozenLabels[part]).join('、')}已固定，不能修改；名额只能增加，其他修改须填写原因。`;
