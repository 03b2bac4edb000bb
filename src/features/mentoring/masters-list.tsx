// 找师傅 (mentor subpackage): masters filtered by trade, by organisation (a district's subtree or one enterprise)
// and "有空位"; each card names the master, their trade and level, honours, places and whether they take
// applications now, and opens the master's page. Paged by the server's cursor.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { usePaged } from '@/cloud/use-paged';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { SearchPickField } from '@/components/form/search-pick-field';
import { openPage, useShownAgain } from '@/components/navigation/navigation';
import { MoreButton } from '@/components/staff/more-button';
import { EmptyState } from '@/components/states/states';
import { mentoringContract, type MasterView, type MentorOrg } from '@/shared/contracts/mentoring';
import { orgKindLabels } from '@/shared/people/vocabulary';
import { PendingOrProfile } from './profile-first';
import { MENTOR_PAGES } from './routes';
import { honourText, placesText, studioLine, takingTagClass, takingText, tradeLevelText } from './texts';
import { TradeFilterField, type TradeFilter } from './trade-filter';
import './mentoring.css';

const ALL_ORGS = 'all';

/** Districts first, each followed by its enterprises, so a district and its enterprises read together. */
function orgChoices(orgs: readonly MentorOrg[]) {
  const choice = (org: MentorOrg) => ({ value: org.id, label: `${org.name}（${orgKindLabels[org.kind]}）` });
  const parents = orgs.filter((org) => org.kind !== 'enterprise');
  const placed = new Set(parents.map((org) => org.id));
  return [
    ...parents.flatMap((parent) => [
      choice(parent),
      ...orgs.filter((org) => org.kind === 'enterprise' && org.parentId === parent.id).map(choice),
    ]),
    ...orgs.filter((org) => org.kind === 'enterprise' && !placed.has(org.parentId ?? '')).map(choice),
    { value: ALL_ORGS, label: '全部单位' },
  ];
}

export function MasterCard({ master }: { master: MasterView }) {
  return (
    <View className="jx-card" role="link" onClick={() => openPage(MENTOR_PAGES.master(master.masterId))}>
      <View className="jx-mentor-head">
        <Text className="jx-text-title jx-mentor-name">{master.name}</Text>
        <Text className={takingTagClass(master)}>{takingText(master)}</Text>
        {master.modelWorker ? <Text className="jx-tag jx-tag--brand">劳模</Text> : null}
      </View>
      <Text className="jx-text-body jx-block">{tradeLevelText(master)}</Text>
      <Text className="jx-text-body jx-block">{placesText(master)}</Text>
      {master.org ? <Text className="jx-text-secondary jx-block">{master.org.name}</Text> : null}
      {master.honours.slice(0, 2).map((honour) => (
        <Text key={`${honour.title}-${honour.year}`} className="jx-text-secondary jx-block">
          {honourText(honour)}
        </Text>
      ))}
      {master.studio ? <Text className="jx-text-secondary jx-block">{studioLine(master.studio)}</Text> : null}
    </View>
  );
}

export function MastersList() {
  const [trade, setTrade] = useState<TradeFilter>('all');
  const [orgId, setOrgId] = useState<string>(ALL_ORGS);
  const [freeOnly, setFreeOnly] = useState(false);
  const orgs = useCloudCall(() => callFunction(mentoringContract, 'mentorOrgs', {}), []);
  const { state, reload, more } = usePaged(
    async (cursor) => {
      const page = await callFunction(mentoringContract, 'findMasters', {
        ...(cursor ? { cursor } : {}),
        ...(trade === 'all' ? {} : { trade }),
        ...(orgId === ALL_ORGS ? {} : { orgId }),
        ...(freeOnly ? { freeOnly: true } : {}),
      });
      return { items: page.rows, nextCursor: page.nextCursor };
    },
    [trade, orgId, freeOnly],
  );
  useShownAgain(reload);
  const filtered = trade !== 'all' || orgId !== ALL_ORGS || freeOnly;

  return (
    <View>
      <View className="jx-card jx-mentor-filters" role="search" aria-label="筛选师傅">
        {/* 全部工种 and 全部单位 stay offered whatever the search, so a filter can always be cleared. */}
        <TradeFilterField value={trade} onChange={setTrade} />
        {orgs.state.status === 'ready' ? (
          <SearchPickField<string>
            label="单位"
            choices={orgChoices(orgs.state.data.orgs)}
            value={orgId}
            onChange={setOrgId}
            pinned={ALL_ORGS}
            hint="选区县可看区内各企业的师傅"
          />
        ) : null}
        <View
          className="jx-mentor-check"
          role="checkbox"
          aria-checked={freeOnly}
          aria-label="只看有空位"
          onClick={() => setFreeOnly(!freeOnly)}
        >
          <Text className="jx-mentor-check__box" aria-hidden="true">
            {freeOnly ? '☑' : '☐'}
          </Text>
          <Text className="jx-text-body">只看有空位</Text>
        </View>
      </View>
      {state.status !== 'ready' ? (
        <PendingOrProfile state={state} rows={3} label="正在加载师傅" onRetry={reload} />
      ) : state.items.length === 0 ? (
        <View className="jx-card">
          <EmptyState
            title={filtered ? '没有符合条件的师傅。' : '还没有认定的师傅。'}
            hint={
              filtered ? '换个工种或单位，或取消“只看有空位”再找找。' : '工会认定劳模、技师等为师傅后，会出现在这里。'
            }
          />
        </View>
      ) : (
        <View aria-label="师傅列表">
          {state.items.map((master) => (
            <MasterCard key={master.masterId} master={master} />
          ))}
          <MoreButton next={state.next} more={state.more} onMore={more} />
        </View>
      )}
    </View>
  );
}
