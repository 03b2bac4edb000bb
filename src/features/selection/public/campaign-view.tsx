// The campaign page: what it is and who runs it, where it stands, the rules in plain words, and its candidates by
// category — each with photo, 编号, deeds and the count the public may see — by 编号 or, where counts are public, as
// a 排行榜, searched by name or 编号; a voter votes from the list and always sees what they have left today.
import { Button } from '@nutui/nutui-react-taro';
import { Image, Text, View } from '@tarojs/components';
import { useCallback, useState, type ReactNode } from 'react';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { usePaged } from '@/cloud/use-paged';
import { TextField } from '@/components/form/fields';
import { ErrorText } from '@/components/form/messages';
import { openPage } from '@/components/navigation/navigation';
import { StageTimeline } from '@/components/stage-timeline/stage-timeline';
import { HomeLink, PublicPending } from './public-pending';
import { EmptyState, PendingCard } from '@/components/states/states';
import { selectionContract } from '@/shared/contracts/selection';
import { orderedUrls, usePhotoUrls } from '@/components/photos/photos';
import { candidateNumberText, mayRankByVotes, type CandidateOrder } from '@/shared/selection/public-counts';
import { isPublic, stageLabels, votingHasOpened } from '@/shared/selection/stages';
import { outcomeLink } from './outcome-texts';
import { candidateUrl, resultUrl } from './routes';
import { stageNote, type Campaign, type Candidate } from './texts';
import { rulesSummary, searchEmpty, searchNote, votesText } from './vote-texts';
import { useVoting } from './use-voting';
import { RefusalDialog, TodayBar, VoteButton } from './vote-controls';
import './vote.css';
import './candidates.css';
import './campaign-head.css';

/** The campaign's cover across the top of its card (absent, or not yet passed by the image check: nothing). */
export function CampaignCover({ fileId, title }: { fileId: string | null | undefined; title: string }) {
  const { state } = usePhotoUrls(fileId ? [fileId] : []);
  const url = fileId ? orderedUrls([fileId], state)[0] : undefined;
  if (!url) return null;
  return <Image className="jx-vote-head__cover" src={url} mode="aspectFill" nativeProps={{ alt: `${title}封面` }} />;
}

export function CampaignHead({ campaign }: { campaign: Campaign }) {
  return (
    <View className={`jx-card${campaign.coverImage ? ' jx-vote-head--cover' : ''}`} aria-label="评选活动">
      <CampaignCover fileId={campaign.coverImage} title={campaign.title} />
      <Text className="jx-text-hero jx-block">{campaign.title}</Text>
      <Text className="jx-text-secondary jx-vote-head__org">主办：{campaign.org.name}</Text>
      {campaign.description ? (
        <Text className="jx-text-body jx-block jx-vote-head__description">{campaign.description}</Text>
      ) : null}
      <View className="jx-vote-head__stage">
        <Text className="jx-tag jx-tag--brand">当前阶段：{stageLabels[campaign.stage]}</Text>
      </View>
      <Text className="jx-text-body jx-block jx-muted-line">{stageNote(campaign)}</Text>
      {isPublic(campaign.stage) ? (
        <Text className="jx-text-secondary jx-block jx-muted-line">
          共 {campaign.approvedCandidates} 位候选人，{campaign.categories.length} 个类别
        </Text>
      ) : null}
    </View>
  );
}

/** From the result on, the way to it (and in 公示 to the 公示 page): the first thing the page offers. */
function OutcomeEntry({ campaign }: { campaign: Campaign }) {
  const link = outcomeLink(campaign);
  if (!link) return null;
  return (
    <View className="jx-card" aria-label="评选结果">
      <Text className="jx-text-title jx-block">{campaign.stage === 'publicity' ? '评选结果公示' : '评选结果'}</Text>
      <Text className="jx-text-body jx-block jx-muted-line">{link.note}</Text>
      <View className="jx-actions">
        <Button className="jx-button" type="primary" onClick={() => openPage(link.url)}>
          {link.label}
        </Button>
        {campaign.stage === 'publicity' ? (
          <Button className="jx-button" fill="outline" onClick={() => openPage(resultUrl(campaign.id))}>
            查看完整评选结果
          </Button>
        ) : null}
      </View>
    </View>
  );
}

function Rules({ campaign }: { campaign: Campaign }) {
  return (
    <View className="jx-card" aria-label="投票规则">
      <Text className="jx-text-title jx-block">投票规则</Text>
      <View className="jx-vote-rules">
        {rulesSummary(campaign).map((line) => (
          <Text key={line} className="jx-text-body jx-vote-rules__line">
            · {line}
          </Text>
        ))}
      </View>
    </View>
  );
}

/** A row of tabs (the categories, the order): one is selected, a tap selects another. */
function VoteTabs<T extends string | null>({
  label,
  tabs,
  value,
  onChange,
  className = '',
}: {
  label: string;
  tabs: ReadonlyArray<{ id: T; name: string }>;
  value: T;
  onChange: (id: T) => void;
  className?: string;
}) {
  return (
    <View className={`jx-vote-tabs ${className}`} role="tablist" aria-label={label}>
      {tabs.map((tab) => {
        const selected = tab.id === value;
        return (
          <View
            key={tab.id ?? 'all'}
            className={`jx-vote-tab${selected ? ' jx-vote-tab--selected' : ''}`}
            role="tab"
            aria-selected={selected}
            onClick={() => onChange(tab.id)}
          >
            <Text className="jx-vote-tab__text">{tab.name}</Text>
          </View>
        );
      })}
    </View>
  );
}

/** 按编号 and, where the public may see the counts, 排行榜 (the server refuses a ranking of hidden counts). */
const ORDER_TABS: ReadonlyArray<{ id: CandidateOrder; name: string }> = [
  { id: 'number', name: '按编号' },
  { id: 'votes', name: '排行榜' },
];

/** One candidate in the list: photo, 编号, name, where they work, the start of their deeds, the count, 投票. */
function CandidateCard({
  candidate,
  campaign,
  photo,
  rank,
  action,
}: {
  candidate: Candidate;
  campaign: Campaign;
  photo: string | undefined;
  /** The place in the 排行榜, when the list is ranked by votes. */
  rank: number | null;
  action: ReactNode;
}) {
  const votes = votesText(candidate, campaign);
  const open = () => openPage(candidateUrl(candidate.id));
  return (
    <View className="jx-card jx-candidate" aria-label={candidate.name}>
      <View className="jx-candidate__main">
        <View className="jx-candidate__photo-box" onClick={open}>
          {photo ? (
            <Image
              className="jx-candidate__photo"
              src={photo}
              mode="aspectFill"
              nativeProps={{ alt: `${candidate.name}的照片` }}
            />
          ) : (
            <View className="jx-candidate__photo jx-candidate__photo--none" aria-hidden>
              <Text className="jx-candidate__initial">{candidate.name.slice(0, 1)}</Text>
            </View>
          )}
        </View>
        <View className="jx-candidate__text">
          <View className="jx-candidate__line">
            {candidate.number !== null ? (
              <Text className="jx-tag jx-candidate__number">{candidateNumberText(candidate.number)}号</Text>
            ) : null}
            {rank !== null ? <Text className="jx-tag jx-tag--brand">第{rank}名</Text> : null}
          </View>
          <View role="link" onClick={open}>
            <Text className="jx-text-title jx-candidate__name">{candidate.name} ›</Text>
            <Text className="jx-text-secondary jx-block">
              {candidate.enterprise} · {candidate.trade}
            </Text>
            {candidate.deeds ? (
              <Text className="jx-text-secondary jx-candidate__deeds">{candidate.deeds}</Text>
            ) : null}
            {votes ? <Text className="jx-text-body jx-candidate__votes">{votes}</Text> : null}
          </View>
        </View>
      </View>
      {action ? <View className="jx-candidate__action">{action}</View> : null}
    </View>
  );
}

function Candidates({ campaign }: { campaign: Campaign }) {
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [keyword, setKeyword] = useState('');
  const rankable = mayRankByVotes(campaign.stage, campaign.rules.countsVisibility);
  const [chosenOrder, setOrder] = useState<CandidateOrder>('number');
  const order: CandidateOrder = rankable ? chosenOrder : 'number';
  const [picked, setPicked] = useState<string[]>([]);
  const { state, reload, more, update } = usePaged<Candidate>(
    async (cursor) => {
      const page = await callFunction(selectionContract, 'candidates', {
        campaignId: campaign.id,
        categoryId: categoryId ?? undefined,
        keyword: keyword || undefined,
        order,
        cursor,
      });
      return { items: page.candidates, nextCursor: page.nextCursor };
    },
    [campaign.id, categoryId, keyword, order],
  );
  const coverIds = state.status === 'ready' ? state.items.flatMap((item) => item.photoFileIds.slice(0, 1)) : [];
  const covers = usePhotoUrls(coverIds);
  const live = campaign.rules.countsVisibility === 'live';
  const onAccepted = useCallback(
    (ids: string[]) => {
      setPicked([]);
      // Live counts: the voter sees their vote in the count at once (the next load reads the stored tally).
      if (live) {
        update((items) =>
          items.map((item) =>
            ids.includes(item.id) && item.votes !== null ? { ...item, votes: item.votes + 1 } : item,
          ),
        );
      }
    },
    [live, update],
  );
  const voting = useVoting(campaign.id, { onAccepted });
  const ballotSize = voting.today.status === 'ready' ? voting.today.data.ballotSize : null;
  const canVote = campaign.stage === 'voting';

  const togglePick = (id: string) =>
    setPicked((now) =>
      now.includes(id) ? now.filter((x) => x !== id) : ballotSize && now.length >= ballotSize ? now : [...now, id],
    );

  const search = () => setKeyword(typed.trim());
  // Ranks are shown only on the whole 排行榜 of one category: a search or 全部 of several categories has no place.
  const ranked = order === 'votes' && !keyword && (categoryId !== null || campaign.categories.length === 1);

  return (
    <>
      {campaign.categories.length > 1 ? (
        <VoteTabs<string | null>
          label="评选类别"
          tabs={[{ id: null, name: '全部' }, ...campaign.categories]}
          value={categoryId}
          onChange={setCategoryId}
        />
      ) : null}
      {rankable ? (
        <VoteTabs
          label="排列方式"
          tabs={ORDER_TABS}
          value={order}
          onChange={setOrder}
          className="jx-vote-tabs--order"
        />
      ) : null}
      <View className="jx-card jx-vote-search" aria-label="搜索候选人">
        <View className="jx-search">
          <View className="jx-search__field">
            <TextField
              label="搜索候选人"
              value={typed}
              onChange={setTyped}
              placeholder="姓名、单位或编号"
              maxLength={20}
              onConfirm={search}
            />
          </View>
          <Button className="jx-button" type="primary" onClick={search}>
            搜索
          </Button>
        </View>
        {keyword ? <Text className="jx-text-secondary jx-block jx-muted-line">{searchNote(keyword)}</Text> : null}
        {!rankable && votingHasOpened(campaign.stage) ? (
          <Text className="jx-text-secondary jx-block jx-muted-line">按编号排列；票数公布前不提供排行榜。</Text>
        ) : null}
      </View>
      <PendingCard state={state} rows={4} label="正在加载候选人" onRetry={reload} />
      {state.status === 'ready' && state.items.length === 0 ? (
        <View className="jx-card">
          {keyword ? (
            <EmptyState title={searchEmpty(keyword)} hint="换一个字或编号再搜，或清空搜索看全部候选人。" />
          ) : (
            <EmptyState title="这个类别还没有候选人。" hint="可以看看其他类别。" />
          )}
        </View>
      ) : null}
      {state.status === 'ready'
        ? state.items.map((candidate, i) => (
            <CandidateCard
              key={candidate.id}
              candidate={candidate}
              campaign={campaign}
              photo={
                candidate.photoFileIds[0]
                  ? orderedUrls(candidate.photoFileIds.slice(0, 1), covers.state)[0]
                  : undefined
              }
              rank={ranked ? i + 1 : null}
              action={
                canVote ? (
                  <VoteButton
                    candidateId={candidate.id}
                    name={candidate.name}
                    voting={voting}
                    ballot={
                      ballotSize
                        ? { picked: picked.includes(candidate.id), toggle: () => togglePick(candidate.id) }
                        : undefined
                    }
                  />
                ) : null
              }
            />
          ))
        : null}
      {state.status === 'ready' && state.next ? (
        <View className="jx-home-link">
          {typeof state.more === 'object' ? <ErrorText>{state.more.message}</ErrorText> : null}
          <Button block className="jx-button" fill="outline" loading={state.more === 'loading'} onClick={more}>
            {state.more === 'loading' ? '正在加载' : typeof state.more === 'object' ? '重试' : '加载更多'}
          </Button>
        </View>
      ) : null}
      <TodayBar campaign={campaign} voting={voting} picked={picked} onSubmitBallot={() => void voting.cast(picked)} />
      <RefusalDialog voting={voting} />
    </>
  );
}

export function CampaignView({ campaignId }: { campaignId: string | undefined }) {
  const { state, reload } = useCloudCall(
    () => callFunction(selectionContract, 'campaign', { campaignId: campaignId ?? '' }),
    [campaignId],
  );
  if (!campaignId || state.status !== 'ready') {
    return (
      <PublicPending
        page="jx-vote-page"
        linked={Boolean(campaignId)}
        missing="评选活动"
        state={state}
        label="正在加载评选活动"
        onRetry={reload}
      />
    );
  }
  const campaign = state.data;
  return (
    <View className="jx-vote-page">
      <CampaignHead campaign={campaign} />
      <OutcomeEntry campaign={campaign} />
      {isPublic(campaign.stage) ? (
        <Candidates campaign={campaign} />
      ) : (
        <View className="jx-card">
          <EmptyState title="候选人还没有公布。" hint={stageNote(campaign)} />
        </View>
      )}
      <Rules campaign={campaign} />
      <View className="jx-card" aria-label="评选进程">
        <Text className="jx-text-title jx-block">评选进程</Text>
        <StageTimeline stage={campaign.stage} schedule={campaign.schedule} />
      </View>
      <HomeLink />
    </View>
  );
}
