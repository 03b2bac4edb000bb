// The nominations of one campaign, by status: the organisers review them (通过 / 退回修改 / 不通过); a nominating
// union sees those of its own people.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useCallback, useEffect, useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { Dialog, ReasonDialog } from '@/components/dialog/dialog';
import { DataTable, type BulkAction, type TableColumn } from '@/components/data-table/data-table';
import { formatDateTime } from '@/components/format/format';
import { useShownAgain } from '@/components/navigation/navigation';
import { PhotoGallery } from '@/components/photos/photos';
import { selectionContract } from '@/shared/contracts/selection';
import { honourLevelLabels } from '@/shared/people/vocabulary';
import { nominationStatusLabels, type Nomination, type NominationStatus, type StaffCampaign } from './campaign-texts';
import { DisqualifyAction } from './disqualify';
import { CorrectButton, ReturnedReason } from './nomination-correction';
import { HeldTag, HeldTextNote, ImageHoldsNote, textHoldOf } from '@/components/content/held-content';
import { HeldTextActions } from './held-text-decision';
import { Tabs } from '@/components/staff/tabs';
import '@/components/staff/admin.css';

type Decision = 'approve' | 'return' | 'reject';
type NominationSort = 'nominatedAt' | 'name';

/** The category filter's value for every category. */
const ALL = 'all';

const TABS: { value: NominationStatus; label: string }[] = [
  { value: 'submitted', label: '待审核' },
  { value: 'approved', label: '已通过' },
  { value: 'returned', label: '退回修改' },
  { value: 'rejected', label: '不通过' },
];

const DECISIONS: Record<
  Decision,
  { title: string; confirm: string; reason: 'optional' | 'required'; label: string }
> = {
  approve: { title: '通过提名', confirm: '确认通过', reason: 'optional', label: '备注' },
  return: { title: '退回修改', confirm: '确认退回', reason: 'required', label: '需要修改的地方' },
  reject: { title: '不通过', confirm: '确认不通过', reason: 'required', label: '不通过的原因' },
};

const EMPTY: Record<NominationStatus, string> = {
  submitted: '目前没有待审核的提名。',
  approved: '还没有审核通过的提名。',
  returned: '没有退回修改的提名。',
  rejected: '没有不通过的提名。',
  disqualified: '没有取消资格的候选人。',
};

function NominationCard({
  nomination,
  campaign,
  onDecide,
  onChanged,
}: {
  nomination: Nomination;
  campaign: StaffCampaign;
  onDecide: (decision: Decision) => void;
  onChanged: (changed: Nomination) => void;
}) {
  const category = campaign.categories.find((item) => item.id === nomination.categoryId);
  const reviewable =
    campaign.organiser &&
    nomination.status === 'submitted' &&
    (campaign.stage === 'nomination' || campaign.stage === 'review');
  const deedsHold = textHoldOf(nomination.content, 'deeds');
  const honoursHold = textHoldOf(nomination.content, 'honours');
  return (
    <View className="jx-card" aria-label={`${nomination.name}的提名`}>
      <Text className="jx-text-title jx-block">
        {nomination.name}
        <Text className="jx-tag jx-title-tag">{nominationStatusLabels[nomination.status]}</Text>
      </Text>
      <Text className="jx-text-body jx-block">
        {nomination.enterprise} · {nomination.trade}
      </Text>
      <ReturnedReason nomination={nomination} />
      <Text className="jx-text-secondary jx-block">类别：{category?.name ?? '—'}</Text>
      <Text className="jx-text-secondary jx-block">
        {nomination.nominatedBy} 于 {formatDateTime(nomination.nominatedAt)} 提名
      </Text>
      <Text className="jx-text-body jx-block jx-admin__line">
        <HeldTag hold={deedsHold} />
        {nomination.deeds}
      </Text>
      <HeldTextNote hold={deedsHold} label="主要事迹" />
      <PhotoGallery fileIds={nomination.photoFileIds} name={nomination.name} />
      <ImageHoldsNote content={nomination.content} />
      {nomination.honours.length > 0 ? (
        <Text className="jx-text-secondary jx-block jx-admin__line">
          <HeldTag hold={honoursHold} />
          荣誉：
          {nomination.honours
            .map((honour) => `${honour.year}年${honour.title}（${honourLevelLabels[honour.level]}）`)
            .join('；')}
        </Text>
      ) : null}
      <HeldTextNote hold={honoursHold} label="荣誉称号" />
      {campaign.organiser && !nomination.mine ? (
        <HeldTextActions
          owner="candidate"
          id={nomination.id}
          content={nomination.content}
          onDecided={(content) => onChanged({ ...nomination, content })}
        />
      ) : null}
      {nomination.review && nomination.status !== 'returned' ? (
        <View className="jx-outcome" role="status">
          <Text className={nomination.status === 'approved' ? 'jx-text-success' : 'jx-text-body jx-block'}>
            {nomination.status === 'approved' ? '✓ ' : ''}
            {nomination.status === 'submitted'
              ? '曾退回修改，已重新提交'
              : nominationStatusLabels[nomination.status]}{' '}
            · {nomination.review.by} {formatDateTime(nomination.review.at)}
          </Text>
          {nomination.review.reason ? (
            <Text className="jx-text-secondary jx-block">原因：{nomination.review.reason}</Text>
          ) : null}
        </View>
      ) : null}
      {reviewable ? (
        <View className="jx-actions">
          <Button className="jx-button" type="primary" onClick={() => onDecide('approve')}>
            通过
          </Button>
          <Button className="jx-button" fill="outline" onClick={() => onDecide('return')}>
            退回修改
          </Button>
          <Button className="jx-button" fill="outline" onClick={() => onDecide('reject')}>
            不通过
          </Button>
        </View>
      ) : null}
      <DisqualifyAction nomination={nomination} campaign={campaign} onDone={onChanged} />
      <CorrectButton nomination={nomination} campaign={campaign} />
    </View>
  );
}

/** The nominations table's columns in a wide window (the card shows everything, opened from 详情). */
function nominationColumns(
  campaign: StaffCampaign,
  onOpen: (nomination: Nomination) => void,
): TableColumn<Nomination, NominationSort>[] {
  return [
    { key: 'name', title: '姓名', sortField: 'name', weight: 1.2, cell: (row) => <Text>{row.name}</Text> },
    {
      key: 'enterprise',
      title: '单位 · 工种',
      weight: 2.4,
      cell: (row) => (
        <Text>
          {row.enterprise} · {row.trade}
        </Text>
      ),
    },
    {
      key: 'category',
      title: '类别',
      weight: 1.4,
      cell: (row) => <Text>{campaign.categories.find((item) => item.id === row.categoryId)?.name ?? '—'}</Text>,
    },
    {
      key: 'nominatedAt',
      title: '提名时间',
      sortField: 'nominatedAt',
      weight: 1.8,
      cell: (row) => (
        <>
          <Text className="jx-block">{formatDateTime(row.nominatedAt)}</Text>
          <Text className="jx-block jx-text-secondary">{row.nominatedBy}</Text>
        </>
      ),
    },
    {
      key: 'status',
      title: '状态',
      weight: 1.2,
      cell: (row) => <Text className="jx-tag">{nominationStatusLabels[row.status]}</Text>,
    },
    {
      key: 'open',
      title: '详情',
      weight: 1,
      cell: (row) => (
        <Button className="jx-button" fill="outline" onClick={() => onOpen(row)}>
          查看
        </Button>
      ),
    },
  ];
}

export function Nominations({ campaign, onReviewed }: { campaign: StaffCampaign; onReviewed: () => void }) {
  const [status, setStatus] = useState<NominationStatus>('submitted');
  const [category, setCategory] = useState<string>(ALL);
  const [version, setVersion] = useState(0);
  const [deciding, setDeciding] = useState<{ nomination: Nomination; decision: Decision } | null>(null);
  const [opened, setOpened] = useState<Nomination | null>(null);
  // Rows decided one by one keep their place with their new state until the list is read again.
  const [patches, setPatches] = useState<ReadonlyMap<string, Nomination>>(new Map());
  const patch = useCallback((row: Nomination) => patches.get(row.id) ?? row, [patches]);
  const changed = (next: Nomination) => {
    setPatches((current) => new Map(current).set(next.id, next));
    if (opened?.id === next.id) setOpened(next);
    onReviewed();
  };
  const readAgain = () => {
    setPatches(new Map());
    setVersion((current) => current + 1);
  };
  useShownAgain(readAgain);
  useEffect(() => setPatches(new Map()), [status, category]);

  const decide = async (reason: string) => {
    if (!deciding) return;
    const reviewed = await callFunction(selectionContract, 'reviewNomination', {
      candidateId: deciding.nomination.id,
      decision: deciding.decision,
      reason: reason || undefined,
    });
    setDeciding(null);
    changed(reviewed);
  };

  const reviewing =
    campaign.organiser && status === 'submitted' && (campaign.stage === 'nomination' || campaign.stage === 'review');
  // The organisers review others' nominations; never one they submitted themselves (the server refuses it too).
  const bulkActions: BulkAction<Nomination>[] = reviewing
    ? [
        {
          label: '批量通过',
          done: '已通过',
          reason: 'optional',
          reasonLabel: '备注',
          description: (rows) => `${rows.map((row) => row.name).join('、')}将成为候选人，候选人公布后公众可以看到。`,
          run: async (row, reason) => {
            await callFunction(selectionContract, 'reviewNomination', {
              candidateId: row.id,
              decision: 'approve',
              reason: reason || undefined,
            });
          },
        },
        {
          label: '批量退回',
          done: '已退回修改',
          reason: 'required',
          reasonLabel: '需要修改的地方',
          description: (rows) =>
            `${rows.map((row) => row.name).join('、')}的提名将退回，提名单位会看到需要修改的地方，修改后重新提交。`,
          run: async (row, reason) => {
            await callFunction(selectionContract, 'reviewNomination', {
              candidateId: row.id,
              decision: 'return',
              reason,
            });
          },
        },
      ]
    : [];
  const categoryTabs =
    campaign.categories.length > 1
      ? [
          { value: ALL, label: '全部类别' },
          ...campaign.categories.map((item) => ({ value: item.id, label: item.name })),
        ]
      : null;

  const spec = deciding ? DECISIONS[deciding.decision] : null;
  return (
    <>
      <View className="jx-admin__head">
        <Text className="jx-text-title jx-block">提名</Text>
      </View>
      <Tabs label="提名状态" tabs={TABS} value={status} onChange={setStatus} />
      {categoryTabs ? <Tabs label="评选类别" tabs={categoryTabs} value={category} onChange={setCategory} /> : null}
      <DataTable<Nomination, NominationSort>
        label="提名"
        filterKey={`${status}/${category}`}
        version={version}
        patch={patch}
        columns={nominationColumns(campaign, setOpened)}
        load={async (table) => {
          const page = await callFunction(selectionContract, 'listNominations', {
            campaignId: campaign.id,
            status,
            ...(category === ALL ? {} : { categoryId: category }),
            table,
          });
          return { rows: page.nominations, total: page.total, page: page.page };
        }}
        defaultSort={{ sortBy: 'nominatedAt', order: 'asc' }}
        rowKey={(row) => row.id}
        rowName={(row) => row.name}
        searchLabel="按姓名搜索"
        selectable={reviewing ? (row) => !row.mine : undefined}
        bulkActions={bulkActions}
        onBulkDone={() => {
          setPatches(new Map());
          onReviewed();
        }}
        empty={{
          title: EMPTY[status],
          hint: campaign.stage === 'nomination' ? '各单位提名的职工会出现在“待审核”里。' : undefined,
        }}
        card={(nomination) => (
          <NominationCard
            nomination={nomination}
            campaign={campaign}
            onDecide={(decision) => setDeciding({ nomination, decision })}
            onChanged={changed}
          />
        )}
      />
      <Dialog
        open={opened !== null && deciding === null}
        title={opened ? `${opened.name}的提名` : ''}
        onClose={() => setOpened(null)}
        actions={
          <Button className="jx-button" fill="outline" onClick={() => setOpened(null)}>
            关闭
          </Button>
        }
      >
        {opened ? (
          <NominationCard
            nomination={opened}
            campaign={campaign}
            onDecide={(decision) => setDeciding({ nomination: opened, decision })}
            onChanged={changed}
          />
        ) : null}
      </Dialog>
      <ReasonDialog
        open={deciding !== null}
        title={spec ? `${spec.title}：${deciding!.nomination.name}` : ''}
        description={
          deciding?.decision === 'approve'
            ? `${deciding.nomination.name}将成为候选人，候选人公布后公众可以看到。`
            : deciding?.decision === 'return'
              ? '提名单位会看到需要修改的地方，修改后重新提交。'
              : deciding
                ? '不通过后不能再修改这次提名，提名单位会看到原因。'
                : undefined
        }
        reason={spec?.reason ?? 'optional'}
        reasonLabel={spec?.label ?? '原因'}
        confirmText={spec?.confirm ?? '确认'}
        onCancel={() => setDeciding(null)}
        onConfirm={decide}
      />
    </>
  );
}
