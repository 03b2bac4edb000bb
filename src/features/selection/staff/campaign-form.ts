// The campaign form as typed, for 新建评选活动 and 修改活动: its defaults (dates a week apart from tomorrow, the usual
// voting rules, a rubric of four criteria summing to 100) or a campaign's current settings, what is wrong with each
// field (keyed by the path the function names), what may still change at the campaign's stage, and the input
// createCampaign or updateCampaign takes.
import type * as z from 'zod';
import type { selectionContract } from '@/shared/contracts/selection';
import { defaultVotingRules, type countsVisibilities } from '@/shared/selection/rules';
import {
  rulesFrozen,
  scheduledStages,
  stageIndex,
  stageLabels,
  type ScheduledStage,
} from '@/shared/selection/stages';
import { beijingDay, inBeijing } from '@/shared/time/beijing';
import type { StaffCampaign } from './campaign-texts';

export type CountsVisibility = (typeof countsVisibilities)[number];
export type CreateCampaignInput = z.input<(typeof selectionContract)['actions']['createCampaign']['input']>;
export type UpdateCampaignInput = z.input<(typeof selectionContract)['actions']['updateCampaign']['input']>;

export interface CategoryRow {
  key: number;
  name: string;
  places: string;
}
export interface RubricRow {
  key: number;
  criterion: string;
  maxPoints: string;
}

export interface CampaignFormValues {
  orgId: string | null;
  title: string;
  categories: CategoryRow[];
  /** `YYYY-MM-DD` per stage: the stage starts at 0:00 Beijing time that day. */
  schedule: Record<ScheduledStage, string>;
  votesPerDay: string;
  ballotMode: 'single' | 'ballot';
  ballotSize: string;
  countsVisibility: CountsVisibility;
  dailyPublishAt: string;
  publicWeight: string;
  rubric: RubricRow[];
}

export type FormErrors = Record<string, string>;

let nextKey = 1;
export const categoryRow = (name = '', places = ''): CategoryRow => ({ key: nextKey++, name, places });
export const rubricRow = (criterion = '', maxPoints = ''): RubricRow => ({ key: nextKey++, criterion, maxPoints });

export const DEFAULT_RUBRIC: ReadonlyArray<[string, number]> = [
  ['技能水平', 40],
  ['创新成果', 30],
  ['传承贡献', 20],
  ['职业道德', 10],
];

/** Stage dates a week apart, nomination opening tomorrow. */
export function defaultSchedule(now: Date): Record<ScheduledStage, string> {
  const tomorrow = inBeijing(now).add(1, 'day');
  return Object.fromEntries(
    scheduledStages.map((stage, i) => [stage, tomorrow.add(7 * i, 'day').format('YYYY-MM-DD')]),
  ) as Record<ScheduledStage, string>;
}

export function defaultCampaignForm(now: Date, orgId: string | null = null): CampaignFormValues {
  return {
    orgId,
    title: '',
    categories: [categoryRow('', '10')],
    schedule: defaultSchedule(now),
    votesPerDay: String(defaultVotingRules.votesPerDay),
    ballotMode: defaultVotingRules.ballotSize ? 'ballot' : 'single',
    ballotSize: String(defaultVotingRules.ballotSize ?? 5),
    countsVisibility: defaultVotingRules.countsVisibility,
    dailyPublishAt: defaultVotingRules.dailyPublishAt ?? '20:00',
    publicWeight: String(defaultVotingRules.publicWeight),
    rubric: DEFAULT_RUBRIC.map(([criterion, points]) => rubricRow(criterion, String(points))),
  };
}

const isInt = (text: string) => /^\d{1,3}$/.test(text.trim());

function validDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text.trim())) return false;
  const [y, m, d] = text.trim().split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function rubricTotal(rows: readonly RubricRow[]): number {
  return rows.reduce((sum, row) => sum + (isInt(row.maxPoints) ? Number(row.maxPoints) : 0), 0);
}

/** What is wrong, by field path (`title`, `categories.0.name`, `schedule.voting`, `rules.votesPerDay`, …). */
export function checkCampaignForm(values: CampaignFormValues): FormErrors {
  const errors: FormErrors = {};
  if (!values.orgId) errors.orgId = '请选择组织单位';
  const title = values.title.trim();
  if (title.length < 4 || title.length > 40) errors.title = '请填写活动名称（4到40个字），如“2026年度示范市工匠”';

  if (values.categories.length === 0) errors.categories = '请至少设置一个评选类别';
  const names = new Set<string>();
  values.categories.forEach((row, i) => {
    const name = row.name.trim();
    if (name.length < 2 || name.length > 20) errors[`categories.${i}.name`] = '请填写类别名称（2到20个字）';
    else if (names.has(name)) errors[`categories.${i}.name`] = '类别名称不能重复';
    names.add(name);
    const places = Number(row.places);
    if (!isInt(row.places) || places < 1 || places > 100) errors[`categories.${i}.places`] = '名额须为1到100的整数';
  });

  let previous: { stage: ScheduledStage; date: string } | null = null;
  for (const stage of scheduledStages) {
    const date = values.schedule[stage].trim();
    if (!validDate(date)) {
      errors[`schedule.${stage}`] = '请按“2026-05-01”的格式填写日期';
      previous = null;
      continue;
    }
    if (previous && date <= previous.date) {
      errors[`schedule.${stage}`] = `须晚于“${stageLabels[previous.stage]}”的开始日期`;
    }
    previous = { stage, date };
  }

  const votes = Number(values.votesPerDay);
  if (!isInt(values.votesPerDay) || votes < 1 || votes > 10) errors['rules.votesPerDay'] = '每人每天可投1到10票';
  if (values.ballotMode === 'ballot') {
    const size = Number(values.ballotSize);
    if (!isInt(values.ballotSize) || size < 2 || size > 10) errors['rules.ballotSize'] = '每张选票选2到10人';
    else if (isInt(values.votesPerDay) && size > votes)
      errors['rules.ballotSize'] = '每张选票的人数不能超过每日可投票数';
  }
  if (values.countsVisibility === 'daily' && !/^([01]\d|2[0-3]):[0-5]\d$/.test(values.dailyPublishAt.trim())) {
    errors['rules.dailyPublishAt'] = '请按“20:00”的格式填写公布时间';
  }
  const weight = Number(values.publicWeight);
  if (!isInt(values.publicWeight) || weight > 100) errors['rules.publicWeight'] = '请填写0到100之间的整数';

  if (values.rubric.length === 0) errors.rubric = '请至少设置一项评分细则';
  values.rubric.forEach((row, i) => {
    const criterion = row.criterion.trim();
    if (criterion.length < 2 || criterion.length > 30) errors[`rubric.${i}.criterion`] = '请填写评分项（2到30个字）';
    const points = Number(row.maxPoints);
    if (!isInt(row.maxPoints) || points < 1 || points > 100) errors[`rubric.${i}.maxPoints`] = '满分须为1到100的整数';
  });
  if (values.rubric.length > 0 && rubricTotal(values.rubric) !== 100) {
    errors.rubric = `各项满分之和须为100分，现在是${rubricTotal(values.rubric)}分`;
  }
  return errors;
}

export function toCreateInput(values: CampaignFormValues): CreateCampaignInput {
  return {
    orgId: values.orgId ?? '',
    title: values.title.trim(),
    categories: values.categories.map((row) => ({ name: row.name.trim(), places: Number(row.places) })),
    schedule: Object.fromEntries(
      scheduledStages.map((stage) => [stage, `${values.schedule[stage].trim()}T00:00:00+08:00`]),
    ) as Record<ScheduledStage, string>,
    rules: {
      votesPerDay: Number(values.votesPerDay),
      ballotSize: values.ballotMode === 'ballot' ? Number(values.ballotSize) : null,
      countsVisibility: values.countsVisibility,
      dailyPublishAt: values.countsVisibility === 'daily' ? values.dailyPublishAt.trim() : null,
      publicWeight: Number(values.publicWeight),
      riskWeights: [...defaultVotingRules.riskWeights],
    },
    rubric: values.rubric.map((row) => ({ criterion: row.criterion.trim(), maxPoints: Number(row.maxPoints) })),
  };
}

// ---- 修改活动 ----

/** The form filled with a campaign's current settings (each stage date as its Beijing calendar day). */
export function campaignFormValues(campaign: StaffCampaign): CampaignFormValues {
  const { rules } = campaign;
  return {
    orgId: campaign.org.id,
    title: campaign.title,
    categories: campaign.categories.map((category) => categoryRow(category.name, String(category.places))),
    schedule: Object.fromEntries(
      scheduledStages.map((stage) => [stage, beijingDay(campaign.schedule[stage])]),
    ) as Record<ScheduledStage, string>,
    votesPerDay: String(rules.votesPerDay),
    ballotMode: rules.ballotSize ? 'ballot' : 'single',
    ballotSize: String(rules.ballotSize ?? 5),
    countsVisibility: rules.countsVisibility,
    dailyPublishAt: rules.dailyPublishAt ?? '20:00',
    publicWeight: String(rules.publicWeight),
    rubric: campaign.rubric.map((item) => rubricRow(item.criterion, String(item.maxPoints))),
  };
}

export interface EditableParts {
  /** Whether anything may change (nothing once the result is final). */
  any: boolean;
  title: boolean;
  /** Only while the campaign is being set up (筹备中). */
  categories: boolean;
  /** Rules and rubric: until voting opens. */
  rules: boolean;
  rubric: boolean;
  /** The stages already begun, with when they began: their dates stay as they are. */
  reached: Partial<Record<ScheduledStage, string>>;
}

/** What 修改活动 may change at the campaign's stage (the function checks the same). */
export function editableParts(campaign: Pick<StaffCampaign, 'stage' | 'rulesFrozen' | 'schedule'>): EditableParts {
  const open = campaign.stage !== 'final';
  const frozen = campaign.rulesFrozen || rulesFrozen(campaign.stage);
  const reached: Partial<Record<ScheduledStage, string>> = {};
  for (const stage of scheduledStages) {
    if (stageIndex(stage) <= stageIndex(campaign.stage)) reached[stage] = campaign.schedule[stage];
  }
  return {
    any: open,
    title: open,
    categories: open && campaign.stage === 'draft',
    rules: open && !frozen,
    rubric: open && !frozen,
    reached,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What is wrong with a 修改活动 form: the fields it may change (as the create form checks them), the reason, and a
 * moved date that would start a stage today or earlier.
 */
export function checkCampaignEdit(
  values: CampaignFormValues,
  reason: string,
  campaign: StaffCampaign,
  now: Date,
): FormErrors {
  const parts = editableParts(campaign);
  const all = checkCampaignForm(values);
  const errors: FormErrors = {};
  for (const [path, message] of Object.entries(all)) {
    const head = path.split('.')[0]!;
    if (head === 'orgId') continue;
    if (head === 'categories' && !parts.categories) continue;
    if (head === 'rules' && !parts.rules) continue;
    if (head === 'rubric' && !parts.rubric) continue;
    errors[path] = message;
  }
  const today = beijingDay(now);
  for (const stage of scheduledStages) {
    const date = values.schedule[stage].trim();
    const moved = date !== beijingDay(campaign.schedule[stage]);
    if (!parts.reached[stage] && moved && !errors[`schedule.${stage}`] && date <= today) {
      errors[`schedule.${stage}`] = '尚未开始的阶段须定在今天以后';
    }
  }
  const why = reason.trim();
  if (why.length < 2 || why.length > 200) errors.reason = '请写明修改原因（2到200字），会记入操作日志';
  return errors;
}

/**
 * The updateCampaign input with only what changed (null when nothing did). A stage date left as it was keeps its
 * exact start time; a changed one starts at 0:00 Beijing time that day.
 */
export function toUpdateInput(
  values: CampaignFormValues,
  reason: string,
  campaign: StaffCampaign,
): UpdateCampaignInput | null {
  const parts = editableParts(campaign);
  const wanted = toCreateInput(values);
  const input: UpdateCampaignInput = { campaignId: campaign.id, reason: reason.trim() };
  if (wanted.title !== campaign.title) input.title = wanted.title;
  if (parts.categories) {
    const now = campaign.categories.map(({ name, places }) => ({ name, places }));
    if (!same(wanted.categories, now)) input.categories = wanted.categories;
  }
  const schedule = Object.fromEntries(
    scheduledStages.map((stage) => {
      const kept = values.schedule[stage].trim() === beijingDay(campaign.schedule[stage]);
      return [stage, kept || parts.reached[stage] ? campaign.schedule[stage] : wanted.schedule[stage]];
    }),
  ) as Record<ScheduledStage, string>;
  if (scheduledStages.some((stage) => schedule[stage] !== campaign.schedule[stage])) input.schedule = schedule;
  if (parts.rules) {
    const keys = ['votesPerDay', 'ballotSize', 'countsVisibility', 'dailyPublishAt', 'publicWeight'] as const;
    if (keys.some((key) => wanted.rules[key] !== campaign.rules[key])) {
      input.rules = { ...wanted.rules, riskWeights: [...campaign.riskWeights] as [number, number, number, number] };
    }
  }
  if (parts.rubric && !same(wanted.rubric, campaign.rubric)) input.rubric = wanted.rubric;
  const changed = Object.keys(input).filter((key) => key !== 'campaignId' && key !== 'reason');
  return changed.length > 0 ? input : null;
}
