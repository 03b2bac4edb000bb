// 导出 Excel: the organisers' downloads of a campaign as Excel files, built in the cloud (the nominations, the
// result once it exists, the brushing flags with what was done about them). In the browser the file downloads; in
// WeChat it opens, ready to forward. A file with personal data is kept in the cloud for a day only.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError } from '@/cloud/use-cloud-call';
import { DoneText, ErrorText } from '@/components/form/messages';
import { formatDateTime } from '@/components/format/format';
import { selectionContract, selectionExportLabels, type SelectionExportKind } from '@/shared/contracts/selection';
import { resultIsOut, votingHasOpened } from '@/shared/selection/stages';
import type { StaffCampaign } from './campaign-texts';
import { openCloudFile, type SavedFile } from '@/platform/save-file';

type ExportState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; rows: number; personal: boolean; expiresAt: string; saved: SavedFile }
  | { status: 'error'; message: string };

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
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const label = selectionExportLabels[kind];

  const run = async () => {
    setState({ status: 'running' });
    try {
      const made = await callFunction(selectionContract, 'exportWorkbook', { campaignId: campaign.id, kind });
      const saved = await openCloudFile(made.url, made.fileName);
      setState({ status: 'done', rows: made.rows, personal: made.personal, expiresAt: made.expiresAt, saved });
    } catch (error) {
      setState({ status: 'error', message: asCloudError(error).message });
    }
  };

  return (
    <View className="jx-admin__line" aria-label={`导出${label}`}>
      <Text className="jx-text-secondary jx-block">{contents[kind]}</Text>
      <View className="jx-actions">
        <Button
          className="jx-button"
          type="primary"
          fill="outline"
          loading={state.status === 'running'}
          onClick={() => void run()}
        >
          {state.status === 'running' ? `正在导出${label}` : `导出${label}（Excel）`}
        </Button>
      </View>
      {state.status === 'done' ? (
        <View role="status">
          <DoneText>
            ✓ 已导出{label}，共 {state.rows} 行
          </DoneText>
          <Text className="jx-text-secondary jx-block">{state.saved.where}</Text>
          {state.personal ? (
            <Text className="jx-text-secondary jx-block">
              文件含个人信息，云端副本将于{formatDateTime(state.expiresAt)}自动删除，请妥善保管下载的文件。
            </Text>
          ) : null}
        </View>
      ) : null}
      {state.status === 'error' ? <ErrorText>{state.message}</ErrorText> : null}
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
