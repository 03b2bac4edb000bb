// 我的: who I am to the union — profile, membership, honours and roles — with the way to each next step.
import { Button } from '@nutui/nutui-react-taro';
import { Image, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { files } from '@/cloud/files';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { ReasonDialog } from '@/components/dialog/dialog';
import { formatDate, formatDateTime } from '@/components/format/format';
import { openPage, useShownAgain } from '@/components/navigation/navigation';
import { EmptyState, ErrorState, LoadingBlock } from '@/components/states/states';
import { accountContract, type Me } from '@/shared/contracts/account';
import type { OrgRef } from '@/shared/contracts/people-common';
import { honourLevelLabels, skillLevelLabels, frontlineStatusLabels } from '@/shared/people/vocabulary';
import { tradeLabels, tradeText } from '@/shared/people/trades';
import { MessagesEntry } from './messages-entry';
import { PersonaSwitcher } from './persona-switcher';
import { ACCOUNT_PAGES, EXPERT_TASKS_PAGE, MY_CONTESTS_PAGE, MY_MENTORING_PAGE, WORKBENCH_PAGE } from './routes';
import './account.css';

/** `示范市精工机械有限公司工会（东城区总工会）`. */
export function orgLabel(org: OrgRef): string {
  return org.parentName ? `${org.name}（${org.parentName}）` : org.name;
}

function Avatar({ name, fileId }: { name: string; fileId: string | null }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setUrl(null);
    if (fileId) {
      files.fileUrls([fileId]).then(
        (urls) => live && setUrl(urls[fileId] ?? null),
        () => undefined, // the initial stands in for a photo that cannot be shown
      );
    }
    return () => {
      live = false;
    };
  }, [fileId]);
  if (url) {
    return <Image className="jx-avatar" src={url} mode="aspectFill" nativeProps={{ alt: `${name}的照片` }} />;
  }
  return (
    <View className="jx-avatar jx-avatar--initial" aria-hidden="true">
      <Text className="jx-avatar__initial">{name.slice(0, 1)}</Text>
    </View>
  );
}

function ProfileCard({ me }: { me: Me }) {
  const { profile, membership } = me;
  if (!profile) {
    return (
      <View className="jx-card" aria-label="我的资料">
        <Text className="jx-text-title">我的资料</Text>
        <EmptyState title="你还没有填写资料。" hint="填写资料、加入企业工会后，即可报名竞赛和拜师。" />
        <Button block className="jx-button" type="primary" onClick={() => openPage(ACCOUNT_PAGES.profile)}>
          填写资料
        </Button>
      </View>
    );
  }
  return (
    <View className="jx-card" aria-label="我的资料">
      <View className="jx-profile">
        <Avatar name={profile.realName} fileId={profile.photoFileId} />
        <View className="jx-profile__text">
          <Text className="jx-text-hero jx-block">{profile.realName}</Text>
          <Text className="jx-text-body jx-block">
            {tradeText({ code: profile.trade, note: profile.tradeNote })} · {skillLevelLabels[profile.skillLevel]}
          </Text>
        </View>
      </View>
      <View className="jx-facts">
        <Fact label="企业" value={membership.org?.name ?? '未加入企业工会'} />
        <Fact label="手机号" value={profile.phoneMasked ?? '未填写'} />
        {profile.idNumberMasked ? <Fact label="身份证号" value={profile.idNumberMasked} /> : null}
        {profile.frontline !== 'none' ? (
          <Fact label="一线职工" value={`已填写 · ${frontlineStatusLabels[profile.frontline]}`} />
        ) : null}
      </View>
      <View className="jx-actions">
        <Button className="jx-button" fill="outline" type="primary" onClick={() => openPage(ACCOUNT_PAGES.profile)}>
          编辑资料
        </Button>
      </View>
    </View>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View className="jx-fact">
      <Text className="jx-text-secondary jx-fact__label">{label}</Text>
      <Text className="jx-text-body jx-fact__value">{value}</Text>
    </View>
  );
}

function MembershipCard({ me, onCancel }: { me: Me; onCancel: () => void }) {
  const { membership, profile } = me;
  const decision = membership.lastDecision;
  const rejection =
    decision && !decision.approved ? (
      <View className="jx-notice" role="note">
        <Text className="jx-text-body jx-block">
          你申请加入{decision.org.name}未通过（{formatDateTime(decision.at)}）。
        </Text>
        {decision.reason ? <Text className="jx-text-body jx-block">原因：{decision.reason}</Text> : null}
      </View>
    ) : null;

  let body;
  if (membership.status === 'pending' && membership.pending) {
    body = (
      <>
        <Text className="jx-tag jx-tag--brand">待审核</Text>
        <Text className="jx-text-body jx-block jx-membership__org">
          已申请加入 {orgLabel(membership.pending.org)}
        </Text>
        <Text className="jx-text-secondary jx-block">
          {formatDateTime(membership.pending.createdAt)} 提交，等待工会审核。
        </Text>
        <View className="jx-actions">
          <Button className="jx-button" fill="outline" onClick={onCancel}>
            撤回申请
          </Button>
        </View>
      </>
    );
  } else if (membership.status === 'member' && membership.org) {
    body = (
      <>
        <Text className="jx-tag jx-tag--success">会员</Text>
        <Text className="jx-text-body jx-block jx-membership__org">{orgLabel(membership.org)}</Text>
        {membership.since ? (
          <Text className="jx-text-secondary jx-block">{formatDate(membership.since)} 入会</Text>
        ) : null}
        {me.history.length > 1 ? (
          <View className="jx-history">
            <Text className="jx-text-secondary jx-block">入会记录</Text>
            {me.history.map((entry) => (
              <Text key={`${entry.orgName}-${entry.from}`} className="jx-text-secondary jx-block">
                {entry.orgName}：{formatDate(entry.from)} 至 {entry.to ? formatDate(entry.to) : '今'}
              </Text>
            ))}
          </View>
        ) : null}
        <View className="jx-actions">
          <Button className="jx-button" fill="outline" onClick={() => openPage(ACCOUNT_PAGES.join)}>
            更换企业
          </Button>
        </View>
      </>
    );
  } else {
    body = (
      <>
        <EmptyState
          title="你还没有加入企业工会。"
          hint={
            profile ? '加入后即可参加所在企业的竞赛、十个一和拜师活动。' : '先填写资料，再申请加入所在企业的工会。'
          }
        />
        {profile ? (
          <Button block className="jx-button" type="primary" onClick={() => openPage(ACCOUNT_PAGES.join)}>
            加入企业工会
          </Button>
        ) : null}
      </>
    );
  }

  return (
    <View className="jx-card" aria-label="企业工会">
      <Text className="jx-text-title jx-block">企业工会</Text>
      {body}
      {rejection}
    </View>
  );
}

function HonoursCard({ me }: { me: Me }) {
  // Every worker's honours, model worker or not: one list, kept by their union.
  if (me.honours.length === 0) return null;
  return (
    <View className="jx-card" aria-label="我的荣誉">
      <Text className="jx-text-title jx-block">我的荣誉</Text>
      {me.honours.map((honour) => (
        <View key={`${honour.code ?? 'other'}-${honour.title}-${honour.year}`} className="jx-honour">
          <Text className="jx-text-body jx-block">{honour.title}</Text>
          <Text className="jx-text-secondary jx-block">
            {[honourLevelLabels[honour.level], honour.trade ? tradeLabels[honour.trade] : null, `${honour.year}年`]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </View>
      ))}
    </View>
  );
}

function RolesCard({ me }: { me: Me }) {
  const roles: string[] = [];
  if (me.profile) roles.push('职工');
  if (me.modelWorker) roles.push('劳模');
  for (const org of me.staffAt) roles.push(`工会干部 · ${org.name}`);
  if (me.expertFor.length > 0) roles.push(`评审专家 · ${me.expertFor.length} 项评选`);
  if (roles.length <= 1) return null;
  return (
    <View className="jx-card" aria-label="我的身份">
      <Text className="jx-text-title jx-block">我的身份</Text>
      <View className="jx-roles">
        {roles.map((role) => (
          <Text key={role} className="jx-tag">
            {role}
          </Text>
        ))}
      </View>
    </View>
  );
}

function WorkbenchEntry({ me }: { me: Me }) {
  if (me.staffAt.length === 0) return null;
  return (
    <View className="jx-card" aria-label="工作台">
      <Text className="jx-text-title jx-block">工作台</Text>
      <Text className="jx-text-secondary jx-block">审核入会申请，管理成员、组织和授权。</Text>
      <Button block className="jx-button jx-workbench-entry" type="primary" onClick={() => openPage(WORKBENCH_PAGE)}>
        进入工作台
      </Button>
    </View>
  );
}

/** 我的比赛: a worker's contest entries, one tap from 我的. */
function ContestsEntry({ me }: { me: Me }) {
  if (!me.profile) return null;
  return (
    <View className="jx-card jx-messages-entry" role="link" onClick={() => openPage(MY_CONTESTS_PAGE)}>
      <Text className="jx-text-title jx-messages-entry__label">我的比赛</Text>
      <Text className="jx-text-title jx-text-secondary" aria-hidden="true">
        ›
      </Text>
    </View>
  );
}

/** 我的师带徒: the worker's master and applications; a master's apprentices and inbox. */
function MentoringEntry({ me }: { me: Me }) {
  if (!me.profile) return null;
  return (
    <View className="jx-card jx-messages-entry" role="link" onClick={() => openPage(MY_MENTORING_PAGE)}>
      <Text className="jx-text-title jx-messages-entry__label">我的师带徒</Text>
      <Text className="jx-text-title jx-text-secondary" aria-hidden="true">
        ›
      </Text>
    </View>
  );
}

function ExpertEntry({ me }: { me: Me }) {
  if (me.expertFor.length === 0) return null;
  return (
    <View className="jx-card" aria-label="评审任务">
      <Text className="jx-text-title jx-block">评审任务</Text>
      <Text className="jx-text-secondary jx-block">
        你是 {me.expertFor.length} 项评选的评审专家：查看候选人材料，按评分细则打分。
      </Text>
      <Button
        block
        className="jx-button jx-workbench-entry"
        type="primary"
        onClick={() => openPage(EXPERT_TASKS_PAGE)}
      >
        评审任务
      </Button>
    </View>
  );
}

export function MeOverview() {
  const { state, reload, replace } = useCloudCall(() => callFunction(accountContract, 'me', {}), []);
  const [cancelling, setCancelling] = useState(false);
  useShownAgain(reload);

  const switcher = <PersonaSwitcher onSwitched={reload} />;

  if (state.status !== 'ready') {
    return (
      <>
        <View className="jx-card" aria-label="我的资料">
          <Text className="jx-text-title">我的资料</Text>
          {state.status === 'loading' ? <LoadingBlock rows={3} shape="detail" label="正在加载我的资料" /> : null}
          {state.status === 'error' ? <ErrorState error={state.error} onRetry={reload} /> : null}
        </View>
        {switcher}
      </>
    );
  }

  const me = state.data;
  return (
    <>
      <ProfileCard me={me} />
      {/* Keyed by the person: another identity (H5's 本地身份) counts its own messages. */}
      <MessagesEntry key={me.userId} />
      <ContestsEntry me={me} />
      <MentoringEntry me={me} />
      <WorkbenchEntry me={me} />
      <ExpertEntry me={me} />
      <MembershipCard me={me} onCancel={() => setCancelling(true)} />
      <HonoursCard me={me} />
      <RolesCard me={me} />
      {switcher}
      <ReasonDialog
        open={cancelling}
        title="撤回入会申请"
        description={
          me.membership.pending ? `撤回后，${me.membership.pending.org.name}将不再审核这份申请。` : undefined
        }
        reason="none"
        confirmText="撤回申请"
        onCancel={() => setCancelling(false)}
        onConfirm={async () => {
          replace(await callFunction(accountContract, 'cancelJoin', {}));
          setCancelling(false);
        }}
      />
    </>
  );
}
