// 创新工作室 (mentor subpackage): a studio's public page — name, category, trade, enterprise, description, photos,
// stars, the master with their honours, and the apprentices by name only. Its master also sees what content
// security still holds and 编辑工作室. Anyone may open it (a shared link), with no profile.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { HeldTextNote, ImageHoldsNote, textHoldOf } from '@/components/content/held-content';
import { openPage, useShownAgain } from '@/components/navigation/navigation';
import { PhotoGallery } from '@/components/photos/photos';
import { PendingCard } from '@/components/states/states';
import { accountContract } from '@/shared/contracts/account';
import { mentoringContract, type StudioView } from '@/shared/contracts/mentoring';
import { masterLevelLabels, studioCategoryLabels } from '@/shared/mentoring/vocabulary';
import { tradeLabels } from '@/shared/people/trades';
import { Fact } from './master-page';
import { MENTOR_PAGES } from './routes';
import { honourText, starsText } from './texts';
import './mentoring.css';

function About({ studio, mine }: { studio: StudioView; mine: boolean }) {
  return (
    <View className="jx-card" aria-label="工作室">
      <View className="jx-mentor-head">
        <Text className="jx-tag jx-tag--brand">{studioCategoryLabels[studio.category]}类</Text>
        <Text className="jx-text-body jx-mentor-stars">{starsText(studio.stars)}</Text>
      </View>
      <Text className="jx-text-hero jx-block">{studio.name}</Text>
      {mine && studio.content ? <HeldTextNote hold={textHoldOf(studio.content, 'name')} label="名称" /> : null}
      <View className="jx-mentor-facts">
        <Fact label="工种" value={tradeLabels[studio.trade]} />
        <Fact label="单位" value={studio.org?.name ?? '—'} />
        <Fact label="领办人" value={`${studio.master.name}（${masterLevelLabels[studio.master.level]}）`} />
      </View>
      {studio.description ? (
        <Text className="jx-text-body jx-block jx-mentor-facts">{studio.description}</Text>
      ) : null}
      {mine && studio.content ? <HeldTextNote hold={textHoldOf(studio.content, 'description')} label="简介" /> : null}
      <PhotoGallery fileIds={studio.photos} name={studio.name} />
      {mine && studio.content ? <ImageHoldsNote content={studio.content} /> : null}
      {mine ? (
        <View className="jx-actions">
          <Button className="jx-button" type="primary" onClick={() => openPage(MENTOR_PAGES.studioEdit())}>
            编辑工作室
          </Button>
        </View>
      ) : null}
    </View>
  );
}

function Master({ studio }: { studio: StudioView }) {
  return (
    <View className="jx-card" aria-label="领办人与徒弟">
      <View
        className="jx-mentor-link"
        role="link"
        aria-label={`${studio.master.name}师傅的主页`}
        onClick={() => openPage(MENTOR_PAGES.master(studio.master.masterId))}
      >
        <Text className="jx-text-title jx-mentor-linktext">{studio.master.name}师傅 ›</Text>
      </View>
      {studio.master.honours.map((honour) => (
        <Text key={`${honour.title}-${honour.year}`} className="jx-text-body jx-block">
          · {honourText(honour)}
        </Text>
      ))}
      <Text className="jx-text-title jx-block jx-mentor-facts">徒弟（{studio.apprentices.length}人）</Text>
      <Text className="jx-text-body jx-block">
        {studio.apprentices.length > 0 ? studio.apprentices.join('、') : '暂时没有在带的徒弟。'}
      </Text>
    </View>
  );
}

export function StudioPage({ studioId }: { studioId: string }) {
  const { state, reload } = useCloudCall(async () => {
    const [studio, me] = await Promise.all([
      callFunction(mentoringContract, 'studio', { studioId }),
      callFunction(accountContract, 'me', {}),
    ]);
    return { studio, mine: me.userId === studio.master.masterId };
  }, [studioId]);
  useShownAgain(reload);
  if (state.status !== 'ready') {
    return <PendingCard state={state} rows={6} shape="detail" label="正在加载工作室" onRetry={reload} />;
  }
  return (
    <View>
      <About studio={state.data.studio} mine={state.data.mine} />
      <Master studio={state.data.studio} />
    </View>
  );
}
