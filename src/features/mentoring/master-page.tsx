// 师傅 (mentor subpackage): one master — trade and level, enterprise, honours, places, studio — and the caller's
// way to them: 申请拜师, or their own application (waiting, or declined with the reason and 重新申请), or why they
// cannot apply now (themself, a master already in this trade, not taking applications, no place left).
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { useSubscribeTemplates } from '@/cloud/subscribe';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { formatDateTime } from '@/components/format/format';
import { openPage, useShownAgain } from '@/components/navigation/navigation';
import { PendingCard } from '@/components/states/states';
import { mentoringContract, type ApplicationView, type MasterView } from '@/shared/contracts/mentoring';
import { masterBasisLabels } from '@/shared/mentoring/vocabulary';
import { ApplyForm } from './apply-form';
import { PendingOrProfile } from './profile-first';
import { MENTOR_PAGES } from './routes';
import {
  applicationStateText,
  applicationTagClass,
  applyRefusal,
  honourText,
  placesText,
  studioLine,
  takingTagClass,
  takingText,
  tradeLevelText,
} from './texts';
import './mentoring.css';

export function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View className="jx-mentor-fact">
      <Text className="jx-text-secondary jx-mentor-fact__label">{label}</Text>
      <Text className="jx-text-body jx-mentor-fact__value">{value}</Text>
    </View>
  );
}

function Profile({ master }: { master: MasterView }) {
  return (
    <View className="jx-card" aria-label="师傅信息">
      <View className="jx-mentor-head">
        <Text className="jx-text-hero">{master.name}</Text>
        <Text className={takingTagClass(master)}>{takingText(master)}</Text>
        {master.modelWorker ? <Text className="jx-tag jx-tag--brand">劳模</Text> : null}
      </View>
      <View className="jx-mentor-facts">
        <Fact label="工种" value={tradeLevelText(master)} />
        <Fact label="单位" value={master.org?.name ?? '—'} />
        <Fact label="认定" value={masterBasisLabels[master.basis]} />
        <Fact label="带徒" value={placesText(master)} />
      </View>
      <Text className="jx-text-title jx-block jx-mentor-facts">荣誉</Text>
      {master.honours.length === 0 ? (
        <Text className="jx-text-secondary jx-block">暂无登记的荣誉。</Text>
      ) : (
        <View role="list">
          {master.honours.map((honour) => (
            <View key={`${honour.title}-${honour.year}`} role="listitem">
              <Text className="jx-text-body jx-block">· {honourText(honour)}</Text>
            </View>
          ))}
        </View>
      )}
      {master.studio ? (
        <View
          className="jx-mentor-link"
          role="link"
          aria-label={`创新工作室：${master.studio.name}`}
          onClick={() => openPage(MENTOR_PAGES.studio(master.studio!.id))}
        >
          <Text className="jx-text-body jx-mentor-linktext">创新工作室：{studioLine(master.studio)} ›</Text>
        </View>
      ) : null}
    </View>
  );
}

/** The caller's own application to this master, in whatever state it is. */
export function ApplicationCard({ app, onAgain }: { app: ApplicationView; onAgain?: () => void }) {
  return (
    <View className="jx-card" aria-label="我的拜师申请">
      <Text className="jx-text-title jx-block">我的拜师申请</Text>
      <View className="jx-mentor-head">
        <Text className={applicationTagClass(app)}>{applicationStateText(app)}</Text>
        <Text className="jx-text-secondary">{formatDateTime(app.createdAt)} 提交</Text>
      </View>
      <Text className="jx-text-body jx-block">{app.statement}</Text>
      {app.statementHeld ? (
        <Text className="jx-text-secondary jx-block">申请内容审核中，审核通过后师傅才能看到。</Text>
      ) : null}
      {app.state === 'pending' ? (
        <Text className="jx-text-secondary jx-block">师傅回复后会通知你（我的 → 消息）。</Text>
      ) : null}
      {app.state === 'declined' && app.reason ? (
        <Text className="jx-text-body jx-block jx-mentor-note">师傅的答复：{app.reason}</Text>
      ) : null}
      {onAgain ? (
        <View className="jx-actions">
          <Button className="jx-button" fill="outline" type="primary" onClick={onAgain}>
            重新申请
          </Button>
        </View>
      ) : null}
    </View>
  );
}

function Apply({ master, onChanged }: { master: MasterView; onChanged: () => void }) {
  const mine = useCloudCall(() => callFunction(mentoringContract, 'myMentoring', {}), [master.masterId]);
  const [again, setAgain] = useState(false);
  if (mine.state.status !== 'ready') {
    return <PendingCard state={mine.state} rows={2} shape="form" label="正在加载我的申请" onRetry={mine.reload} />;
  }
  const { sent, masters, master: myself } = mine.state.data;
  const own = sent.find((app) => app.masterId === master.masterId);
  const refusal = applyRefusal(master, {
    userId: myself?.masterId ?? null,
    masterTrades: masters.filter((pair) => pair.state === 'active').map((pair) => pair.trade),
  });
  const done = () => {
    setAgain(false);
    mine.reload();
    onChanged();
  };
  if (own && (own.state !== 'declined' || !again)) {
    return (
      <ApplicationCard app={own} onAgain={own.state === 'declined' && !refusal ? () => setAgain(true) : undefined} />
    );
  }
  if (refusal) {
    return (
      <View className="jx-card" aria-label="申请拜师">
        <Text className="jx-text-title jx-block">申请拜师</Text>
        <View className="jx-mentor-note" role="note">
          <Text className="jx-text-body jx-block">{refusal.message}</Text>
        </View>
        <View className="jx-actions">
          <Button className="jx-button" fill="outline" onClick={() => openPage(MENTOR_PAGES.masters())}>
            看看其他师傅
          </Button>
        </View>
      </View>
    );
  }
  return <ApplyForm master={master} onDone={done} />;
}

export function MasterPage({ masterId }: { masterId: string }) {
  useSubscribeTemplates();
  const { state, reload } = useCloudCall(() => callFunction(mentoringContract, 'master', { masterId }), [masterId]);
  useShownAgain(reload);
  if (state.status !== 'ready') {
    return <PendingOrProfile state={state} rows={6} shape="detail" label="正在加载师傅" onRetry={reload} />;
  }
  return (
    <View>
      <Profile master={state.data} />
      <Apply master={state.data} onChanged={reload} />
    </View>
  );
}
