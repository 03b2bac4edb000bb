// 加入企业工会: find the enterprise by name, pick it, add a note if useful, and send the request that the
// enterprise's union (or one above it) decides.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { askToSubscribe, useSubscribeTemplates } from '@/cloud/subscribe';
import { asCloudError, useCloudCall } from '@/cloud/use-cloud-call';
import { ReasonDialog } from '@/components/dialog/dialog';
import { TextAreaField, TextField } from '@/components/form/fields';
import { fieldMessage, formatDateTime } from '@/components/format/format';
import { TAB_PAGES, openPage, openTab, useShownAgain } from '@/components/navigation/navigation';
import { EmptyState, ErrorState, LoadingBlock, PendingCard } from '@/components/states/states';
import { accountContract, type Me } from '@/shared/contracts/account';
import type { OrgRef } from '@/shared/contracts/people-common';
import { orgLabel } from './me-overview';
import { ACCOUNT_PAGES } from './routes';
import { ErrorText } from '@/components/form/messages';
import './account.css';

function EnterpriseSearch({ me, onSent }: { me: Me; onSent: (me: Me) => void }) {
  const [typed, setTyped] = useState('');
  const [keyword, setKeyword] = useState('');
  const [picked, setPicked] = useState<OrgRef | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ orgId?: string; note?: string; other?: string }>({});
  const [busy, setBusy] = useState(false);
  const found = useCloudCall(() => callFunction(accountContract, 'directory', keyword ? { keyword } : {}), [keyword]);
  useSubscribeTemplates();

  const send = async () => {
    if (busy) return;
    if (!picked) {
      setErrors({ orgId: '请先在上面的列表中选择你所在的企业' });
      return;
    }
    // Before any await: WeChat opens its subscribe dialog only inside the tap. Its answer never holds this up.
    void askToSubscribe(['joinDecided']);
    setBusy(true);
    setErrors({});
    try {
      onSent(
        await callFunction(accountContract, 'requestJoin', { orgId: picked.id, note: note.trim() || undefined }),
      );
    } catch (error) {
      const failed = asCloudError(error);
      if (failed.field === 'orgId' || failed.field === 'note') setErrors({ [failed.field]: fieldMessage(failed) });
      else setErrors({ other: failed.message });
      setBusy(false);
    }
  };

  return (
    <View className="jx-card" aria-label="选择企业">
      <Text className="jx-text-title jx-block">选择你所在的企业</Text>
      <Text className="jx-text-secondary jx-block jx-page-intro">提交后由该企业工会审核，通过后你就是会员了。</Text>
      <View className="jx-search">
        <View className="jx-search__field">
          <TextField
            label="企业名称"
            value={typed}
            onChange={setTyped}
            placeholder="输入企业名称中的字"
            maxLength={20}
            onConfirm={() => setKeyword(typed.trim())}
          />
        </View>
        <Button className="jx-button" type="primary" onClick={() => setKeyword(typed.trim())}>
          搜索
        </Button>
      </View>

      <View className="jx-options" role="radiogroup" aria-label="企业工会">
        {found.state.status === 'loading' ? <LoadingBlock rows={3} shape="list" label="正在查找企业" /> : null}
        {found.state.status === 'error' ? <ErrorState error={found.state.error} onRetry={found.reload} /> : null}
        {found.state.status === 'ready' && found.state.data.enterprises.length === 0 ? (
          <EmptyState
            title={keyword ? `没有找到名称含“${keyword}”的企业工会。` : '还没有可加入的企业工会。'}
            hint="换个关键字试试，或请企业工会的工作人员给你一个邀请码。"
          />
        ) : null}
        {found.state.status === 'ready'
          ? found.state.data.enterprises.map((org) => {
              const chosen = picked?.id === org.id;
              const current = me.membership.org?.id === org.id;
              return (
                <View
                  key={org.id}
                  className={`jx-option${chosen ? ' jx-option--picked' : ''}`}
                  role="radio"
                  aria-checked={chosen}
                  aria-label={orgLabel(org)}
                  onClick={() => {
                    setPicked(org);
                    setErrors({});
                  }}
                >
                  <Text className="jx-text-body jx-option__name">
                    {chosen ? '✓ ' : ''}
                    {org.name}
                  </Text>
                  <Text className="jx-text-secondary jx-block">
                    {org.parentName ?? ''}
                    {current ? ' · 你当前所在' : ''}
                  </Text>
                </View>
              );
            })
          : null}
      </View>
      {errors.orgId ? <ErrorText className="jx-field__message">{errors.orgId}</ErrorText> : null}

      <TextAreaField
        label="给审核人的说明"
        optional
        value={note}
        onChange={setNote}
        error={errors.note}
        maxLength={100}
        placeholder="如 所在车间、入职时间"
      />
      {errors.other ? <ErrorText className="jx-field__message">{errors.other}</ErrorText> : null}
      <Text className="jx-text-secondary jx-block jx-join__notice">
        审核结果会发到你的“我的 → 消息”；提交时允许订阅，微信也会通知你。
      </Text>
      <View className="jx-actions">
        <Button block className="jx-button" type="primary" loading={busy} onClick={() => void send()}>
          {busy ? '正在提交' : picked ? `申请加入${picked.name}` : '提交申请'}
        </Button>
      </View>
    </View>
  );
}

export function JoinEnterprise() {
  const { state, reload, replace } = useCloudCall(() => callFunction(accountContract, 'me', {}), []);
  const [sent, setSent] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  useShownAgain(reload);

  if (state.status !== 'ready') return <PendingCard state={state} rows={4} label="正在加载" onRetry={reload} />;
  const me = state.data;

  if (!me.profile) {
    return (
      <View className="jx-card" aria-label="加入企业工会">
        <Text className="jx-text-title jx-block">加入企业工会</Text>
        <EmptyState title="申请加入前，请先填写资料。" hint="审核人需要知道你的姓名、工种和联系方式。" />
        <Button block className="jx-button" type="primary" onClick={() => openPage(ACCOUNT_PAGES.profile)}>
          填写资料
        </Button>
      </View>
    );
  }

  const pending = me.membership.pending;
  if (pending) {
    return (
      <>
        <View className="jx-card" aria-label="入会申请" role={sent ? 'status' : undefined}>
          {sent ? (
            <Text className="jx-success-mark">✓ 申请已提交</Text>
          ) : (
            <Text className="jx-text-title jx-block">你有一份待审核的申请</Text>
          )}
          <Text className="jx-text-body jx-block jx-page-intro">已申请加入 {orgLabel(pending.org)}</Text>
          <Text className="jx-text-secondary jx-block">
            {formatDateTime(pending.createdAt)} 提交，等待工会审核。审核结果会显示在“我的”。
          </Text>
          <View className="jx-actions">
            <Button className="jx-button" type="primary" onClick={() => openTab(TAB_PAGES.me)}>
              返回我的
            </Button>
            <Button className="jx-button" fill="outline" onClick={() => setCancelling(true)}>
              撤回申请
            </Button>
          </View>
        </View>
        <ReasonDialog
          open={cancelling}
          title="撤回入会申请"
          description={`撤回后，${pending.org.name}将不再审核这份申请。你可以重新选择企业申请。`}
          reason="none"
          confirmText="撤回申请"
          onCancel={() => setCancelling(false)}
          onConfirm={async () => {
            replace(await callFunction(accountContract, 'cancelJoin', {}));
            setSent(false);
            setCancelling(false);
          }}
        />
      </>
    );
  }

  return (
    <>
      {me.membership.org ? (
        <View className="jx-card" aria-label="当前企业">
          <Text className="jx-text-body jx-block">你目前是 {orgLabel(me.membership.org)} 的会员。</Text>
          <Text className="jx-text-secondary jx-block">新企业审核通过后，会员关系转到新企业，原记录保留。</Text>
        </View>
      ) : null}
      <EnterpriseSearch
        me={me}
        onSent={(fresh) => {
          setSent(true);
          replace(fresh);
        }}
      />
    </>
  );
}
