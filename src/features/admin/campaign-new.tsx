// 新建评选活动: the organising union (the caller's city or district scopes), the title, categories with their
// places, the day each stage starts, the voting rules and the experts' rubric. Sensible defaults throughout; what
// is wrong shows next to its field, and a failed save keeps everything typed.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useMemo, useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError, useCloudCall } from '@/cloud/use-cloud-call';
import { ChoiceField, TextField } from '@/components/form/fields';
import { ErrorText } from '@/components/form/messages';
import { fieldMessage } from '@/components/format/format';
import { replacePage } from '@/components/navigation/navigation';
import { EmptyState, ErrorState, LoadingBlock } from '@/components/states/states';
import { selectionContract } from '@/shared/contracts/selection';
import { unionContract } from '@/shared/contracts/union';
import { CAMPAIGN_STAFF_KINDS } from '@/shared/people/access';
import { countsVisibilityLabels } from '@/shared/selection/rules';
import { scheduledStages, stageLabels } from '@/shared/selection/stages';
import { AdminFrame } from './admin-frame';
import {
  categoryRow,
  checkCampaignForm,
  defaultCampaignForm,
  rubricRow,
  rubricTotal,
  toCreateInput,
  type CampaignFormValues,
  type CountsVisibility,
  type FormErrors,
} from './campaign-form';
import { campaignPage } from './routes';
import './admin.css';

const VISIBILITY_CHOICES = (Object.keys(countsVisibilityLabels) as CountsVisibility[]).map((value) => ({
  value,
  label: countsVisibilityLabels[value],
}));

export interface CampaignFormProps {
  organisers: ReadonlyArray<{ id: string; name: string }>;
  now?: Date;
  onCreated: (campaignId: string) => void;
}

/** The form itself, given the unions the caller may organise for (tested on its own). */
export function CampaignForm({ organisers, now, onCreated }: CampaignFormProps) {
  const [values, setValues] = useState<CampaignFormValues>(() =>
    defaultCampaignForm(now ?? new Date(), organisers.length === 1 ? organisers[0]!.id : null),
  );
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (change: Partial<CampaignFormValues>) => setValues((now) => ({ ...now, ...change }));

  const submit = async () => {
    if (busy) return;
    const found = checkCampaignForm(values);
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      setFailure('有几处需要修改，见标红的栏目。');
      return;
    }
    setBusy(true);
    try {
      const created = await callFunction(selectionContract, 'createCampaign', toCreateInput(values));
      onCreated(created.id);
    } catch (error) {
      const failed = asCloudError(error);
      if (failed.field) {
        setErrors({ [failed.field]: fieldMessage(failed) });
        setFailure('有一处需要修改，见标红的栏目。');
      } else setFailure(failed.message);
    } finally {
      setBusy(false);
    }
  };

  const total = rubricTotal(values.rubric);
  return (
    <>
      <View className="jx-card" aria-label="基本信息">
        <Text className="jx-text-title jx-block">基本信息</Text>
        <ChoiceField
          label="组织单位"
          choices={organisers.map((org) => ({ value: org.id, label: org.name }))}
          value={values.orgId}
          onChange={(orgId) => set({ orgId })}
          error={errors.orgId}
        />
        <TextField
          label="活动名称"
          value={values.title}
          onChange={(title) => set({ title })}
          error={errors.title}
          placeholder="如：2026年度示范市工匠"
          maxLength={40}
        />
      </View>

      <View className="jx-card" aria-label="评选类别">
        <Text className="jx-text-title jx-block">评选类别</Text>
        <Text className="jx-text-secondary jx-block jx-admin__hint">
          每个类别单独评出，名额是该类别最终评出的人数。
        </Text>
        {values.categories.map((row, i) => (
          <View key={row.key} className="jx-honour-row">
            <Text className="jx-text-body jx-block jx-honour-row__title">类别{i + 1}</Text>
            <TextField
              label={`类别${i + 1}名称`}
              value={row.name}
              onChange={(name) =>
                set({ categories: values.categories.map((r) => (r.key === row.key ? { ...r, name } : r)) })
              }
              error={errors[`categories.${i}.name`]}
              placeholder="如：制造业"
              maxLength={20}
            />
            <TextField
              label={`类别${i + 1}名额（人）`}
              type="number"
              value={row.places}
              onChange={(places) =>
                set({ categories: values.categories.map((r) => (r.key === row.key ? { ...r, places } : r)) })
              }
              error={errors[`categories.${i}.places`]}
              maxLength={3}
            />
            {values.categories.length > 1 ? (
              <View className="jx-actions">
                <Button
                  className="jx-button"
                  fill="outline"
                  onClick={() => set({ categories: values.categories.filter((r) => r.key !== row.key) })}
                >
                  删除类别{i + 1}
                </Button>
              </View>
            ) : null}
          </View>
        ))}
        {errors.categories ? <ErrorText className="jx-field__message">{errors.categories}</ErrorText> : null}
        {values.categories.length < 10 ? (
          <View className="jx-actions">
            <Button
              className="jx-button"
              fill="outline"
              onClick={() => set({ categories: [...values.categories, categoryRow('', '10')] })}
            >
              添加类别
            </Button>
          </View>
        ) : null}
      </View>

      <View className="jx-card" aria-label="阶段日期">
        <Text className="jx-text-title jx-block">阶段日期</Text>
        <Text className="jx-text-secondary jx-block jx-admin__hint">
          每个阶段从所填日期的0点（北京时间）开始，到下一阶段开始时结束；到期自动进入下一阶段。
        </Text>
        {scheduledStages.map((stage) => (
          <TextField
            key={stage}
            label={`${stageLabels[stage]}开始日期`}
            value={values.schedule[stage]}
            onChange={(date) => set({ schedule: { ...values.schedule, [stage]: date } })}
            error={errors[`schedule.${stage}`]}
            placeholder="2026-05-01"
            maxLength={10}
          />
        ))}
      </View>

      <View className="jx-card" aria-label="投票规则">
        <Text className="jx-text-title jx-block">投票规则</Text>
        <Text className="jx-text-secondary jx-block jx-admin__hint">投票开始后规则不能再改。</Text>
        <TextField
          label="每人每天可投票数"
          type="number"
          value={values.votesPerDay}
          onChange={(votesPerDay) => set({ votesPerDay })}
          error={errors['rules.votesPerDay']}
          hint="1到10票；同一候选人每人每天限投1票"
          maxLength={2}
        />
        <ChoiceField
          label="投票方式"
          choices={[
            { value: 'single', label: '逐个投票' },
            { value: 'ballot', label: '选满固定人数' },
          ]}
          value={values.ballotMode}
          onChange={(ballotMode) => set({ ballotMode })}
        />
        {values.ballotMode === 'ballot' ? (
          <TextField
            label="每张选票人数"
            type="number"
            value={values.ballotSize}
            onChange={(ballotSize) => set({ ballotSize })}
            error={errors['rules.ballotSize']}
            hint="投票人须选满这个人数，一次提交"
            maxLength={2}
          />
        ) : null}
        <ChoiceField
          label="票数公布方式"
          choices={VISIBILITY_CHOICES}
          value={values.countsVisibility}
          onChange={(countsVisibility) => set({ countsVisibility })}
        />
        {values.countsVisibility === 'daily' ? (
          <TextField
            label="每日公布时间"
            value={values.dailyPublishAt}
            onChange={(dailyPublishAt) => set({ dailyPublishAt })}
            error={errors['rules.dailyPublishAt']}
            placeholder="20:00"
            maxLength={5}
          />
        ) : null}
        <TextField
          label="公众投票权重（%）"
          type="number"
          value={values.publicWeight}
          onChange={(publicWeight) => set({ publicWeight })}
          error={errors['rules.publicWeight']}
          hint={`百分比；专家评审占其余的 ${100 - (Number(values.publicWeight) || 0)}%`}
          maxLength={3}
        />
      </View>

      <View className="jx-card" aria-label="评分细则">
        <Text className="jx-text-title jx-block">评分细则</Text>
        <Text className="jx-text-secondary jx-block jx-admin__hint">专家按这些项目打分，各项满分之和为100分。</Text>
        {values.rubric.map((row, i) => (
          <View key={row.key} className="jx-honour-row">
            <TextField
              label={`评分项${i + 1}`}
              value={row.criterion}
              onChange={(criterion) =>
                set({ rubric: values.rubric.map((r) => (r.key === row.key ? { ...r, criterion } : r)) })
              }
              error={errors[`rubric.${i}.criterion`]}
              maxLength={30}
            />
            <TextField
              label={`评分项${i + 1}满分（分）`}
              type="number"
              value={row.maxPoints}
              onChange={(maxPoints) =>
                set({ rubric: values.rubric.map((r) => (r.key === row.key ? { ...r, maxPoints } : r)) })
              }
              error={errors[`rubric.${i}.maxPoints`]}
              maxLength={3}
            />
            {values.rubric.length > 1 ? (
              <View className="jx-actions">
                <Button
                  className="jx-button"
                  fill="outline"
                  onClick={() => set({ rubric: values.rubric.filter((r) => r.key !== row.key) })}
                >
                  删除评分项{i + 1}
                </Button>
              </View>
            ) : null}
          </View>
        ))}
        <Text className="jx-text-body jx-block jx-admin__line">合计 {total} 分</Text>
        {errors.rubric ? <ErrorText className="jx-field__message">{errors.rubric}</ErrorText> : null}
        {values.rubric.length < 10 ? (
          <View className="jx-actions">
            <Button
              className="jx-button"
              fill="outline"
              onClick={() => set({ rubric: [...values.rubric, rubricRow()] })}
            >
              添加评分项
            </Button>
          </View>
        ) : null}
      </View>

      <View className="jx-card">
        {failure ? <ErrorText className="jx-more__error">{failure}</ErrorText> : null}
        <Button block className="jx-button" type="primary" loading={busy} onClick={() => void submit()}>
          {busy ? '正在创建' : '创建评选活动'}
        </Button>
        <Text className="jx-text-secondary jx-block jx-admin__hint">
          创建后处于“筹备中”，进入“推荐提名”阶段前公众看不到。
        </Text>
      </View>
    </>
  );
}

export function CampaignNew() {
  const { state, reload } = useCloudCall(() => callFunction(unionContract, 'workbench', {}), []);
  const organisers = useMemo(
    () =>
      state.status === 'ready' ? state.data.scopes.filter((org) => CAMPAIGN_STAFF_KINDS.includes(org.kind)) : [],
    [state],
  );
  const [now] = useState(() => new Date());
  return (
    <AdminFrame title="新建评选活动" intro="由市总工会或区县工会发起。各项已填好常用的默认值，按需修改。">
      {state.status === 'loading' ? (
        <View className="jx-card">
          <LoadingBlock rows={4} label="正在加载" />
        </View>
      ) : null}
      {state.status === 'error' ? (
        <View className="jx-card">
          <ErrorState error={state.error} onRetry={reload} />
        </View>
      ) : null}
      {state.status === 'ready' && organisers.length === 0 ? (
        <View className="jx-card">
          <EmptyState
            title="评选活动由市总工会或区县工会发起。"
            hint="你负责的组织不能发起评选；可以在上级发起的评选里提名本单位的职工。"
          />
        </View>
      ) : null}
      {state.status === 'ready' && organisers.length > 0 ? (
        <CampaignForm organisers={organisers} now={now} onCreated={(id) => replacePage(campaignPage(id))} />
      ) : null}
    </AdminFrame>
  );
}
