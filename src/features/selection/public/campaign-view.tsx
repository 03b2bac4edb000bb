// The campaign page: what it is and who runs it, where it stands, the rules in plain words, and its candidates by
// category with search; a voter votes from the list and always sees what they have left today.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useCallback, useState } from 'react';
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
import { isPublic, stageLabels } from '@/shared/selection/stages';
import { outcomeLink } from './outcome-texts';
import { candidateUrl, resultUrl } from './routes';
import { rulesSummary, stageNote, votesText, type Campaign, type Candidate } from './texts';
import { useVoting } from './use-voting';
import { RefusalDialog, TodayBar, VoteButton } from './vote-controls';
import './vote.css';

function CampaignHead({ campaign }: { campaign: Campaign }) {
  return (
    <View className="jx-card" aria-label="评选活动">
      <Text className="jx-text-hero jx-block">{campaign.title}</Text>
      <Text className="jx-text-secondary jx-vote-head__org">主办：{campaign.org.name}</Text>
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

function CategoryTabs({
  campaign,
  value,
  onChange,
}: {
  campaign: Campaign;
  value: string | null;
  onChange: (categoryId: string | null) => void;
}) {
  const tabs = [{ id: null, name: '全部' }, ...campaign.categories];
  return (
    <View className="jx-vote-tabs" role="tablist" aria-label="评选类别">
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

function Candidates({ campaign }: { campaign: Campaign }) {
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [keyword, setKeyword] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const { state, reload, more, update } = usePaged<Candidate>(
    async (cursor) => {
      const page = await callFunction(selectionContract, 'candidates', {
        campaignId: campaign.id,
        categoryId: categoryId ?? undefined,
        keyword: keyword || undefined,
        cursor,
      });
      return { items: page.candidates, nextCursor: page.nextCursor };
    },
    [campaign.id, categoryId, keyword],
  );
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

  return (
    <>
      {campaign.categories.length > 1 ? (
        <CategoryTabs campaign={campaign} value={categoryId} onChange={setCategoryId} />
      ) : null}
      <View className="jx-card jx-vote-search" aria-label="搜索候选人">
        <View className="jx-search">
          <View className="jx-search__field">
            <TextField
              label="搜索候选人"
              value={typed}
              onChange={setTyped}
              placeholder="姓名或单位"
              maxLength={20}
              onConfirm={search}
            />
          </View>
          <Button className="jx-button" type="primary" onClick={search}>
            搜索
          </Button>
        </View>
        {keyword ? (
          <Text className="jx-text-secondary jx-block jx-muted-line">正在显示含“{keyword}”的候选人</Text>
        ) : null}
      </View>
      <PendingCard state={state} rows={4} label="正在加载候选人" onRetry={reload} />
      {state.status === 'ready' && state.items.length === 0 ? (
        <View className="jx-card">
          {keyword ? (
            <EmptyState
              title={`没有姓名或单位含“${keyword}”的候选人。`}
              hint="换一个字再搜，或清空搜索看全部候选人。"
            />
          ) : (
            <EmptyState title="这个类别还没有候选人。" hint="可以看看其他类别。" />
          )}
        </View>
      ) : null}
      {state.status === 'ready'
        ? state.items.map((candidate) => {
            const votes = votesText(candidate, campaign);
            return (
              <View key={candidate.id} className="jx-card jx-candidate" aria-label={candidate.name}>
                <View className="jx-candidate__text" role="link" onClick={() => openPage(candidateUrl(candidate.id))}>
                  <Text className="jx-text-title jx-candidate__name">{candidate.name} ›</Text>
                  <Text className="jx-text-secondary jx-block">
                    {candidate.enterprise} · {candidate.trade}
                  </Text>
                  {votes ? <Text className="jx-text-body jx-candidate__votes">{votes}</Text> : null}
                </View>
                {canVote ? (
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
                ) : null}
              </View>
            );
          })
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
