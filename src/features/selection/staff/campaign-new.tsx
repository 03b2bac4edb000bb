// 新建评选活动: the organising union (the caller's city or district scopes), the title, categories with their
// places, the day each stage starts, the voting rules and the experts' rubric. Sensible defaults throughout; what
// is wrong shows next to its field, and a failed save keeps everything typed.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useMemo, useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError, useCloudCall } from '@/cloud/use-cloud-call';
import { ErrorText } from '@/components/form/messages';
import { fieldMessage } from '@/components/format/format';
import { replacePage } from '@/components/navigation/navigation';
import { EmptyState, PendingCard } from '@/components/states/states';
import { selectionContract } from '@/shared/contracts/selection';
import { unionContract } from '@/shared/contracts/union';
import { CAMPAIGN_STAFF_KINDS } from '@/shared/people/access';
import { AdminFrame } from '@/components/staff/admin-frame';
import {
  checkCampaignForm,
  defaultCampaignForm,
  toCreateInput,
  type CampaignFormValues,
  type FormErrors,
} from './campaign-form';
import {
  BasicsSection,
  CategoriesSection,
  RubricSection,
  RulesSection,
  ScheduleSection,
} from './campaign-form-sections';
import { campaignPage } from './routes';
import '@/components/staff/admin.css';
import { now as clockNow } from '@/platform/clock';

export interface CampaignFormProps {
  organisers: ReadonlyArray<{ id: string; name: string }>;
  now?: Date;
  onCreated: (campaignId: string) => void;
}

/** The form itself, given the unions the caller may organise for (tested on its own). */
export function CampaignForm({ organisers, now, onCreated }: CampaignFormProps) {
  const [values, setValues] = useState<CampaignFormValues>(() =>
    defaultCampaignForm(now ?? clockNow(), organisers.length === 1 ? organisers[0]!.id : null),
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

  return (
    <>
      <BasicsSection values={values} errors={errors} set={set} organisers={organisers} />
      <CategoriesSection values={values} errors={errors} set={set} />
      <ScheduleSection values={values} errors={errors} set={set} />
      <RulesSection values={values} errors={errors} set={set} />
      <RubricSection values={values} errors={errors} set={set} />

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
  const [now] = useState(clockNow);
  return (
    <AdminFrame title="新建评选活动" intro="由市总工会或区县工会发起。各项已填好常用的默认值，按需修改。">
      <PendingCard state={state} rows={4} shape="form" label="正在加载" onRetry={reload} />
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
