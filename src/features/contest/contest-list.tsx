// 技能竞赛 (contest subpackage): the contests of the worker's unions, newest contest day first, filtered by level,
// trade and "报名中"; each card says when registration runs, how many places are left and the phase.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { usePaged } from '@/cloud/use-paged';
import { ChoiceField } from '@/components/form/fields';
import { SearchPickField } from '@/components/form/search-pick-field';
import { formatCalendarDay } from '@/components/format/format';
import { openPage, useShownAgain } from '@/components/navigation/navigation';
import { MoreButton } from '@/components/staff/more-button';
import { EmptyState, PendingCard } from '@/components/states/states';
import {
  contestContract,
  contestLevelLabels,
  contestLevels,
  type ContestCard,
  type ContestLevel,
} from '@/shared/contracts/contest';
import { tradeLabels, type TradeCode } from '@/shared/people/trades';
import { CONTEST_PAGES } from './routes';
import { TRADE_CHOICES } from '@/components/form/trade-choices';
import { phaseLabel, phaseTagClass, placesText, windowLine } from './texts';
import './contest.css';

type LevelFilter = 'all' | ContestLevel;
const LEVELS = [
  { value: 'all' as const, label: '全部级别' },
  ...contestLevels.map((level) => ({ value: level, label: contestLevelLabels[level] })),
];
type TradeFilter = 'all' | TradeCode;
const TRADES = [...TRADE_CHOICES, { value: 'all' as const, label: '全部工种' }];

export function ContestCardView({ card }: { card: ContestCard }) {
  return (
    <View className="jx-card" role="link" onClick={() => openPage(CONTEST_PAGES.detail(card.contestId))}>
      <View className="jx-contest-card__head">
        <Text className={phaseTagClass(card.phase)}>{phaseLabel(card.phase)}</Text>
        <Text className="jx-tag">{contestLevelLabels[card.level]}</Text>
        <Text className="jx-text-secondary">{tradeLabels[card.trade]}</Text>
      </View>
      <Text className="jx-text-title jx-block jx-contest-card__title">{card.title}</Text>
      <Text className="jx-text-secondary jx-block">
        比赛日 {formatCalendarDay(card.schedule.day)} · {card.venue}
      </Text>
      <Text className="jx-text-secondary jx-block">{windowLine(card)}</Text>
      <Text className="jx-text-body jx-block">{placesText(card)}</Text>
      <Text className="jx-text-secondary jx-block">主办：{card.organiser.name}</Text>
    </View>
  );
}

export function ContestList() {
  const [level, setLevel] = useState<LevelFilter>('all');
  const [openNow, setOpenNow] = useState(false);
  const [trade, setTrade] = useState<TradeFilter>('all');
  const { state, reload, more } = usePaged(
    async (cursor) =>
      callFunction(contestContract, 'contests', {
        ...(cursor ? { cursor } : {}),
        ...(level === 'all' ? {} : { level }),
        ...(trade === 'all' ? {} : { trade }),
        ...(openNow ? { openNow: true } : {}),
      }),
    [level, trade, openNow],
  );
  useShownAgain(reload);
  const filtered = level !== 'all' || trade !== 'all' || openNow;

  return (
    <View>
      <View className="jx-card jx-contest-filters" role="search" aria-label="筛选竞赛">
        <ChoiceField<LevelFilter> label="级别" choices={LEVELS} value={level} onChange={setLevel} />
        {/* 全部工种 stays offered whatever the search, so the filter can always be cleared. */}
        <SearchPickField<TradeFilter> label="工种" choices={TRADES} value={trade} onChange={setTrade} pinned="all" />
        <View
          className="jx-contest-check"
          role="checkbox"
          aria-checked={openNow}
          aria-label="只看报名中"
          onClick={() => setOpenNow(!openNow)}
        >
          <Text className="jx-contest-check__box" aria-hidden="true">
            {openNow ? '☑' : '☐'}
          </Text>
          <Text className="jx-text-body">只看报名中</Text>
        </View>
      </View>
      {state.status !== 'ready' ? (
        <PendingCard state={state} rows={3} label="正在加载技能竞赛" onRetry={reload} />
      ) : state.items.length === 0 ? (
        <View className="jx-card">
          <EmptyState
            title={filtered ? '没有符合条件的竞赛。' : '暂时没有技能竞赛。'}
            hint={filtered ? '换个条件试试。' : '你所在企业和上级工会发布竞赛后，会出现在这里。'}
          />
        </View>
      ) : (
        <View aria-label="竞赛列表">
          {state.items.map((card) => (
            <ContestCardView key={card.contestId} card={card} />
          ))}
          <MoreButton next={state.next} more={state.more} onMore={more} />
        </View>
      )}
    </View>
  );
}
