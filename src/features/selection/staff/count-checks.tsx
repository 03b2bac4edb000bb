// 投票监督's checks of the count: 核对计票 recomputes every stored figure that feeds a published number (tallies,
// each voter's day against its quota, score totals, the frozen result), 按投票记录重算 repairs an honest difference
// with a reason, and 导出投票记录 writes the whole log as one file anyone can recount offline (H5 download; on the
// phone a file to send to a chat): a second download beside the Excel files, labelled for auditors, which says in
// words who recounts it and with what.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError } from '@/cloud/use-cloud-call';
import { ReasonDialog } from '@/components/dialog/dialog';
import { DoneText, ErrorText } from '@/components/form/messages';
import { formatDateTime } from '@/components/format/format';
import { now as clockNow } from '@/platform/clock';
import { selectionContract } from '@/shared/contracts/selection';
import { countsRebuildable } from '@/shared/selection/stages';
import type { StaffCampaign } from './campaign-texts';
import { exportFileName, recountMessage, type RecountResult } from './integrity-texts';
import { saveTextFile, type SavedFile } from '@/platform/save-file';
import { collectVoteLog, voteLogSummary } from './vote-export';

export function Recount({ campaign }: { campaign: StaffCampaign }) {
  const [state, setState] = useState<
    | { status: 'idle' }
    | { status: 'running' }
    | { status: 'done'; result: RecountResult; at: Date }
    | { status: 'error'; message: string }
  >({ status: 'idle' });
  const [rebuilding, setRebuilding] = useState(false);
  const [rebuilt, setRebuilt] = useState<string | null>(null);

  const run = async () => {
    setState({ status: 'running' });
    try {
      const result = await callFunction(selectionContract, 'recount', { campaignId: campaign.id });
      setState({ status: 'done', result, at: clockNow() });
    } catch (error) {
      setState({ status: 'error', message: asCloudError(error).message });
    }
  };
  const message = state.status === 'done' ? recountMessage(state.result) : null;
  const hold = state.status === 'done' ? state.result.hold : campaign.countHold;
  const canRebuild =
    state.status === 'done' &&
    countsRebuildable(campaign.stage) &&
    state.result.differences.some((row) => row.figure !== 'voterDay' && row.figure !== 'voterDayCandidate');

  return (
    <View className="jx-card" aria-label="核对计票">
      <Text className="jx-text-title jx-block">核对计票</Text>
      <Text className="jx-text-secondary jx-block jx-admin__hint">
        用全部有效投票、每个投票账号的当日配额和专家的逐项评分，重新计算票数、加权票数、评分总分和评选结果，与记录逐一比对。
      </Text>
      {hold ? (
        <View className="jx-warning" role="alert" aria-label="结果产生已暂停">
          <Text className="jx-text-body jx-block jx-warning__title">
            ⚠ 结果产生已暂停（{formatDateTime(new Date(hold.since))}起）
          </Text>
          <Text className="jx-text-body jx-block">
            到了结果产生的时间，但计票核对发现{hold.differences}处不一致：{hold.summary}。处理后将自动产生结果。
          </Text>
        </View>
      ) : null}
      {message?.consistent ? <DoneText className="jx-admin__line">✓ {message.headline}</DoneText> : null}
      {message && !message.consistent ? (
        <View className="jx-warning" role="alert">
          <Text className="jx-text-body jx-block jx-warning__title">⚠ {message.headline}</Text>
          {message.lines.map((line) => (
            <Text key={line} className="jx-text-body jx-block">
              {line}
            </Text>
          ))}
          {message.advice.map((line) => (
            <Text key={line} className="jx-text-secondary jx-block jx-admin__line">
              {line}
            </Text>
          ))}
        </View>
      ) : null}
      {rebuilt ? <DoneText className="jx-admin__line">✓ {rebuilt}</DoneText> : null}
      {state.status === 'done' ? (
        <Text className="jx-text-secondary jx-block">核对时间：{formatDateTime(state.at)}</Text>
      ) : null}
      {state.status === 'error' ? <ErrorText className="jx-admin__line">{state.message}</ErrorText> : null}
      <View className="jx-actions">
        <Button
          className="jx-button"
          type="primary"
          fill="outline"
          loading={state.status === 'running'}
          onClick={() => void run()}
        >
          {state.status === 'running' ? '正在核对' : state.status === 'done' ? '再次核对' : '核对计票'}
        </Button>
        {canRebuild ? (
          <Button className="jx-button" type="primary" onClick={() => setRebuilding(true)}>
            按投票记录重算
          </Button>
        ) : null}
      </View>
      <ReasonDialog
        open={rebuilding}
        title="按投票记录重算"
        description="以存储的每一票和专家的逐项评分为准，重写不一致的票数、评分总分；结果已产生的，按重算后的数字重新排名。超出当日配额的票不会因此计入或作废。"
        reasonLabel="重算原因"
        reasonHint="如 核实为投票请求中断所致"
        confirmText="重算"
        onCancel={() => setRebuilding(false)}
        onConfirm={async (reason) => {
          const done = await callFunction(selectionContract, 'rebuildCounts', { campaignId: campaign.id, reason });
          setRebuilding(false);
          setRebuilt(
            done.remaining.length === 0
              ? `已重算 ${done.repaired} 项，计票核对全部一致`
              : `已重算 ${done.repaired} 项，仍有 ${done.remaining.length} 项不一致`,
          );
          await run();
        }}
      />
    </View>
  );
}

export function ExportLog({ campaign }: { campaign: StaffCampaign }) {
  const [state, setState] = useState<
    | { status: 'idle' }
    | { status: 'running'; votes: number }
    | { status: 'done'; votes: number; counted: number; candidates: number; saved: SavedFile }
    | { status: 'error'; message: string }
  >({ status: 'idle' });
  const [shareError, setShareError] = useState<string | null>(null);

  const run = async () => {
    setState({ status: 'running', votes: 0 });
    setShareError(null);
    try {
      const log = await collectVoteLog(
        campaign,
        (cursor) => callFunction(selectionContract, 'exportVotes', { campaignId: campaign.id, cursor }),
        clockNow,
        (votes) => setState({ status: 'running', votes }),
      );
      const saved = await saveTextFile(
        exportFileName(campaign.title, new Date(log.campaign.exportedAt)),
        JSON.stringify(log, null, 1),
        'application/json',
      );
      setState({ status: 'done', ...voteLogSummary(log), saved });
    } catch (error) {
      setState({ status: 'error', message: asCloudError(error).message });
    }
  };

  const share = async (saved: SavedFile) => {
    setShareError(null);
    try {
      await saved.share?.();
    } catch (error) {
      setShareError(asCloudError(error).message);
    }
  };

  return (
    <View className="jx-card" aria-label="供审计核对：投票记录">
      <Text className="jx-text-title jx-block">供审计核对：投票记录（JSON 文件）</Text>
      <Text className="jx-text-body jx-block jx-admin__hint">
        这不是给人阅读的表格，而是交给审计人员或纪检监督部门独立复核票数用的原始记录：每一票投给谁、哪天几点投的、是否有效。投票人只以本次评选专用的账号代码出现，不含姓名、微信号等任何个人信息。
      </Text>
      <Text className="jx-text-secondary jx-block jx-admin__line">
        谁来核对：任何拿到文件的人，通常是审计人员或纪检监督部门，不需要本系统的账号。用什么核对：匠心附带的“离线重新计票”工具，由技术人员在任意一台电脑上运行，不连接本系统；它逐票重新统计每位候选人的有效票数，与文件里记录的公开票数逐一对照，全部一致即说明公开的票数与投票记录相符。投票进行中导出的是导出那一刻的记录。
      </Text>
      {state.status === 'running' ? (
        <View className="jx-admin__line" role="status">
          <Text className="jx-text-body">正在导出：已读取 {state.votes} 票</Text>
        </View>
      ) : null}
      {state.status === 'done' ? (
        <View className="jx-admin__line">
          <DoneText>
            ✓ 已导出 {state.votes} 票（其中有效 {state.counted} 票，{state.candidates} 位候选人）
          </DoneText>
          <Text className="jx-text-secondary jx-block">{state.saved.where}</Text>
        </View>
      ) : null}
      {state.status === 'error' ? <ErrorText className="jx-admin__line">{state.message}</ErrorText> : null}
      {shareError ? <ErrorText className="jx-admin__line">{shareError}</ErrorText> : null}
      <View className="jx-actions">
        <Button
          className="jx-button"
          type="primary"
          fill="outline"
          loading={state.status === 'running'}
          onClick={() => void run()}
        >
          {state.status === 'running' ? '正在导出' : state.status === 'done' ? '重新导出' : '导出投票记录'}
        </Button>
        {state.status === 'done' && state.saved.share ? (
          <Button className="jx-button" type="primary" onClick={() => void share(state.saved)}>
            发送到聊天
          </Button>
        ) : null}
      </View>
    </View>
  );
}
