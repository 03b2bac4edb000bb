// 导出 Excel of the organisation shown: one row per child organisation (city, district) or per worker
// (enterprise), made in the cloud. In the browser the file downloads; in WeChat it opens, ready to forward.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError } from '@/cloud/use-cloud-call';
import { DoneText, ErrorText } from '@/components/form/messages';
import { formatDateTime } from '@/components/format/format';
import { openCloudFile, type SavedFile } from '@/platform/save-file';
import { activityContract, type OrgProgress } from '@/shared/contracts/activity';

type ExportState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; rows: number; personal: boolean; expiresAt: string; saved: SavedFile }
  | { status: 'error'; message: string };

export function ProgressExport({ org, year }: { org: OrgProgress['org']; year: number }) {
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const perWorker = org.kind === 'enterprise';

  const run = async () => {
    setState({ status: 'running' });
    try {
      const made = await callFunction(activityContract, 'exportProgress', { year, orgId: org.id });
      const saved = await openCloudFile(made.url, made.fileName);
      setState({ status: 'done', rows: made.rows, personal: made.personal, expiresAt: made.expiresAt, saved });
    } catch (error) {
      setState({ status: 'error', message: asCloudError(error).message });
    }
  };

  return (
    <View className="jx-card" aria-label="导出 Excel">
      <Text className="jx-text-title jx-block">导出 Excel</Text>
      <Text className="jx-text-secondary jx-block jx-admin__hint">
        {perWorker
          ? `${year}年本企业每位现有会员一行：十个项目是否完成（✓ / —）和完成项数。`
          : `${year}年每个下级组织一行：现有会员数，各项完成人数和完成率，十项全部完成人数，最后一行为合计。`}
        导出记入操作日志。
      </Text>
      <View className="jx-actions">
        <Button
          className="jx-button"
          type="primary"
          fill="outline"
          loading={state.status === 'running'}
          onClick={() => void run()}
        >
          {state.status === 'running' ? '正在导出' : '导出完成情况（Excel）'}
        </Button>
      </View>
      {state.status === 'done' ? (
        <View role="status">
          <DoneText>✓ 已导出，共 {state.rows} 行</DoneText>
          <Text className="jx-text-secondary jx-block">{state.saved.where}</Text>
          {state.personal ? (
            <Text className="jx-text-secondary jx-block">
              文件含职工姓名，云端副本将于{formatDateTime(state.expiresAt)}自动删除，请妥善保管下载的文件。
            </Text>
          ) : null}
        </View>
      ) : null}
      {state.status === 'error' ? <ErrorText>{state.message}</ErrorText> : null}
    </View>
  );
}
