// 提名候选人: staff over a worker find them by name, pick the category and write their deeds (50–3000 字); the
// honours on record go with the nomination. The organising union reviews it.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError, useCloudCall } from '@/cloud/use-cloud-call';
import { ChoiceField, TextAreaField } from '@/components/form/fields';
import { DoneText, ErrorText } from '@/components/form/messages';
import { fieldMessage } from '@/components/format/format';
import { goBack } from '@/components/navigation/navigation';
import { ErrorState, LoadingBlock } from '@/components/states/states';
import { selectionContract } from '@/shared/contracts/selection';
import { honourLevelLabels } from '@/shared/people/vocabulary';
import { AdminFrame } from './admin-frame';
import type { StaffCampaign } from './campaign-texts';
import { PersonSearch, type Member } from './person-search';
import './admin.css';

type Errors = Record<string, string>;

function NominateForm({ campaign }: { campaign: StaffCampaign }) {
  const [person, setPerson] = useState<Member | null>(null);
  const [categoryId, setCategoryId] = useState<string | null>(
    campaign.categories.length === 1 ? campaign.categories[0]!.id : null,
  );
  const [deeds, setDeeds] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const submit = async () => {
    if (busy) return;
    const found: Errors = {};
    if (!person) found.userId = '请先查找并选择要提名的职工';
    if (!categoryId) found.categoryId = '请选择评选类别';
    const length = deeds.trim().length;
    if (length < 50 || length > 3000) found.deeds = `主要事迹须写50到3000字，现在是${length}字`;
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const nominated = await callFunction(selectionContract, 'nominate', {
        campaignId: campaign.id,
        userId: person!.id,
        categoryId: categoryId!,
        deeds: deeds.trim(),
        photoFileIds: [],
        honours: person!.honours,
      });
      setDone(`✓ 已提名 ${nominated.name}，等待${campaign.org.name}审核`);
      setPerson(null);
      setDeeds('');
    } catch (error) {
      const failed = asCloudError(error);
      if (failed.field && ['userId', 'categoryId', 'deeds'].includes(failed.field)) {
        setErrors({ [failed.field]: fieldMessage(failed) });
      } else setFailure(failed.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <View className="jx-admin__head">
        <Text className="jx-text-title jx-block">1. 选择职工</Text>
      </View>
      <PersonSearch
        picked={person}
        onPick={(picked) => {
          setPerson(picked);
          setDone(null);
        }}
      />
      {errors.userId ? (
        <View className="jx-more">
          <ErrorText>{errors.userId}</ErrorText>
        </View>
      ) : null}
      <View className="jx-card" aria-label="提名内容">
        <Text className="jx-text-title jx-block">2. 填写提名</Text>
        {person ? (
          <Text className="jx-text-body jx-block jx-admin__line">
            提名：{person.realName}（{person.org?.name ?? '未加入企业'}）
          </Text>
        ) : (
          <Text className="jx-text-secondary jx-block jx-admin__line">先在上面查找并选择职工。</Text>
        )}
        <ChoiceField
          label="评选类别"
          choices={campaign.categories.map((category) => ({ value: category.id, label: category.name }))}
          value={categoryId}
          onChange={setCategoryId}
          error={errors.categoryId}
        />
        <TextAreaField
          label="主要事迹"
          value={deeds}
          onChange={setDeeds}
          error={errors.deeds}
          hint={`已写 ${deeds.trim().length} 字，须50到3000字：技能专长、创新成果、带徒传技等`}
          maxLength={3000}
        />
        <View className="jx-field">
          <Text className="jx-text-body jx-field__label">荣誉</Text>
          {person && person.honours.length > 0 ? (
            person.honours.map((honour) => (
              <Text key={`${honour.title}${honour.year}`} className="jx-text-body jx-block">
                {honour.year}年 {honour.title}（{honourLevelLabels[honour.level]}）
              </Text>
            ))
          ) : (
            <Text className="jx-text-secondary jx-block">
              {person ? '没有登记的荣誉。' : '选择职工后，这里列出已登记的荣誉，随提名一并提交。'}
            </Text>
          )}
        </View>
        {failure ? <ErrorText className="jx-admin__line">{failure}</ErrorText> : null}
        {done ? <DoneText className="jx-admin__line">{done}</DoneText> : null}
        <View className="jx-actions">
          <Button className="jx-button" type="primary" loading={busy} onClick={() => void submit()}>
            {busy ? '正在提交' : '提交提名'}
          </Button>
          <Button className="jx-button" fill="outline" onClick={() => goBack()}>
            返回评选活动
          </Button>
        </View>
      </View>
    </>
  );
}

export function Nominate({ campaignId }: { campaignId: string | undefined }) {
  const { state, reload } = useCloudCall(
    () => callFunction(selectionContract, 'staffCampaign', { campaignId: campaignId ?? '' }),
    [campaignId],
  );
  if (state.status !== 'ready') {
    return (
      <AdminFrame title="提名候选人">
        <View className="jx-card">
          {state.status === 'loading' ? <LoadingBlock rows={4} label="正在加载评选活动" /> : null}
          {state.status === 'error' ? <ErrorState error={state.error} onRetry={reload} /> : null}
        </View>
      </AdminFrame>
    );
  }
  return (
    <AdminFrame
      title="提名候选人"
      intro={`${state.data.title}：提名你负责的组织里的职工，由${state.data.org.name}审核。`}
    >
      <NominateForm campaign={state.data} />
    </AdminFrame>
  );
}
