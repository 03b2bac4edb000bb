// The campaign form as typed, for 新建评选活动 and 修改活动: its defaults, valid together so a form left as it is
// creates a campaign (the first organiser, a title in the campaign's own year, one category, dates a week apart from
// tomorrow, the usual voting rules, a ballot no larger than the daily votes, a rubric of four criteria summing to
// 100) or a campaign's current settings, what is wrong with each
// field (keyed by the path the function names), what may still change at the campaign's stage, and the input
// createCampaign or updateCampaign takes.
import * as z from 'zod';
import { selectionContract } from '@/shared/contracts/selection';
import {
  changeableParts,
  changeRefusals,
  scheduleFixed,
  startsTooSoon,
  type ChangeableParts,
} from '@/shared/selection/campaign-changes';
import { NO_ELIGIBILITY_RULES, type Eligibility } from '@/shared/contest/eligibility';
import { defaultBallotSize } from '@/shared/selection/ballot';
import { defaultVotingRules, type countsVisibilities } from '@/shared/selection/rules';
import { scheduledStages, stageLabels, type ScheduledStage } from '@/shared/selection/stages';
import { beijingDay, beijingYear, inBeijing } from '@/shared/time/beijing';
import { fieldErrors } from '@/shared/validation/field-errors';
import type { StaffCampaign } from './campaign-texts';

export type CountsVisibility = (typeof countsVisibilities)[number];
const createCampaignSchema = selectionContract.actions.createCampaign.input;
const updateCampaignSchema = selectionContract.actions.updateCampaign.input;
export type CreateCampaignInput = z.input<typeof createCampaignSchema>;
export type UpdateCampaignInput = z.input<typeof updateCampaignSchema>;

export interface CategoryRow {
  key: number;
  name: string;
  places: string;
}
export interface RubricRow {
  key: number;
  criterion: string;
  maxPoints: string;
  /** What earns high points on the criterion, and what earns low ones: the experts read both beside the box. */
  high: string;
  low: string;
}

export interface CampaignFormValues {
  orgId: string | null;
  title: string;
  /** Plain text the public reads under the cover. */
  description: string;
  /** The cover's file id once uploaded, '' for none. */
  coverImage: string;
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
  /** Who may be nominated (edited as the rule itself: its parts are choices and lists, not typed text). */
  eligibility: Eligibility;
}

export type FormErrors = Record<string, string>;

let nextKey = 1;
export const categoryRow = (name = '', places = ''): CategoryRow => ({ key: nextKey++, name, places });
export const rubricRow = (criterion = '', maxPoints = '', high = '', low = ''): RubricRow => ({
  key: nextKey++,
  criterion,
  maxPoints,
  high,
  low,
});

/** The usual four criteria, each with what earns high and low points, for staff to adapt rather than start from. */
export const DEFAULT_RUBRIC: ReadonlyArray<{ criterion: string; maxPoints: number; high: string; low: string }> = [
  {
    criterion: '技能水平',
    maxPoints: 40,
    high: '技能等级高，解决过关键技术难题，在市级以上技能竞赛中获奖',
    low: '技能一般，没有解决技术难题或竞赛获奖的实例',
  },
  {
    criterion: '创新成果',
    maxPoints: 30,
    high: '有专利、技术革新或先进操作法，并有推广应用和效益的证明',
    low: '没有创新成果，或成果没有应用和效益的证明',
  },
  {
    criterion: '传承贡献',
    maxPoints: 20,
    high: '带出的徒弟多人取得技师以上资格，主持培训或编写教材',
    low: '很少带徒或参与培训，传帮带作用不明显',
  },
  {
    criterion: '职业道德',
    maxPoints: 10,
    high: '爱岗敬业，安全生产记录良好，同事和服务对象评价高',
    low: '有违纪或安全事故记录，或同事评价一般',
  },
];

/** Stage dates a week apart, nomination opening tomorrow. */
export function defaultSchedule(now: Date): Record<ScheduledStage, string> {
  const tomorrow = inBeijing(now).add(1, 'day');
  return Object.fromEntries(
    scheduledStages.map((stage, i) => [stage, tomorrow.add(7 * i, 'day').format('YYYY-MM-DD')]),
  ) as Record<ScheduledStage, string>;
}

/** An organiser as the form offers it. */
export interface Organiser {
  id: string;
  name: string;
}

/** The place a union serves, for a title: 示范市总工会 → 示范市, 东城区总工会 → 东城区. */
export function placeOf(orgName: string): string {
  return orgName.replace(/(总工会|工会)$/, '') || orgName;
}

/** The year a campaign belongs to: that of its first valid stage date, else of `now` (Beijing). */
export function campaignYear(schedule: Record<ScheduledStage, string>, now: Date): number {
  const first = scheduledStages.map((stage) => schedule[stage].trim()).find((date) => day.safeParse(date).success);
  return first ? Number(first.slice(0, 4)) : beijingYear(now);
}

/** The title a campaign usually has (`2027年度示范市工匠`): the default, and the example beside the field. */
export function usualTitle(year: number, orgName: string | null | undefined): string {
  return `${year}年度${orgName ? placeOf(orgName) : '示范市'}工匠`;
}

/**
 * A fresh form that creates a campaign as it stands (a test passes it through createCampaign's schema at many
 * dates): the first organiser, the usual title in the campaign's year, one category, and a K-pick ballot — should
 * staff pick one — no larger than the daily votes.
 */
export function defaultCampaignForm(now: Date, organiser: Organiser | null = null): CampaignFormValues {
  const schedule = defaultSchedule(now);
  return {
    orgId: organiser?.id ?? null,
    title: organiser ? usualTitle(campaignYear(schedule, now), organiser.name) : '',
    description: '',
    coverImage: '',
    categories: [categoryRow('综合类', '10')],
    schedule,
    votesPerDay: String(defaultVotingRules.votesPerDay),
    ballotMode: defaultVotingRules.ballotSize ? 'ballot' : 'single',
    ballotSize: String(defaultVotingRules.ballotSize ?? defaultBallotSize(defaultVotingRules.votesPerDay)),
    countsVisibility: defaultVotingRules.countsVisibility,
    dailyPublishAt: defaultVotingRules.dailyPublishAt ?? '20:00',
    publicWeight: String(defaultVotingRules.publicWeight),
    rubric: DEFAULT_RUBRIC.map((item) => rubricRow(item.criterion, String(item.maxPoints), item.high, item.low)),
    eligibility: NO_ELIGIBILITY_RULES,
  };
}

const isInt = (text: string) => /^\d{1,3}$/.test(text.trim());

/** A typed count as a number; anything but digits is NaN, which every count's schema refuses. */
function count(text: string): number {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
}

const day = z.iso.date();

/** The 合计 line under the rubric: the maxima typed so far (an entry not yet a count adds nothing). */
export function rubricTotal(rows: readonly RubricRow[]): number {
  return rows.reduce((sum, row) => sum + (isInt(row.maxPoints) ? Number(row.maxPoints) : 0), 0);
}

/**
 * What is wrong, by field path (`title`, `categories.0.name`, `schedule.voting`, `rules.votesPerDay`, …): what
 * createCampaign's schema says of the input this form would send, and a stage date that is not a calendar day
 * (its example in the campaign's own year).
 */
export function checkCampaignForm(values: CampaignFormValues, now: Date): FormErrors {
  const errors = fieldErrors(createCampaignSchema, toCreateInput(values));
  // A day as typed is this form's own representation (the contract takes instants), so it names its own problem.
  const year = campaignYear(values.schedule, now);
  for (const stage of scheduledStages) {
    if (!day.safeParse(values.schedule[stage].trim()).success) {
      errors[`schedule.${stage}`] = `请按“${year}-05-01”的格式填写日期`;
    }
  }
  return errors;
}

/**
 * The ballot mode picked: a K-pick ballot starts no larger than the daily votes allow (a size typed earlier that
 * still fits is kept), so switching to it does not make the form wrong.
 */
export function pickBallotMode(
  values: Pick<CampaignFormValues, 'votesPerDay' | 'ballotSize'>,
  ballotMode: CampaignFormValues['ballotMode'],
): Pick<CampaignFormValues, 'ballotMode' | 'ballotSize'> {
  if (ballotMode === 'single') return { ballotMode, ballotSize: values.ballotSize };
  const votes = count(values.votesPerDay);
  const size = count(values.ballotSize);
  const fits = Number.isInteger(size) && size >= 2 && (!Number.isInteger(votes) || size <= votes);
  return { ballotMode, ballotSize: fits ? values.ballotSize : String(defaultBallotSize(votes)) };
}

export function toCreateInput(values: CampaignFormValues): CreateCampaignInput {
  return {
    orgId: values.orgId ?? '',
    title: values.title.trim(),
    description: values.description.trim(),
    coverImage: values.coverImage || null,
    categories: values.categories.map((row) => ({ name: row.name.trim(), places: count(row.places) })),
    schedule: Object.fromEntries(
      scheduledStages.map((stage) => [stage, `${values.schedule[stage].trim()}T00:00:00+08:00`]),
    ) as Record<ScheduledStage, string>,
    rules: {
      votesPerDay: count(values.votesPerDay),
      ballotSize: values.ballotMode === 'ballot' ? count(values.ballotSize) : null,
      countsVisibility: values.countsVisibility,
      dailyPublishAt: values.countsVisibility === 'daily' ? values.dailyPublishAt.trim() : null,
      publicWeight: count(values.publicWeight),
      riskWeights: [...defaultVotingRules.riskWeights],
    },
    rubric: values.rubric.map((row) => ({
      criterion: row.criterion.trim(),
      maxPoints: count(row.maxPoints),
      high: row.high.trim(),
      low: row.low.trim(),
    })),
    eligibility: values.eligibility,
  };
}

// ---- 修改活动 ----

/** The form filled with a campaign's current settings (each stage date as its Beijing calendar day). */
export function campaignFormValues(campaign: StaffCampaign): CampaignFormValues {
  const { rules } = campaign;
  return {
    orgId: campaign.org.id,
    title: campaign.title,
    description: campaign.description ?? '',
    coverImage: campaign.coverImage ?? '',
    categories: campaign.categories.map((category) => categoryRow(category.name, String(category.places))),
    schedule: Object.fromEntries(
      scheduledStages.map((stage) => [stage, beijingDay(campaign.schedule[stage])]),
    ) as Record<ScheduledStage, string>,
    votesPerDay: String(rules.votesPerDay),
    ballotMode: rules.ballotSize ? 'ballot' : 'single',
    ballotSize: String(rules.ballotSize ?? defaultBallotSize(rules.votesPerDay)),
    countsVisibility: rules.countsVisibility,
    dailyPublishAt: rules.dailyPublishAt ?? '20:00',
    publicWeight: String(rules.publicWeight),
    rubric: campaign.rubric.map((item) =>
      rubricRow(item.criterion, String(item.maxPoints), item.high ?? '', item.low ?? ''),
    ),
    eligibility: campaign.eligibility,
  };
}

export interface EditableParts extends ChangeableParts {
  /** The stages already begun, with when they began: their dates stay as they are. */
  reached: Partial<Record<ScheduledStage, string>>;
}

/** What 修改活动 may change at the campaign's stage: the function's own table (`changeableParts`). */
export function editableParts(campaign: Pick<StaffCampaign, 'stage' | 'rulesFrozen' | 'schedule'>): EditableParts {
  const reached: Partial<Record<ScheduledStage, string>> = {};
  for (const stage of scheduledStages) {
    if (scheduleFixed(campaign.stage, stage)) reached[stage] = campaign.schedule[stage];
  }
  return { ...changeableParts(campaign.stage, campaign.rulesFrozen), reached };
}

const RULE_LABELS: Record<string, string> = {
  votesPerDay: '每人每天可投票数',
  ballotSize: '每张选票人数',
  dailyPublishAt: '每日公布时间',
  publicWeight: '公众投票权重',
};

/**
 * The field a path names, as the form labels it (`categories.1.name` → 类别2名称): the error list at the top of the
 * form says which field each problem is in.
 */
export function campaignFieldLabel(path: string): string {
  const [head, second, third] = path.split('.');
  const n = Number(second) + 1;
  switch (head) {
    case 'orgId':
      return '组织单位';
    case 'title':
      return '活动名称';
    case 'description':
      return '活动简介';
    case 'coverImage':
      return '封面图片';
    case 'reason':
      return '修改原因';
    case 'categories':
      if (second === undefined) return '评选类别';
      return third === 'places' ? `类别${n}名额` : `类别${n}名称`;
    case 'schedule':
      return second ? `${stageLabels[second as ScheduledStage] ?? second}开始日期` : '阶段日期';
    case 'rules':
      return (second && RULE_LABELS[second]) || '投票规则';
    case 'eligibility':
      return '提名条件';
    case 'rubric':
      if (second === undefined) return '评分细则';
      return third === 'maxPoints' ? `评分项${n}满分` : `评分项${n}`;
    default:
      return path;
  }
}

/** The form's parts top to bottom, by the first part of a field's path: the error list follows it. */
export const CAMPAIGN_FORM_ORDER = [
  'orgId',
  'title',
  'description',
  'coverImage',
  'categories',
  'rubric',
  'eligibility',
  'schedule',
  'rules',
  'reason',
] as const;

/**
 * Where a field's problem is shown, for the error list to scroll to: the field itself, but a rubric row's problem
 * at its part (the rubric's rows and the eligibility rule are laid out by their own sections).
 */
export function errorAnchor(path: string): string {
  if (path.startsWith('rubric.')) return 'rubric';
  return path.startsWith('eligibility') ? 'eligibility' : path;
}

const REASON_WORDING = { reason: '请写明修改原因（2到200字），会记入操作日志' };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The campaign's rubric as the form would send it unchanged (a guide it never had reads as an empty box). */
function rubricAsTyped(campaign: Pick<StaffCampaign, 'rubric'>): CreateCampaignInput['rubric'] {
  return campaign.rubric.map(({ criterion, maxPoints, high, low }) => ({
    criterion,
    maxPoints,
    high: high ?? '',
    low: low ?? '',
  }));
}

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
  const all = checkCampaignForm(values, now);
  const rubricUnchanged = same(toCreateInput(values).rubric, rubricAsTyped(campaign));
  const errors: FormErrors = {};
  for (const [path, message] of Object.entries(all)) {
    const head = path.split('.')[0]!;
    if (head === 'orgId') continue;
    if (head === 'categories' && !parts.categories) continue;
    if (head === 'rules' && !parts.rules) continue;
    if (head === 'eligibility' && !parts.eligibility) continue;
    // A rubric left as it was is not sent (toUpdateInput), so one from before the high/low guides does not block
    // changing something else.
    if (head === 'rubric' && (!parts.rubric || rubricUnchanged)) continue;
    errors[path] = message;
  }
  for (const stage of scheduledStages) {
    const date = values.schedule[stage].trim();
    const moved = date !== beijingDay(campaign.schedule[stage]);
    if (!parts.reached[stage] && moved && !errors[`schedule.${stage}`] && startsTooSoon(date, now)) {
      errors[`schedule.${stage}`] = changeRefusals.tooSoon;
    }
  }
  const reasonProblem = fieldErrors(updateCampaignSchema, { campaignId: campaign.id, reason }, REASON_WORDING).reason;
  if (reasonProblem) errors.reason = reasonProblem;
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
  if (wanted.description !== (campaign.description ?? '')) input.description = wanted.description;
  if (wanted.coverImage !== (campaign.coverImage ?? null)) input.coverImage = wanted.coverImage;
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
  if (parts.rubric && !same(wanted.rubric, rubricAsTyped(campaign))) input.rubric = wanted.rubric;
  if (parts.eligibility && !same(wanted.eligibility, campaign.eligibility)) input.eligibility = wanted.eligibility;
  const changed = Object.keys(input).filter((key) => key !== 'campaignId' && key !== 'reason');
  return changed.length > 0 ? input : null;
}
