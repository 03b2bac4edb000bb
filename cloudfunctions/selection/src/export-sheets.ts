// The Excel lists of a selection (issue 12), as sheets: who was nominated and what became of it, the frozen result,
// and the brushing flags with what staff did about them. Pure: the handler reads the records and hands them here.
import { selectionExportLabels } from '../../../src/shared/contracts/selection/exports';
import { NORMALISATION, type RankedRow } from '../../../src/shared/selection/ranking';
import { flagKindLabels, nominationStatusLabels } from '../../../src/shared/selection/labels';
import { beijingText, type Sheet } from '../../../server/exports/workbook';
import type { CampaignRecord } from '../../../server/selection/campaigns';
import type { CandidateRecord } from '../../../server/selection/candidates';
import type { FlagRecord } from '../../../server/selection/flags';

const categoryNames = (campaign: CampaignRecord) =>
  new Map(campaign.categories.map((category) => [category.id, category.name]));
/** Rows in the order the campaign lists its categories. */
const categoryOrder = (campaign: CampaignRecord) => (id: string) => {
  const at = campaign.categories.findIndex((category) => category.id === id);
  return at < 0 ? campaign.categories.length : at;
};

export interface NominationRow {
  candidate: CandidateRecord;
  /** The union whose staff nominated them (the nominator's node over the nominee). */
  nominatingUnion: string;
}

export function nominationsSheet(campaign: CampaignRecord, rows: NominationRow[]): Sheet<NominationRow> {
  const names = categoryNames(campaign);
  const order = categoryOrder(campaign);
  const sorted = [...rows].sort(
    (a, b) =>
      order(a.candidate.categoryId) - order(b.candidate.categoryId) ||
      a.candidate.nominatedAt.getTime() - b.candidate.nominatedAt.getTime(),
  );
  return {
    name: selectionExportLabels.nominations,
    note: `${campaign.title} · 提名名单（时间均为北京时间）`,
    rows: sorted,
    columns: [
      { header: '类别', value: ({ candidate }) => names.get(candidate.categoryId) ?? candidate.categoryId },
      { header: '姓名', value: ({ candidate }) => candidate.name },
      { header: '工作单位', value: ({ candidate }) => candidate.enterprise },
      { header: '工种', value: ({ candidate }) => candidate.trade },
      { header: '提名单位', value: (row) => row.nominatingUnion },
      { header: '提名人', value: ({ candidate }) => candidate.nominatedByName },
      { header: '提名时间', value: ({ candidate }) => beijingText(candidate.nominatedAt) },
      { header: '状态', value: ({ candidate }) => nominationStatusLabels[candidate.status] },
      { header: '审核人', value: ({ candidate }) => candidate.review?.byName ?? '' },
      { header: '审核时间', value: ({ candidate }) => beijingText(candidate.review?.at) },
      { header: '审核意见', value: ({ candidate }) => candidate.review?.reason ?? '' },
    ],
  };
}

type ResultRow = RankedRow & { category: string };

/** The ranking frozen at 结果产生 (or redone after a disqualification), category by category. */
export function resultSheet(
  campaign: CampaignRecord & { results: NonNullable<CampaignRecord['results']> },
): Sheet<ResultRow> {
  const names = categoryNames(campaign);
  const order = categoryOrder(campaign);
  const rows = [...campaign.results.categories]
    .sort((a, b) => order(a.id) - order(b.id))
    .flatMap((category) =>
      (category.rows as RankedRow[]).map((row) => ({ ...row, category: names.get(category.id) ?? category.id })),
    );
  const weight = campaign.rules.publicWeight;
  return {
    name: selectionExportLabels.result,
    note:
      `${campaign.title} · 结果产生于 ${beijingText(campaign.results.computedAt)}（北京时间）；` +
      `综合得分 = 票数得分 × ${weight}% + 专家平均分 × ${100 - weight}%；${NORMALISATION}`,
    rows,
    columns: [
      { header: '类别', value: (row) => row.category },
      { header: '名次', value: (row) => row.rank },
      { header: '姓名', value: (row) => row.name },
      { header: '工作单位', value: (row) => row.enterprise },
      { header: '有效票数', value: (row) => row.votes },
      { header: '票数得分', value: (row) => row.votePoints },
      { header: '专家平均分', value: (row) => row.expertMean },
      { header: '综合得分', value: (row) => row.combined },
      { header: '是否入选', value: (row) => (row.placed ? '是' : '否') },
    ],
  };
}

export interface FlagRow {
  flag: FlagRecord;
  candidateName: string;
  category: string;
  /** Who handled it, by name. */
  handledByName: string;
}

const outcomes: Record<FlagRecord['status'], string> = {
  open: '待处理',
  actioned: '已作废相关投票',
  dismissed: '已驳回，票数保留',
};

function numberOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The evidence in a few words, with units (the page's 投票监督 has the full sentences). */
export function evidenceText(flag: FlagRecord): string {
  if (flag.kind === 'burst') {
    const votes = numberOf(flag.evidence.windowVotes);
    const median = numberOf(flag.evidence.campaignMedianPerWindow);
    return [votes !== null ? `窗口内得 ${votes} 票` : '', median !== null ? `同时段中位数 ${median} 票` : '']
      .filter(Boolean)
      .join('；');
  }
  const voters = numberOf(flag.evidence.newVoters);
  return voters !== null ? `${voters} 个新账号各投 1 票` : '';
}

export function flagsSheet(campaign: CampaignRecord, rows: FlagRow[]): Sheet<FlagRow> {
  return {
    name: selectionExportLabels.flags,
    note: `${campaign.title} · 刷票预警及处理（时间均为北京时间）`,
    rows: [...rows].sort((a, b) => a.flag.raisedAt.getTime() - b.flag.raisedAt.getTime()),
    columns: [
      { header: '候选人', value: (row) => row.candidateName },
      { header: '类别', value: (row) => row.category },
      { header: '预警类型', value: (row) => flagKindLabels[row.flag.kind] },
      { header: '时段开始', value: (row) => beijingText(row.flag.windowStart) },
      { header: '时段结束', value: (row) => beijingText(row.flag.windowEnd) },
      { header: '发现时间', value: (row) => beijingText(row.flag.raisedAt) },
      { header: '依据', value: (row) => evidenceText(row.flag) },
      { header: '处理结果', value: (row) => outcomes[row.flag.status] },
      { header: '处理人', value: (row) => row.handledByName },
      { header: '处理时间', value: (row) => beijingText(row.flag.handledAt) },
      { header: '处理原因', value: (row) => row.flag.reason ?? '' },
    ],
  };
}
