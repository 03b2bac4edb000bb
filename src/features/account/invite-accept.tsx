// 接受邀请: opened from a staff member's invite code. The worker sees what accepting does, accepts, and sees the
// enterprise they joined. A page opened from a code always offers the way home.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError, useCloudCall } from '@/cloud/use-cloud-call';
import { formatDate } from '@/components/format/format';
import { TAB_PAGES, openPage, openTab, useShownAgain } from '@/components/navigation/navigation';
import { EmptyState, ErrorState, LoadingBlock } from '@/components/states/states';
import { accountContract, type Me } from '@/shared/contracts/account';
import { inviteTokenFrom } from './invite-token';
import { orgLabel } from './me-overview';
import { ACCOUNT_PAGES } from './routes';
import { ErrorText } from '@/components/form/messages';
import './account.css';

function HomeLink() {
  return (
    <View className="jx-card">
      <Button block className="jx-button" fill="outline" onClick={() => openTab(TAB_PAGES.home)}>
        返回首页
      </Button>
    </View>
  );
}

function Joined({ me }: { me: Me }) {
  const org = me.membership.org;
  return (
    <View className="jx-card" role="status" aria-label="已加入">
      <Text className="jx-success-mark">✓ 已加入企业工会</Text>
      {org ? <Text className="jx-text-title jx-block jx-page-intro">{orgLabel(org)}</Text> : null}
      {me.membership.since ? (
        <Text className="jx-text-secondary jx-block">{formatDate(me.membership.since)} 入会</Text>
      ) : null}
      <View className="jx-actions">
        <Button block className="jx-button" type="primary" onClick={() => openTab(TAB_PAGES.me)}>
          查看我的
        </Button>
      </View>
    </View>
  );
}

export function InviteAccept({ params }: { params: Record<string, string | undefined> }) {
  const token = inviteTokenFrom(params);
  const { state, reload } = useCloudCall(async () => {
    // Which enterprise the code is for comes first: a stale code is told apart before anything else.
    const invite = token ? await callFunction(accountContract, 'inviteInfo', { token }) : null;
    return { me: await callFunction(accountContract, 'me', {}), invite };
  }, [token]);
  const [joined, setJoined] = useState<Me | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  useShownAgain(reload);

  if (!token) {
    return (
      <>
        <View className="jx-card" aria-label="邀请">
          <Text className="jx-text-title jx-block">加入企业工会</Text>
          <EmptyState
            title="这个邀请码无法识别。"
            hint="请重新扫描工会工作人员出示的邀请码，或到“我的”里申请加入。"
          />
        </View>
        <HomeLink />
      </>
    );
  }
  if (joined) return <Joined me={joined} />;

  const accept = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      setJoined(await callFunction(accountContract, 'acceptInvite', { token }));
    } catch (error) {
      setFailure(asCloudError(error).message);
      setBusy(false);
    }
  };

  let body;
  if (state.status === 'loading') body = <LoadingBlock rows={3} label="正在加载" />;
  else if (state.status === 'error') body = <ErrorState error={state.error} onRetry={reload} />;
  else if (!state.data.me.profile) {
    body = (
      <>
        <EmptyState title="接受邀请前，请先填写资料。" hint="填好后回到这一页，就能接受邀请。" />
        <Button block className="jx-button" type="primary" onClick={() => openPage(ACCOUNT_PAGES.profile)}>
          填写资料
        </Button>
      </>
    );
  } else {
    const { membership } = state.data.me;
    const { invite } = state.data;
    body = (
      <>
        {invite ? (
          <>
            <Text className="jx-text-title jx-block jx-page-intro">{orgLabel(invite.org)}</Text>
            <Text className="jx-text-secondary jx-block jx-page-intro">
              邀请有效期至 {formatDate(invite.expiresAt)}
            </Text>
          </>
        ) : null}
        <Text className="jx-text-body jx-block jx-page-intro">
          工会工作人员邀请你加入这个企业工会。接受后立即成为会员，不需要再审核。
        </Text>
        {membership.org ? (
          <Text className="jx-text-secondary jx-block jx-page-intro">
            你目前是{membership.org.name}的会员，接受后会员关系转到邀请你的企业，原记录保留。
          </Text>
        ) : null}
        {membership.pending ? (
          <Text className="jx-text-secondary jx-block jx-page-intro">
            你申请加入{membership.pending.org.name}的申请会同时撤回。
          </Text>
        ) : null}
        {failure ? <ErrorText className="jx-page-intro">{failure}</ErrorText> : null}
        <View className="jx-actions">
          <Button block className="jx-button" type="primary" loading={busy} onClick={() => void accept()}>
            {busy ? '正在加入' : '接受邀请'}
          </Button>
        </View>
      </>
    );
  }

  return (
    <>
      <View className="jx-card" aria-label="邀请">
        <Text className="jx-text-title jx-block">加入企业工会</Text>
        {body}
      </View>
      <HomeLink />
    </>
  );
}
