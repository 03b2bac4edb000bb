// 投票监督: the organisers of a campaign act on brushing (刷票) and check the count. Suspicions the clock raised
// (可疑投票) with their evidence in words, 作废这些票 or 驳回 with a reason; 作废某账号的票 by its per-campaign code;
// 核对计票 and 导出投票记录 (count-checks.tsx); 作废某账号的票 in void-voter.tsx.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { ReasonDialog } from '@/components/dialog/dialog';
import { DoneText } from '@/components/form/messages';
import { formatDateTime } from '@/components/format/format';
import { useShownAgain } from '@/components/navigation/navigation';
import { EmptyState } from '@/components/states/states';
import { DataTable, type BulkAction, type TableColumn } from '@/components/data-table/data-table';
import { selectionContract } from '@/shared/contracts/selection';
import { stageLabels, votingHasOpened } from '@/shared/selection/stages';
import { AdminFrame, AdminPending } from '@/components/staff/admin-frame';
import type { StaffCampaign } from './campaign-texts';
import {
  evidenceLines,
  flaggedVoters,
  flagKindLabels,
  flagStatusLabels,
  windowText,
  zeroingScope,
  type Flag,
  type FlagStatus,
} from './integrity-texts';
import { ExportLog, Recount } from './count-checks';
import { VoidVoter } from './void-voter';
import { CampaignExports } from './campaign-exports';
import { VoteTrendCards } from './vote-trend';
import { Tabs } from '@/components/staff/tabs';
import '@/components/staff/admin.css';
import './integrity.css';

const TABS: { value: FlagStatus; label: string }[] = [
  { value: 'open', label: '待处理' },
  { value: 'actioned', label: '已处理' },
  { value: 'dismissed', label: '已驳回' },
];

const EMPTY: Record<FlagStatus, { title: string; hint: string }> = {
  open: {
    title: '目前没有待处理的可疑投票。',
    hint: '系统每分钟检查一次投票，发现投票突增或新账号集中投票时会列在这里。',
  },
  actioned: { title: '还没有作废过可疑投票。', hint: '在“待处理”里作废的预警会列在这里。' },
  dismissed: { title: '还没有驳回过预警。', hint: '核查后认为正常的预警驳回后会列在这里。' },
};

function FlagCard({ flag, onAct }: { flag: Flag; onAct: (action: 'zero' | 'dismiss') => void }) {
  const [showVoters, setShowVoters] = useState(false);
  const voters = flaggedVoters(flag);
  return (
    <View className="jx-card" aria-label={`${flag.candidateName}：${flagKindLabels[flag.kind]}`}>
      <Text className="jx-text-title jx-block">
        {flag.candidateName}
        <Text className="jx-tag jx-tag--brand jx-title-tag">{flagKindLabels[flag.kind]}</Text>
        {flag.status !== 'open' ? <Text className="jx-tag jx-title-tag">{flagStatusLabels[flag.status]}</Text> : null}
      </Text>
      <Text className="jx-text-body jx-block jx-admin__line">
        时间段：{windowText(flag.windowStart, flag.windowEnd)}
      </Text>
      <Text className="jx-text-secondary jx-block">发现于 {formatDateTime(flag.raisedAt)}</Text>
      <View className="jx-evidence" aria-label="依据">
        {evidenceLines(flag).map((line) => (
          <Text key={line} className="jx-text-body jx-block jx-evidence__line">
            {line}
          </Text>
        ))}
      </View>
      {voters.length > 0 ? (
        <View className="jx-admin__line">
          <View
            className="jx-tappable jx-voters-toggle"
            role="button"
            aria-expanded={showVoters}
            onClick={() => setShowVoters(!showVoters)}
          >
            <Text className="jx-text-body">
              {showVoters ? '收起账号代码' : `查看这 ${voters.length} 个账号的代码`}
            </Text>
          </View>
          {showVoters ? (
            <View className="jx-voters" aria-label="账号代码">
              {voters.map((voter) => (
                <Text key={voter} className="jx-text-secondary jx-block jx-code" userSelect>
                  {voter}
                </Text>
              ))}
            </View>
          ) : null}
        </View>
      ) : null}
      {flag.status !== 'open' && flag.reason ? (
        <View className="jx-outcome">
          <Text className="jx-text-body jx-block">
            {flag.status === 'actioned' ? '已作废这些票' : '已驳回'}，原因：{flag.reason}
          </Text>
        </View>
      ) : null}
      {flag.status === 'open' ? <FlagActions onAct={onAct} /> : null}
    </View>
  );
}

function FlagActions({ onAct }: { onAct: (action: 'zero' | 'dismiss') => void }) {
  return (
    <View className="jx-actions">
      <Button className="jx-button" type="primary" onClick={() => onAct('zero')}>
        作废这些票
      </Button>
      <Button className="jx-button" fill="outline" onClick={() => onAct('dismiss')}>
        驳回
      </Button>
    </View>
  );
}

const flagColumns = (
  onAct: (flag: Flag, action: 'zero' | 'dismiss') => void,
): TableColumn<Flag, 'raisedAt' | 'windowStart'>[] => [
  { key: 'candidate', title: '候选人', weight: 1.1, cell: (flag) => <Text>{flag.candidateName}</Text> },
  { key: 'kind', title: '类型', weight: 1.2, cell: (flag) => <Text>{flagKindLabels[flag.kind]}</Text> },
  {
    key: 'window',
    title: '时间段',
    sortField: 'windowStart',
    weight: 1.8,
    cell: (flag) => <Text>{windowText(flag.windowStart, flag.windowEnd)}</Text>,
  },
  {
    key: 'raisedAt',
    title: '发现于',
    sortField: 'raisedAt',
    weight: 1.4,
    cell: (flag) => <Text>{formatDateTime(flag.raisedAt)}</Text>,
  },
  {
    key: 'evidence',
    title: '依据',
    weight: 3,
    cell: (flag) => (
      <>
        {evidenceLines(flag).map((line) => (
          <Text key={line} className="jx-block">
            {line}
          </Text>
        ))}
      </>
    ),
  },
  {
    key: 'act',
    title: '处理',
    weight: 2.2,
    cell: (flag) =>
      flag.status === 'open' ? (
        <FlagActions onAct={(action) => onAct(flag, action)} />
      ) : (
        <Text>
          {flagStatusLabels[flag.status]}
          {flag.reason ? `：${flag.reason}` : ''}
        </Text>
      ),
  },
];

function Flags({ campaign, onVoided }: { campaign: StaffCampaign; onVoided: () => void }) {
  const [status, setStatus] = useState<FlagStatus>('open');
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((current) => current + 1);
  const [acting, setActing] = useState<{ flag: Flag; action: 'zero' | 'dismiss' } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  useShownAgain(reload);

  const act = async (reason: string) => {
    if (!acting) return;
    const { flag, action } = acting;
    if (action === 'zero') {
      const { voided } = await callFunction(selectionContract, 'zeroFlagged', { flagId: flag.id, reason });
      if (voided > 0) onVoided();
      setDone(
        voided > 0
          ? `✓ 已作废 ${voided} 票：${flag.candidateName}的公开票数已减少 ${voided} 票。`
          : `✓ 已处理：这条预警涉及的票此前都已作废，这次没有再作废票，公开票数不变。`,
      );
    } else {
      await callFunction(selectionContract, 'dismissFlag', { flagId: flag.id, reason });
      setDone(`✓ 已驳回${flag.candidateName}的“${flagKindLabels[flag.kind]}”预警，票数没有变化。`);
    }
    setActing(null);
    reload();
  };

  // 作废这些票 or 驳回 for several flags at once, each flag its own audited act with the batch's reason.
  const bulkActions: BulkAction<Flag>[] =
    status === 'open'
      ? [
          {
            label: '批量作废',
            done: '已作废',
            reason: 'required',
            reasonLabel: '作废原因',
            description: (rows) =>
              `将作废这 ${rows.length} 条预警涉及的票（${rows.map((row) => row.candidateName).join('、')}），作废后不再计入，公开票数随即减少，不能恢复。`,
            run: async (flag, reason) => {
              const { voided } = await callFunction(selectionContract, 'zeroFlagged', { flagId: flag.id, reason });
              return voided > 0 ? `已作废 ${voided} 票` : '涉及的票此前都已作废，票数不变';
            },
          },
          {
            label: '批量驳回',
            done: '已驳回，票数不变',
            reason: 'required',
            reasonLabel: '驳回原因',
            description: (rows) => `驳回表示经核查这 ${rows.length} 条预警涉及的都是正常投票，票数不会改变。`,
            run: async (flag, reason) => {
              await callFunction(selectionContract, 'dismissFlag', { flagId: flag.id, reason });
            },
          },
        ]
      : [];

  return (
    <>
      <View className="jx-admin__head">
        <Text className="jx-text-title jx-block">可疑投票</Text>
        <Text className="jx-text-secondary jx-block jx-admin__hint">
          系统自动发现的异常投票。处理之前票数不会改变；作废的票仍留在投票记录里，可以导出核对。
        </Text>
      </View>
      <Tabs label="预警状态" tabs={TABS} value={status} onChange={setStatus} />
      {done ? <DoneText className="jx-integrity__done">{done}</DoneText> : null}
      <DataTable<Flag, 'raisedAt' | 'windowStart'>
        label="可疑投票"
        filterKey={status}
        version={version}
        columns={flagColumns((flag, action) => setActing({ flag, action }))}
        load={async (table) => {
          const page = await callFunction(selectionContract, 'listFlags', { campaignId: campaign.id, status, table });
          return { rows: page.flags, total: page.total, page: page.page };
        }}
        defaultSort={{ sortBy: 'raisedAt', order: 'desc' }}
        rowKey={(flag) => flag.id}
        rowName={(flag) => `${flag.candidateName}：${flagKindLabels[flag.kind]}`}
        selectable={status === 'open' ? (flag) => flag.status === 'open' : undefined}
        bulkActions={bulkActions}
        onBulkDone={onVoided}
        empty={EMPTY[status]}
        card={(flag) => <FlagCard flag={flag} onAct={(action) => setActing({ flag, action })} />}
      />
      <ReasonDialog
        open={acting !== null}
        title={acting ? `${acting.action === 'zero' ? '作废这些票' : '驳回预警'}：${acting.flag.candidateName}` : ''}
        description={
          acting?.action === 'zero'
            ? `${zeroingScope(acting.flag)}作废后这些票不再计入，公开票数随即减少，不能恢复。`
            : acting
              ? '驳回表示经核查这些票是正常投票，票数不会改变。'
              : undefined
        }
        reasonLabel={acting?.action === 'zero' ? '作废原因' : '驳回原因'}
        confirmText={acting?.action === 'zero' ? '确认作废' : '确认驳回'}
        onCancel={() => setActing(null)}
        onConfirm={act}
      />
    </>
  );
}

const loadCampaign = (campaignId: string) => callFunction(selectionContract, 'staffCampaign', { campaignId });

export function Integrity({ campaignId }: { campaignId: string | undefined }) {
  const { state, reload } = useCloudCall(() => loadCampaign(campaignId ?? ''), [campaignId]);
  // Bumped when votes are voided here: a recount or export shown from before no longer holds, so they start over.
  const [voidings, setVoidings] = useState(0);
  const voided = () => setVoidings((n) => n + 1);

  if (state.status !== 'ready') {
    return <AdminPending title="投票监督" state={state} label="正在加载评选活动" onRetry={reload} />;
  }
  const campaign = state.data;
  const intro = `${campaign.title} · 当前阶段：${stageLabels[campaign.stage]}`;
  if (!campaign.organiser) {
    return (
      <AdminFrame title="投票监督" intro={intro}>
        <View className="jx-card">
          <EmptyState
            title={`投票监督由主办单位${campaign.org.name}负责。`}
            hint="发现可疑投票，请告知主办单位的工作人员。"
          />
        </View>
      </AdminFrame>
    );
  }
  if (!votingHasOpened(campaign.stage)) {
    return (
      <AdminFrame title="投票监督" intro={intro}>
        <View className="jx-card">
          <EmptyState
            title="公众投票还没有开始。"
            hint="投票开始后，可以在这里处理可疑投票、核对计票、导出投票记录。"
          />
        </View>
      </AdminFrame>
    );
  }
  return (
    <AdminFrame title="投票监督" intro={intro}>
      <Flags campaign={campaign} onVoided={voided} />
      <View className="jx-admin__head">
        <Text className="jx-text-title jx-block">票数与趋势</Text>
      </View>
      <VoteTrendCards key={`trend-${voidings}`} campaign={campaign} />
      <View className="jx-admin__head">
        <Text className="jx-text-title jx-block">核对与记录</Text>
      </View>
      <Recount key={`recount-${voidings}`} campaign={campaign} />
      <CampaignExports key={`excel-${voidings}`} campaign={campaign} kinds={['flags']} />
      <ExportLog key={`export-${voidings}`} campaign={campaign} />
      <VoidVoter campaign={campaign} onVoided={voided} />
    </AdminFrame>
  );
}
