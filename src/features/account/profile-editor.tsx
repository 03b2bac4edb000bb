// 编辑资料: first the privacy guide and consent (recorded on the server), then the profile form. What the user
// typed survives every failure, including a consent that has to be given again.
import { Button } from '@nutui/nutui-react-taro';
import { Image, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { files } from '@/cloud/files';
import { asCloudError, useCloudCall } from '@/cloud/use-cloud-call';
import { ChoiceField, TextField } from '@/components/form/fields';
import { SearchPickField } from '@/components/form/search-pick-field';
import { trades, tradeText } from '@/shared/people/trades';
import { fieldMessage } from '@/components/format/format';
import { TAB_PAGES, goBack, openTab, replacePage } from '@/components/navigation/navigation';
import { PendingCard } from '@/components/states/states';
import { accountContract, type Me } from '@/shared/contracts/account';
import { PRIVACY_TERMS_VERSION, skillLevelLabels, skillLevels } from '@/shared/people/vocabulary';
import { pickPhoto } from '@/components/photos/photo-picker';
import {
  checkProfile,
  initialValues,
  isProfileField,
  toProfileInput,
  type ProfileErrors,
  type ProfileValues,
} from './profile-values';
import { ACCOUNT_PAGES } from './routes';
import { ErrorText } from '@/components/form/messages';
import './account.css';
import { newId } from '@/shared/ids';

const SKILL_CHOICES = skillLevels.map((value) => ({ value, label: skillLevelLabels[value] }));
const TRADE_CHOICES = trades.map(([value, label]) => ({ value, label }));
const FRONTLINE_CHOICES = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
] as const;

/** What the union made of the worker's 一线职工 statement: only a confirmed one counts for contests. */
function frontlineHint(me: Me): string {
  switch (me.profile?.frontline ?? 'none') {
    case 'confirmed':
      return '所在单位工会已确认';
    case 'pending':
      return '待所在单位工会确认；部分竞赛仅限一线职工';
    case 'withdrawn':
      return '所在单位工会未认可，如有疑问请联系工会';
    default:
      return '在生产、服务一线岗位工作的职工；由所在单位工会确认';
  }
}
const CONSENT_REQUIRED = '请先阅读并同意隐私保护指引';

interface Loaded {
  me: Me;
  personal: { phone: string | null; idNumber: string | null };
}

async function loadEditor(): Promise<Loaded> {
  const me = await callFunction(accountContract, 'me', {});
  // Only the owner sees their own numbers unmasked, and only here, to edit them.
  const personal = me.profile
    ? await callFunction(accountContract, 'myPersonal', {})
    : { phone: null, idNumber: null };
  return { me, personal };
}

export function ConsentStep({ me, onAgreed }: { me: Me; onAgreed: (me: Me) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const agree = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      onAgreed(await callFunction(accountContract, 'consent', { version: PRIVACY_TERMS_VERSION }));
    } catch (failure) {
      setError(asCloudError(failure).message);
      setBusy(false);
    }
  };
  return (
    <View className="jx-card" aria-label="隐私保护指引">
      <Text className="jx-text-title jx-block">隐私保护指引</Text>
      {me.consentVersion ? (
        <Text className="jx-text-body jx-block jx-page-intro">隐私保护指引已更新，请重新阅读并同意。</Text>
      ) : (
        <Text className="jx-text-body jx-block jx-page-intro">
          填写资料前，请先了解我们如何使用和保护你的个人信息。
        </Text>
      )}
      <View className="jx-privacy-list">
        <Text className="jx-text-body jx-privacy-item">
          收集什么：姓名、工种、技能等级、手机号和照片；身份证号只在你愿意时填写。
        </Text>
        <Text className="jx-text-body jx-privacy-item">
          用来做什么：确认你的工会会员身份，用于入会审核、报名竞赛和活动、拜师带徒。
        </Text>
        <Text className="jx-text-body jx-privacy-item">
          怎样保护：手机号和身份证号加密保存，别人只能看到打码后的号码（如
          138****5678）。所在工会的工作人员因工作需要查看完整号码时，须写明原因，每次查看都有记录。
        </Text>
        <Text className="jx-text-body jx-privacy-item">你可以随时修改资料，删除身份证号和照片。</Text>
        <Text className="jx-text-secondary jx-privacy-item">指引版本 {PRIVACY_TERMS_VERSION}</Text>
      </View>
      {error ? <ErrorText className="jx-privacy-item">{error}</ErrorText> : null}
      <View className="jx-actions">
        <Button className="jx-button" type="primary" loading={busy} onClick={() => void agree()}>
          同意并继续
        </Button>
        <Button className="jx-button" fill="outline" onClick={() => goBack()}>
          暂不同意
        </Button>
      </View>
    </View>
  );
}

interface ProfileFormProps {
  me: Me;
  values: ProfileValues;
  onChange: (values: ProfileValues) => void;
  onSaved: (me: Me) => void;
  onConsentNeeded: () => void;
}

export function ProfileForm({ me, values, onChange, onSaved, onConsentNeeded }: ProfileFormProps) {
  const [errors, setErrors] = useState<ProfileErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [uploading, setUploading] = useState(false);

  const set =
    <K extends keyof ProfileValues>(key: K) =>
    (value: ProfileValues[K]) => {
      onChange({ ...values, [key]: value });
      // The message goes once the user starts fixing the field.
      if (errors[key as keyof ProfileErrors]) setErrors({ ...errors, [key]: undefined });
    };

  const choosePhoto = async () => {
    if (uploading) return;
    setErrors({ ...errors, photoFileId: undefined });
    try {
      const path = await pickPhoto();
      if (!path) return;
      setUploading(true);
      const uploaded = await files.uploadFile(path, `avatars/${me.userId}/${newId()}.jpg`);
      onChange({ ...values, photoFileId: uploaded.fileID, photoUrl: uploaded.url });
    } catch (error) {
      const failed = asCloudError(error);
      setErrors({
        ...errors,
        photoFileId: failed.code === 'FORBIDDEN' ? failed.message : '照片没有上传成功，请重试',
      });
    } finally {
      setUploading(false);
    }
  };

  const save = async () => {
    if (busy) return;
    const problems = checkProfile(values);
    setErrors(problems);
    setFailure(null);
    if (Object.values(problems).some(Boolean)) return;
    setBusy(true);
    try {
      onSaved(await callFunction(accountContract, 'saveProfile', toProfileInput(values)));
    } catch (error) {
      const failed = asCloudError(error);
      if (failed.code === 'FORBIDDEN' && failed.message === CONSENT_REQUIRED) {
        onConsentNeeded();
      } else if (isProfileField(failed.field)) {
        setErrors({ [failed.field]: fieldMessage(failed) });
      } else {
        setFailure(failed.message);
      }
      setBusy(false);
    }
  };

  return (
    <View className="jx-card" aria-label="编辑资料">
      <Text className="jx-text-title jx-block">{me.profile ? '编辑资料' : '填写资料'}</Text>
      <Text className="jx-text-secondary jx-block jx-page-intro">
        手机号和身份证号加密保存，他人只能看到打码后的号码。
      </Text>

      <View className="jx-field">
        <Text className="jx-text-body jx-field__label">
          照片<Text className="jx-field__optional">（选填）</Text>
        </Text>
        <View className="jx-photo">
          {values.photoUrl ? (
            <Image className="jx-avatar" src={values.photoUrl} mode="aspectFill" nativeProps={{ alt: '我的照片' }} />
          ) : (
            <View className="jx-avatar jx-avatar--initial" aria-hidden="true">
              <Text className="jx-avatar__initial">{values.realName.trim().slice(0, 1) || '照'}</Text>
            </View>
          )}
          <Button className="jx-button" fill="outline" loading={uploading} onClick={() => void choosePhoto()}>
            {uploading ? '正在上传' : values.photoFileId ? '更换照片' : '上传照片'}
          </Button>
        </View>
        {errors.photoFileId ? <ErrorText className="jx-field__message">{errors.photoFileId}</ErrorText> : null}
      </View>

      <TextField
        label="姓名"
        value={values.realName}
        onChange={set('realName')}
        error={errors.realName}
        maxLength={40}
        placeholder="与身份证一致"
      />
      <SearchPickField
        label="工种"
        choices={TRADE_CHOICES}
        value={values.trade}
        onChange={set('trade')}
        error={errors.trade}
        pinned="other"
        hint="从国家职业分类中的工种选择；没有的选「其他」"
      />
      {values.trade === 'other' ? (
        <TextField
          label="工种名称"
          optional
          value={values.tradeNote}
          onChange={set('tradeNote')}
          error={errors.tradeNote}
          maxLength={20}
          placeholder="如 无损检测员"
        />
      ) : null}
      <ChoiceField
        label="技能等级"
        choices={SKILL_CHOICES}
        value={values.skillLevel}
        onChange={set('skillLevel')}
        error={errors.skillLevel}
      />
      <ChoiceField
        label="是否一线职工"
        choices={FRONTLINE_CHOICES}
        value={values.frontline ? 'yes' : 'no'}
        onChange={(choice) => set('frontline')(choice === 'yes')}
        hint={frontlineHint(me)}
      />
      <TextField
        label="手机号"
        type="number"
        value={values.phone}
        onChange={set('phone')}
        error={errors.phone}
        maxLength={11}
      />
      <TextField
        label="身份证号"
        type="idcard"
        optional
        value={values.idNumber}
        onChange={set('idNumber')}
        error={errors.idNumber}
        maxLength={18}
        hint="参加部分竞赛和评选时需要；留空则不保存"
      />

      {failure ? <ErrorText className="jx-privacy-item">{failure}</ErrorText> : null}
      <View className="jx-actions">
        <Button block className="jx-button" type="primary" loading={busy} onClick={() => void save()}>
          {busy ? '正在保存' : '保存资料'}
        </Button>
      </View>
    </View>
  );
}

function SavedCard({ me }: { me: Me }) {
  return (
    <View className="jx-card" aria-label="资料已保存" role="status">
      <Text className="jx-success-mark">✓ 资料已保存</Text>
      {me.profile ? (
        <Text className="jx-text-body jx-block jx-page-intro">
          {me.profile.realName} · {tradeText({ code: me.profile.trade, note: me.profile.tradeNote })} ·{' '}
          {skillLevelLabels[me.profile.skillLevel]}
        </Text>
      ) : null}
      <View className="jx-actions">
        {me.membership.status === 'none' ? (
          <Button className="jx-button" type="primary" onClick={() => replacePage(ACCOUNT_PAGES.join)}>
            加入企业工会
          </Button>
        ) : null}
        <Button className="jx-button" fill="outline" onClick={() => openTab(TAB_PAGES.me)}>
          返回我的
        </Button>
      </View>
    </View>
  );
}

export function ProfileEditor() {
  const { state, reload, replace } = useCloudCall(loadEditor, []);
  const [values, setValues] = useState<ProfileValues | null>(null);
  const [saved, setSaved] = useState<Me | null>(null);

  useEffect(() => {
    if (state.status === 'ready' && values === null) setValues(initialValues(state.data.me, state.data.personal));
  }, [state, values]);

  if (state.status !== 'ready' || !values) {
    // Ready but not yet copied into the form reads as still loading: the form never flashes empty.
    const pending = state.status === 'ready' ? { status: 'loading' as const } : state;
    return <PendingCard state={pending} rows={5} shape="form" label="正在加载资料" onRetry={reload} />;
  }
  if (saved) return <SavedCard me={saved} />;

  const { me } = state.data;
  if (me.consentVersion !== PRIVACY_TERMS_VERSION) {
    return <ConsentStep me={me} onAgreed={(fresh) => replace({ ...state.data, me: fresh })} />;
  }
  return (
    <ProfileForm
      me={me}
      values={values!}
      onChange={setValues}
      onSaved={setSaved}
      onConsentNeeded={() => replace({ ...state.data, me: { ...me, consentVersion: null } })}
    />
  );
}
