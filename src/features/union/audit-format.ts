// The audit log in words: Chinese names for actions, and before/after as short `名称：旧 → 新` lines.
import { formatDateTime, formatDay } from '@/components/format/format';
import type { AuditTargetType } from '@/shared/contracts/union';
import {
  frontlineStatusLabels,
  honourLevelLabels,
  orgKindLabels,
  type FrontlineStatus,
  type HonourLevel,
  type OrgKind,
} from '@/shared/people/vocabulary';
import { countsVisibilityLabels } from '@/shared/selection/rules';
import { isTradeCode, tradeLabels } from '@/shared/people/trades';
import { scheduledStages, stageLabels, type Stage } from '@/shared/selection/stages';

const ACTIONS: Record<string, string> = {
  'org.create': '新建组织',
  'org.rename': '组织改名',
  'org.retire': '撤销组织',
  'join.approve': '通过入会申请',
  'join.reject': '驳回入会申请',
  'personal.reveal.phone': '查看手机号',
  'personal.reveal.idNumber': '查看身份证号',
  'invite.create': '生成邀请码',
  'grant.staff': '授予工会干部',
  'grant.expert': '授予评审专家',
  'revoke.staff': '撤销工会干部',
  'revoke.expert': '撤销评审专家',
  'modelWorker.designate': '认定劳模',
  'honours.set': '修改荣誉',
  'frontline.confirm': '确认一线职工',
  'frontline.withdraw': '撤销一线职工',
  'people.migrate': '人员记录迁移（荣誉与工种编码）',
  'campaign.create': '新建评选活动',
  'campaign.update': '修改评选活动',
  'campaign.stage': '推进评选阶段',
  'campaign.countHold': '计票不一致，暂停产生结果',
  'counts.rebuild': '按投票记录重算',
  'nomination.create': '提名候选人',
  'nomination.update': '修改提名',
  'nomination.approve': '通过提名',
  'nomination.return': '退回提名',
  'nomination.reject': '提名不通过',
  'votes.voidVoter': '作废账号的票',
  'votes.zeroFlagged': '作废可疑投票',
  'flag.dismiss': '驳回可疑投票预警',
  'candidate.disqualify': '取消候选人资格',
  'objection.answer': '答复异议',
  'calendar.set': '设置公示日历',
  'export.workbook': '导出Excel文件',
  'tenones.accept': '认可十个一记录',
  'tenones.reject': '不予认可十个一记录',
  'contest.create': '创建比赛',
  'contest.update': '修改比赛',
  'contest.approveEntry': '通过比赛报名',
  'contest.rejectEntry': '比赛报名不通过',
  'contest.scores': '录入比赛成绩',
  'contest.publish': '发布比赛成绩',
  'contest.correctScore': '更正比赛成绩',
  'contest.checkIn': '代为签到',
  'mentoring.designateMaster': '认定师傅',
  'mentoring.setMasterLimit': '修改带徒人数上限',
  'mentoring.createStudio': '代建创新工作室',
  'mentoring.editStudio': '代为修改创新工作室',
  'mentoring.rateStudio': '评定工作室星级',
  'mentoring.assignPair': '指定师徒结对',
  'mentoring.graduate': '代为出师考核',
  'mentoring.dissolvePair': '解除师徒关系',
  'mentoring.joinLectureTeam': '加入宣讲团',
  'mentoring.leaveLectureTeam': '移出宣讲团',
  'content.pass': '内容审核通过',
  'content.refuse': '内容审核不通过',
};

export function actionLabel(action: string): string {
  return ACTIONS[action] ?? action;
}

const TARGET_TYPES: Record<AuditTargetType, string> = {
  user: '人员',
  org: '组织',
  grant: '授权',
  joinRequest: '入会申请',
  invite: '邀请码',
  campaign: '评选活动',
  candidate: '候选人',
  objection: '异议',
  calendar: '公示日历',
  flag: '可疑投票预警',
  voter: '投票账号',
  tenEntry: '十个一记录',
  tenDiary: '生产日记',
  tenPlan: '岗位提升计划',
  contest: '比赛',
  contestEntry: '比赛报名',
  master: '师傅',
  studio: '创新工作室',
  apprenticeship: '师徒关系',
  mentorApplication: '拜师申请',
  mentorSession: '带徒活动与宣讲',
};

/** What an entry is about, in words: `评选活动：2026年度示范市工匠`. */
export function targetLine(type: AuditTargetType, label: string): string {
  return `${TARGET_TYPES[type]}：${label}`;
}

const KEYS: Record<string, string> = {
  name: '名称',
  kind: '类型',
  parent: '上级',
  status: '状态',
  role: '角色',
  org: '组织',
  campaignId: '评选',
  campaign: '评选',
  category: '评选类别',
  honours: '荣誉',
  field: '字段',
  masked: '号码',
  expiresAt: '有效期至',
  active: '有效',
  title: '活动名称',
  stage: '阶段',
  categoryId: '评选类别',
  counted: '有效票数',
  voided: '作废票数',
  votes: '票数',
  answer: '答复',
  holidays: '放假',
  workdays: '调休上班',
  categories: '评选类别',
  rules: '投票规则',
  rubric: '评分细则',
  export: '导出内容',
  file: '文件',
  rows: '行数',
  personal: '含个人信息',
  modelWorker: '劳模',
  frontline: '一线职工',
  examined: '检查人数',
  changed: '修改人数',
  honoursMoved: '迁移荣誉数',
  tradesMapped: '工种对应到列表',
  tradesKeptAsOther: '工种记为其他',
  limit: '带徒人数上限',
  apprentices: '现有徒弟人数',
  stars: '星级',
  basis: '认定依据',
  level: '技能等级',
  trade: '工种',
  master: '师傅',
  apprentice: '徒弟',
  studioCategory: '工作室类别',
  grade: '考核结果',
};

const VALUES: Record<string, string> = {
  active: '正常',
  retired: '已撤销',
  pending: '待审核',
  approved: '已通过',
  rejected: '已驳回',
  cancelled: '已撤回',
  staff: '工会干部',
  expert: '评审专家',
  phone: '手机号',
  idNumber: '身份证号',
  submitted: '待审核',
  returned: '退回修改',
  disqualified: '已取消资格',
  open: '待处理',
  dismissed: '已驳回',
  actioned: '已处理',
  burst: '投票突增',
  'new-account-cluster': '新账号集中投票',
};

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function isHonour(value: unknown): value is { title: string; level: HonourLevel; year: number; trade?: unknown } {
  const v = value as { title?: unknown; level?: unknown; year?: unknown } | null;
  return typeof v?.title === 'string' && typeof v.level === 'string' && typeof v.year === 'number';
}

function isCategory(value: unknown): value is { name: string; places: number } {
  const v = value as { name?: unknown; places?: unknown } | null;
  return typeof v?.name === 'string' && typeof v.places === 'number';
}

function isCriterion(value: unknown): value is { criterion: string; maxPoints: number } {
  const v = value as { criterion?: unknown; maxPoints?: unknown } | null;
  return typeof v?.criterion === 'string' && typeof v.maxPoints === 'number';
}

/** A campaign's voting rules in one line: `每人每天3票，逐个投票，实时公布票数，公众投票占30%`. */
function describeRules(rules: Record<string, unknown>): string {
  const visibility = countsVisibilityLabels[rules.countsVisibility as keyof typeof countsVisibilityLabels];
  return [
    `每人每天${String(rules.votesPerDay)}票`,
    rules.ballotSize ? `每张选票选满${String(rules.ballotSize)}人` : '逐个投票',
    visibility ? `${visibility}${rules.dailyPublishAt ? `（${String(rules.dailyPublishAt)}）` : ''}` : null,
    `公众投票占${String(rules.publicWeight)}%`,
  ]
    .filter(Boolean)
    .join('，');
}

function describe(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '无';
  // An empty list (no honours yet) reads as nothing, not as a blank.
  if (Array.isArray(value) && value.length === 0) return '无';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (key === 'kind' && value in orgKindLabels) return orgKindLabels[value as OrgKind];
    if (key === 'expiresAt' && ISO.test(value)) return formatDateTime(value);
    if (key === 'stage' && value in stageLabels) return stageLabels[value as Stage];
    if (key === 'frontline' && value in frontlineStatusLabels) return frontlineStatusLabels[value as FrontlineStatus];
    return VALUES[value] ?? value;
  }
  if (Array.isArray(value)) {
    return value
      .map((item) =>
        isHonour(item)
          ? `${item.title}（${[
              honourLevelLabels[item.level] ?? item.level,
              isTradeCode(item.trade) ? tradeLabels[item.trade] : null,
              item.year,
            ]
              .filter(Boolean)
              .join(' ')}）`
          : isCategory(item)
            ? `${item.name}（${item.places}名）`
            : isCriterion(item)
              ? `${item.criterion}${item.maxPoints}分`
              : describe(key, item),
      )
      .join('、');
  }
  if (key === 'rules' && asRecord(value)) return describeRules(asRecord(value)!);
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

const asRecord = (value: unknown): Record<string, unknown> | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

/** One line per changed key: `名称：旧 → 新`, or just the new value when nothing was there before. */
export function changeLines(before: unknown, after: unknown): string[] {
  const b = asRecord(before);
  const a = asRecord(after);
  if (!b && !a) return [];
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  const lines: string[] = [];
  for (const key of keys) {
    if (key === 'schedule') {
      lines.push(...scheduleLines(b?.[key], a?.[key]));
      continue;
    }
    const label = KEYS[key] ?? key;
    // A key on one side only is a fact about the act (what kind, how many), not a change.
    const old = b && key in b ? describe(key, b[key]) : null;
    const now = a && key in a ? describe(key, a[key]) : null;
    if (old !== null && now !== null) {
      if (old !== now) lines.push(`${label}：${old} → ${now}`);
    } else {
      lines.push(`${label}：${now ?? old}${a === null ? '（已删除）' : ''}`);
    }
  }
  return lines;
}

/** A schedule change, one line per stage whose start moved: `公示开始：6月1日 周一 → 6月8日 周一`. */
function scheduleLines(before: unknown, after: unknown): string[] {
  const b = asRecord(before) ?? {};
  const a = asRecord(after) ?? {};
  const day = (value: unknown) => (typeof value === 'string' && ISO.test(value) ? formatDay(value) : '无');
  return scheduledStages.flatMap((stage) => {
    if (b[stage] === a[stage] || day(b[stage]) === day(a[stage])) return [];
    return [`${stageLabels[stage]}开始：${day(b[stage])} → ${day(a[stage])}`];
  });
}
