// An Excel download in a staff page: the button that has the file made in the cloud, then opens it (a download in
// the browser; in WeChat the file opens, ready to forward), and what came of it — the rows, where the file went, and
// for a file with personal data when the cloud copy is deleted. Each feature passes the call that makes its file.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { asCloudError } from '@/cloud/use-cloud-call';
import { DoneText, ErrorText } from '@/components/form/messages';
import { formatDateTime } from '@/components/format/format';
import { openCloudFile, type SavedFile } from '@/platform/save-file';

/** What a function answers for a file it made (as every `export…` action does). */
export interface MadeFile {
  fileName: string;
  url: string;
  rows: number;
  personal: boolean;
  expiresAt: string;
}

type ExportState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; rows: number; personal: boolean; expiresAt: string; saved: SavedFile }
  | { status: 'error'; message: string };

export function ExcelExport({
  label,
  personalWhat,
  make,
}: {
  /** What the file is, in the button and the outcome: 导出{label}（Excel）. */
  label: string;
  /** What personal data it holds, in the note about the cloud copy (个人信息, 职工姓名). */
  personalWhat: string;
  make: () => Promise<MadeFile>;
}) {
  const [state, setState] = useState<ExportState>({ status: 'idle' });

  const run = async () => {
    setState({ status: 'running' });
    try {
      const made = await make();
      const saved = await openCloudFile(made.url, made.fileName);
      setState({ status: 'done', rows: made.rows, personal: made.personal, expiresAt: made.expiresAt, saved });
    } catch (error) {
      setState({ status: 'error', message: asCloudError(error).message });
    }
  };

  return (
    <>
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
              文件含{personalWhat}，云端副本将于{formatDateTime(state.expiresAt)}自动删除，请妥善保管下载的文件。
            </Text>
          ) : null}
        </View>
      ) : null}
      {state.status === 'error' ? <ErrorText>{state.message}</ErrorText> : null}
    </>
  );
}
