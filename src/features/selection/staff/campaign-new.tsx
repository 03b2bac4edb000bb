// 新建评选活动: the organising union (the caller's city or district scopes), the title, description and cover,
// categories with their places, the day each stage starts, the voting rules and the experts' rubric. The defaults
// create a campaign as they stand; on a refused save every problem is listed at the top (each tapped scrolls to its
// field), shows next to its field, and the first field is scrolled to; a failed save keeps everything typed.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useMemo, useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError, useCloudCall } from '@/cloud/use-cloud-call';
import { ErrorSummary } from '@/components/form/error-summary';
import { ErrorText } from '@/components/form/messages';
import { useScrollToFirstError } from '@/components/form/scroll-to-error';
import { fieldMessage } from '@/components/format/format';
import { replacePage } from '@/components/navigation/navigation';
import { EmptyState, PendingCard } from '@/components/states/states';
import { selectionContract } from '@/shared/contracts/selection';
import { unionContract } from '@/shared/contracts/union';
import { CAMPAIGN_STAFF_KINDS } from '@/shared/people/access';
import { AdminFrame } from '@/components/staff/admin-frame';
import {
  CAMPAIGN_FORM_ORDER,
  campaignFieldLabel,
  campaignYear,
  checkCampaignForm,
  defaultCampaignForm,
  errorAnchor,
  toCreateInput,
  type CampaignFormValues,
  type FormErrors,
} from './campaign-form';
import {
  BasicsSection,
  CampaignFormColumns,
  CategoriesSection,
  RubricSection,
  RulesSection,
  ScheduleSection,
} from './campaign-form-sections';
import { campaignPage } from './routes';
import { EligibilitySection } from './campaign-eligibility';
import '@/components/staff/admin.css';
import { now as clockNow } from '@/platform/clock';

export interface CampaignFormProps {
  organisers: ReadonlyArray<{ id: string; name: string }>;
  now?: Date;
  onCreated: (campaignId: string) => void;
}

/** The form itself, given the unions the caller may organise for (tested on its own). */
export function CampaignForm({ organisers, now, onCreated }: CampaignFormProps) {
  const [today] = useState(() => now ?? clockNow());
  const [values, setValues] = useState<CampaignFormValues>(() => defaultCampaignForm(today, organisers[0] ?? null));
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const scrollToFirstError = useScrollToFirstError();
  const set = (change: Partial<CampaignFormValues>) => setValues((was) => ({ ...was, ...change }));
  const year = campaignYear(values.schedule, today);

  const submit = async () => {
    if (busy) return;
    const found = checkCampaignForm(values, today);
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      scrollToFirstError();
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
        scrollToFirstError();
      } else setFailure(failed.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary errors={errors} labelOf={campaignFieldLabel} anchorOf={errorAnchor} order={CAMPAIGN_FORM_ORDER} />
      <CampaignFormColumns
        left={
          <>
            <BasicsSection values={values} errors={errors} set={set} organisers={organisers} year={year} />
            <CategoriesSection values={values} errors={errors} set={set} />
            <RubricSection values={values} errors={errors} set={set} />
          </>
        }
        right={
          <>
            <ScheduleSection values={values} errors={errors} set={set} />
            <RulesSection values={values} errors={errors} set={set} />
            <EligibilitySection
              value={values.eligibility}
              onChange={(eligibility) => set({ eligibility })}
              errors={errors}
            />
          </>
        }
      />

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
