// 评选结果: per category, the ranking the published weighting gives — rank, name, enterprise, votes, expert mean and
// combined score — with the places filled marked 入选 in words. Each row wraps on a phone (no sideways scrolling)
// and reads as one line in a wide window.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type * as z from 'zod';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { formatEnd } from '@/components/format/format';
import { openPage } from '@/components/navigation/navigation';
import { EmptyState } from '@/components/states/states';
import { selectionContract } from '@/shared/contracts/selection';
import { resultIsOut, stageLabels } from '@/shared/selection/stages';
import { HomeLink, PublicPending } from './public-pending';
import { weightingLine } from './outcome-texts';
import { campaignUrl, publicityUrl } from './routes';
import { stageNote, type Campaign } from './texts';
import './outcome.css';
import './vote.css';

export type Result = z.infer<(typeof selectionContract)['actions']['result']['output']>;
export type ResultCategory = Result['categories'][number];

const points = (value: number) => `${value.toFixed(2)} 分`;

function Stat({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <View className="jx-result-stat">
      <Text className="jx-text-secondary jx-block">{label}</Text>
      <Text className={`jx-text-body jx-block${strong ? ' jx-result-stat--strong' : ''}`}>{value}</Text>
    </View>
  );
}

/** One category's ranking. */
export function ResultTable({ category }: { category: ResultCategory }) {
  return (
    <View className="jx-card" aria-label={`${category.name}评选结果`}>
      <Text className="jx-text-title jx-block">{category.name}</Text>
      <Text className="jx-text-secondary jx-block">
        名额 {category.places} 名 · 候选人 {category.rows.length} 位
      </Text>
      {category.rows.length === 0 ? <EmptyState title="这个类别没有候选人。" /> : null}
      <View role="list" aria-label={`${category.name}排名`}>
        {category.rows.map((row) => (
          <View
            key={row.candidateId}
            className={`jx-result-row${row.placed ? ' jx-result-row--placed' : ''}`}
            role="listitem"
            aria-label={`第${row.rank}名 ${row.name}${row.placed ? ' 入选' : ''}`}
          >
            <View className="jx-result-row__who">
              <View className="jx-result-row__rank">
                <Text className="jx-text-body jx-block jx-result-stat--strong">第{row.rank}名</Text>
                {row.placed ? <Text className="jx-tag jx-tag--success jx-result-row__placed">✓ 入选</Text> : null}
              </View>
              <View className="jx-result-row__name">
                <Text className="jx-text-title jx-block">{row.name}</Text>
                <Text className="jx-text-secondary jx-block">{row.enterprise}</Text>
              </View>
            </View>
            <View className="jx-result-row__stats">
              <Stat label="得票" value={`${row.votes} 票`} />
              <Stat label="专家平均分" value={points(row.expertMean)} />
              <Stat label="综合得分" value={points(row.combined)} strong />
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}

/** How the combined score is made, in the campaign's own numbers. */
export function ScoringNote({ result }: { result: Pick<Result, 'publicWeight' | 'normalisation'> }) {
  return (
    <View className="jx-card" aria-label="计分方法">
      <Text className="jx-text-title jx-block">计分方法</Text>
      <Text className="jx-text-body jx-block jx-muted-line">综合得分：{weightingLine(result.publicWeight)}</Text>
      <Text className="jx-text-body jx-block jx-muted-line">公众投票得分：{result.normalisation}</Text>
      <Text className="jx-text-body jx-block jx-muted-line">
        专家评审得分：各位专家按评分细则给出的总分（满分100分）的平均分
      </Text>
      <Text className="jx-text-secondary jx-block jx-muted-line">
        综合得分相同时，专家平均分高者在前；再相同时，得票多者在前。
      </Text>
    </View>
  );
}

/** The campaign and, from the result stage on, its result: what the result and 公示 pages show. */
export async function loadOutcome(campaignId: string): Promise<{ campaign: Campaign; result: Result | null }> {
  const campaign = await callFunction(selectionContract, 'campaign', { campaignId });
  if (!resultIsOut(campaign.stage)) return { campaign, result: null };
  return { campaign, result: await callFunction(selectionContract, 'result', { campaignId }) };
}

export function ResultView({ campaignId }: { campaignId: string | undefined }) {
  const { state, reload } = useCloudCall(() => loadOutcome(campaignId ?? ''), [campaignId]);
  if (!campaignId || state.status !== 'ready') {
    return (
      <PublicPending
        page="jx-outcome-page"
        linked={Boolean(campaignId)}
        missing="评选活动"
        state={state}
        label="正在加载评选结果"
        rows={6}
        onRetry={reload}
      />
    );
  }
  const { campaign, result } = state.data;
  return (
    <View className="jx-outcome-page">
      <View className="jx-card" aria-label="评选结果">
        <Text className="jx-text-hero jx-block">{campaign.title}</Text>
        <Text className="jx-text-secondary jx-block jx-vote-head__org">主办：{campaign.org.name}</Text>
        <View className="jx-vote-head__stage">
          <Text className="jx-tag jx-tag--brand">当前阶段：{stageLabels[campaign.stage]}</Text>
        </View>
        <Text className="jx-text-body jx-block jx-muted-line">
          {campaign.stage === 'publicity' && campaign.publicityEndsAt
            ? `评选结果公示中，${formatEnd(campaign.publicityEndsAt)}止`
            : stageNote(campaign)}
        </Text>
        {result ? (
          <Text className="jx-text-body jx-block jx-muted-line">最终得分：{weightingLine(result.publicWeight)}</Text>
        ) : null}
        {campaign.stage === 'publicity' ? (
          <View className="jx-actions">
            <Button className="jx-button" type="primary" onClick={() => openPage(publicityUrl(campaign.id))}>
              查看公示，提出异议
            </Button>
          </View>
        ) : null}
      </View>
      {result ? (
        <>
          {result.categories.map((category) => (
            <ResultTable key={category.id} category={category} />
          ))}
          <ScoringNote result={result} />
        </>
      ) : (
        <View className="jx-card">
          <EmptyState title="评选结果还没有产生。" hint={`${stageNote(campaign)}。专家评审完成后公布结果。`} />
        </View>
      )}
      <View className="jx-home-link">
        <Button block className="jx-button" fill="outline" onClick={() => openPage(campaignUrl(campaign.id))}>
          查看评选活动
        </Button>
      </View>
      <HomeLink />
    </View>
  );
}
