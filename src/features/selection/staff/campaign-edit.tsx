// 修改活动: the organisers change what may still change — the title and the dates of stages not yet begun always,
// the categories while the campaign is being set up, the voting rules and the rubric until voting opens — with a
// reason, which the audit log keeps. What can no longer change is shown read-only with why; a refusal from the
// function shows next to the field it names.
import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError, useCloudCall } from '@/cloud/use-cloud-call';
import { ErrorSummary, FieldAnchor } from '@/components/form/error-summary';
import { TextAreaField } from '@/components/form/fields';
import { ErrorText } from '@/components/form/messages';
import { useScrollToFirstError } from '@/components/form/scroll-to-error';
import { fieldMessage } from '@/components/format/format';
import { goBack } from '@/components/navigation/navigation';
import { selectionContract } from '@/shared/contracts/selection';
import { stageLabels } from '@/shared/selection/stages';
import { AdminDeadEnd, AdminFrame, AdminPending } from '@/components/staff/admin-frame';
import {
  CAMPAIGN_FORM_ORDER,
  campaignFieldLabel,
  campaignFormValues,
  campaignYear,
  checkCampaignEdit,
  errorAnchor,
  editableParts,
  toUpdateInput,
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
import type { StaffCampaign } from './campaign-texts';
import { EligibilitySection } from './campaign-eligibility';
import '@/components/staff/admin.css';
import { now as clockNow } from '@/platform/clock';

export const LOCKED = {
  categories: '提名开始后评选类别不能修改。',
  rules: '投票开始后规则已锁定，不能再修改。',
  rubric: '投票开始后规则已锁定，评分细则不能再修改。',
  eligibility: '提名开始后提名条件已固定，不能再修改。',
} as const;

export interface CampaignEditFormProps {
  campaign: StaffCampaign;
  now?: Date;
  onSaved: (campaign: StaffCampaign) => void;
}

export function CampaignEditForm({ campaign, now, onSaved }: CampaignEditFormProps) {
  const [values, setValues] = useState<CampaignFormValues>(() => campaignFormValues(campaign));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const parts = editableParts(campaign);
  const scrollToFirstError = useScrollToFirstError();
  const set = (change: Partial<CampaignFormValues>) => setValues((was) => ({ ...was, ...change }));
  const year = campaignYear(values.schedule, now ?? clockNow());
  const coverHint =
    campaign.coverHold && values.coverImage === (campaign.coverImage ?? '')
      ? campaign.coverHold.state === 'checking'
        ? '封面图片正在进行内容安全检测，通过后公众才能看到'
        : `上一张封面图片未通过内容安全检测（${campaign.coverHold.reason ?? '未说明'}），请换一张`
      : undefined;

  const save = async () => {
    if (busy) return;
    const found = checkCampaignEdit(values, reason, campaign, now ?? clockNow());
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      scrollToFirstError();
      return;
    }
    const input = toUpdateInput(values, reason, campaign);
    if (!input) {
      setFailure('没有改动：改好要修改的内容后再保存。');
      return;
    }
    setBusy(true);
    try {
      onSaved(await callFunction(selectionContract, 'updateCampaign', input));
    } catch (error) {
      const failed = asCloudError(error);
      if (failed.field) {
        setErrors({ [failed.field]: fieldMessage(failed) });
        scrollToFirstError();
      } else setFailure(failed.message);
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary errors={errors} labelOf={campaignFieldLabel} anchorOf={errorAnchor} order={CAMPAIGN_FORM_ORDER} />
      <CampaignFormColumns
        left={
          <>
            <BasicsSection values={values} errors={errors} set={set} year={year} coverHint={coverHint} />
            <CategoriesSection
              values={values}
              errors={errors}
              set={set}
              locked={parts.categories ? null : LOCKED.categories}
            />
            <RubricSection values={values} errors={errors} set={set} locked={parts.rubric ? null : LOCKED.rubric} />
          </>
        }
        right={
          <>
            <ScheduleSection
              values={values}
              errors={errors}
              set={set}
              reached={parts.reached}
              now={now ?? clockNow()}
            />
            <RulesSection values={values} errors={errors} set={set} locked={parts.rules ? null : LOCKED.rules} />
            <EligibilitySection
              value={values.eligibility}
              onChange={(eligibility) => set({ eligibility })}
              errors={errors}
              orgNames={campaign.eligibilityOrgNames}
              locked={parts.eligibility ? null : LOCKED.eligibility}
            />
          </>
        }
      />

      <View className="jx-card jx-edit-reason" aria-label="修改原因">
        <FieldAnchor path="reason">
          <TextAreaField
            label="修改原因"
            value={reason}
            onChange={(text) => {
              setReason(text);
              if (errors.reason) setErrors({ ...errors, reason: '' });
            }}
            error={errors.reason || undefined}
            hint="必填，会连同修改内容记入操作日志"
            placeholder="如：根据上级通知调整公示时间"
            maxLength={200}
          />
        </FieldAnchor>
        {failure ? <ErrorText className="jx-more__error">{failure}</ErrorText> : null}
        <View className="jx-actions">
          <Button className="jx-button" type="primary" loading={busy} onClick={() => void save()}>
            {busy ? '正在保存' : '保存修改'}
          </Button>
          <Button className="jx-button" fill="outline" onClick={() => goBack()}>
            取消
          </Button>
        </View>
      </View>
    </>
  );
}

export function CampaignEdit({ campaignId }: { campaignId: string | undefined }) {
  const { state, reload } = useCloudCall(
    () => callFunction(selectionContract, 'staffCampaign', { campaignId: campaignId ?? '' }),
    [campaignId],
  );
  const [now] = useState(clockNow);
  if (state.status !== 'ready') {
    return <AdminPending title="修改活动" state={state} label="正在加载评选活动" shape="form" onRetry={reload} />;
  }
  const campaign = state.data;
  const refusal = !campaign.organiser
    ? {
        title: `只有主办单位（${campaign.org.name}）可以修改这个评选活动。`,
        hint: '可以在评选活动页面提名本单位的职工。',
      }
    : campaign.stage === 'final'
      ? { title: '评选结果已经确定，活动不能再修改。', hint: '修改记录可以在操作日志里查看。' }
      : null;
  if (refusal) return <AdminDeadEnd title="修改活动" reason={refusal.title} hint={refusal.hint} />;
  return (
    <AdminFrame
      title="修改活动"
      intro={`${campaign.title}（当前阶段：${stageLabels[campaign.stage]}）。只能修改当前阶段还允许修改的内容。`}
    >
      <CampaignEditForm campaign={campaign} now={now} onSaved={() => goBack()} />
    </AdminFrame>
  );
}
