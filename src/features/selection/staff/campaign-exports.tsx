// 导出 Excel: the organisers' downloads of a campaign as Excel files, built in the cloud (the nominations, the
// result once it exists, the brushing flags with what was done about them). In the browser the file downloads; in
// WeChat it opens, ready to forward. A file with personal data is kept in the cloud for a day only.
import { Text, View } from '@tarojs/components';
import { callFunction } from '@/cloud/call-function';
import { ExcelExport } from '@/components/staff/excel-export';
import { selectionContract, selectionExportLabels, type SelectionExportKind } from '@/shared/contracts/selection';
import { resultIsOut, votingHasOpened } from '@/shared/selection/stages';
import type { StaffCampaign } from './campaign-texts';

/** What each file holds, in a line under its button. */
const contents: Record<SelectionExportKind, string> = {
  nominations: '每条提名的类别、姓名、工作单位、提名单位、状态和审核意见',
  result: '各类别的名次、有效票数、专家平均分和综合得分（结果产生时锁定的排名）',
  flags: '每条刷票预警的时段、依据，以及作废或驳回的处理人、时间和原因',
};

/** The lists this campaign can give now: the result once it exists, flags once voting has opened. */
export function exportKinds(stage: StaffCampaign['stage']): SelectionExportKind[] {
  return [
    'nominations' as const,
    ...(resultIsOut(stage) ? (['result'] as const) : []),
    ...(votingHasOpened(stage) ? (['flags'] as const) : []),
  ];
}

function ExportRow({ campaign, kind }: { campaign: StaffCampaign; kind: SelectionExportKind }) {
  const label = selectionExportLabels[kind];
  return (
    <View className="jx-admin__line" aria-label={`导出${label}`}>
      <Text className="jx-text-secondary jx-block">{contents[kind]}</Text>
      <ExcelExport
        label={label}
        personalWhat="个人信息"
        make={() => callFunction(selectionContract, 'exportWorkbook', { campaignId: campaign.id, kind })}
      />
    </View>
  );
}

/** The card of Excel downloads, for the campaign's organisers. */
export function CampaignExports({
  campaign,
  kinds = exportKinds(campaign.stage),
}: {
  campaign: StaffCampaign;
  kinds?: readonly SelectionExportKind[];
}) {
  if (!campaign.organiser || kinds.length === 0) return null;
  return (
    <View className="jx-card" aria-label="导出 Excel">
      <Text className="jx-text-title jx-block">导出 Excel</Text>
      <Text className="jx-text-body jx-block jx-admin__hint">
        在云端生成 Excel 文件，表头为中文，时间均为北京时间。导出记入操作日志。
      </Text>
      {kinds.map((kind) => (
        <ExportRow key={kind} campaign={campaign} kind={kind} />
      ))}
    </View>
  );
}
