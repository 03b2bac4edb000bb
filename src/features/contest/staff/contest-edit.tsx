// 新建比赛 / 修改比赛 (contest-admin subpackage): every part of a contest — the organiser (which sets the level), the
// schedule picked in Beijing time, entry type and team size, places, review, weighting, award places, the
// eligibility rule and the registration fields. Errors come from the contract's schema under each field, the first
// scrolled to. Once registration opened the fixed parts are shown read-only with why, places can only grow, and a
// reason is asked for (kept in the audit log).
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useMemo, useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError, useCloudCall } from '@/cloud/use-cloud-call';
import { ReasonDialog } from '@/components/dialog/dialog';
import { DateField } from '@/components/form/date-fields';
import { TextAreaField, TextField } from '@/components/form/fields';
import { ErrorText } from '@/components/form/messages';
import { SearchPickField } from '@/components/form/search-pick-field';
import { SinglePhotoField } from '@/components/photos/single-photo-field';
import { fieldMessage } from '@/components/format/format';
import { replacePage } from '@/components/navigation/navigation';
import { AdminFrame, AdminPending } from '@/components/staff/admin-frame';
import { OrgPicker } from '@/components/staff/org-picker';
import { treeRows, type TreeRow } from '@/components/staff/org-tree';
import { now, useNow } from '@/platform/clock';
import { contestContract, contestLevelLabels, type ContestView } from '@/shared/contracts/contest';
import { unionContract } from '@/shared/contracts/union';
import type { FieldErrors } from '@/shared/validation/field-errors';
import { newId } from '@/shared/ids';
import { contestPhotoPath } from '../photo-path';
import { CONTEST_PAGES } from '../routes';
import { TRADE_CHOICES } from '@/components/form/trade-choices';
import { useScrollToFirstError } from '@/components/form/scroll-to-error';
import {
  contestFormErrors,
  contestOf,
  defaultContestForm,
  formOfContest,
  frozenNote,
  frozenParts,
  levelOfKind,
  type ContestFormValues,
} from './contest-form';
import { EntrySection, InstantField, ScoringSection, Section } from './contest-edit-parts';
import { EligibilityEditor } from '@/components/staff/eligibility-editor';
import { FieldBuilder } from './field-builder';
import '@/components/staff/admin.css';
import '../contest.css';

function ContestForm({ contest, orgRows }: { contest: ContestView | null; orgRows: TreeRow[] }) {
  const today = useNow();
  const [values, setValues] = useState<ContestFormValues>(() =>
    contest ? formOfContest(contest) : defaultContestForm(now()),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const scrollToFirstError = useScrollToFirstError();
  const frozen = frozenParts(contest, today);
  const opened = frozen.length > 0;
  const set = <K extends keyof ContestFormValues>(key: K, value: ContestFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const err = (path: string) => errors[`contest.${path}`];
  const isFrozen = (part: (typeof frozen)[number]) => frozen.includes(part);
  const posterHint =
    contest?.posterHold && values.poster === contest.poster
      ? contest.posterHold.state === 'checking'
        ? '海报正在进行内容安全检测，通过后职工才能看到'
        : `上一张海报未通过内容安全检测（${contest.posterHold.reason ?? '未说明'}），请换一张`
      : '可选；职工在比赛页面看到，上传后须通过内容安全检测';

  const refused = (problem: unknown) => {
    const error = asCloudError(problem);
    if (error.field && error.field !== 'reason') {
      setErrors({ [error.field]: fieldMessage(error) });
      scrollToFirstError();
    } else setFailure(error.message);
  };

  const save = async (reason?: string) => {
    if (contest) {
      await callFunction(contestContract, 'updateContest', {
        contestId: contest.contestId,
        contest: contestOf(values),
        ...(reason ? { reason } : {}),
      });
      replacePage(CONTEST_PAGES.staffList());
    } else {
      await callFunction(contestContract, 'createContest', { orgId: values.orgId ?? '', contest: contestOf(values) });
      replacePage(CONTEST_PAGES.staffList());
    }
  };

  const submit = () => {
    setFailure(null);
    const problems = contestFormErrors(values);
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      scrollToFirstError();
      return;
    }
    if (opened) {
      setAsking(true);
      return;
    }
    setBusy(true);
    save()
      .catch(refused)
      .finally(() => setBusy(false));
  };

  const capacityHint =
    contest && opened ? `报名开始后名额只能增加（现为${contest.capacity}）` : '报满后报名的人进入候补';
  return (
    <View>
      {opened ? (
        <View className="jx-card" role="note">
          <Text className="jx-text-body jx-block">{frozenNote(frozen)}</Text>
        </View>
      ) : null}
      <Section title="基本信息">
        {contest ? (
          <Text className="jx-text-body jx-block">
            主办：{contest.organiser.name}（{contestLevelLabels[contest.level]}）
          </Text>
        ) : (
          <OrgPicker
            label="主办单位"
            rows={orgRows}
            value={values.orgId}
            pickable={(row) => row.status === 'active'}
            onChange={(row) => setValues((current) => ({ ...current, orgId: row.id, level: levelOfKind(row.kind) }))}
            error={errors.orgId ?? err('level')}
          />
        )}
        {values.level && !contest ? (
          <Text className="jx-text-secondary jx-block">比赛级别：{contestLevelLabels[values.level]}</Text>
        ) : null}
        <TextField
          label="比赛名称"
          value={values.title}
          maxLength={40}
          onChange={(v) => set('title', v)}
          error={err('title')}
        />
        <SearchPickField
          label="工种"
          choices={TRADE_CHOICES}
          value={values.trade}
          onChange={(v) => set('trade', v)}
          error={err('trade')}
          pinned="other"
          hint="从国家职业分类中的工种选择"
        />
        <TextField
          label="比赛地点"
          value={values.venue}
          maxLength={60}
          onChange={(v) => set('venue', v)}
          error={err('venue')}
        />
        <TextAreaField
          label="简介"
          optional
          value={values.description}
          maxLength={2000}
          onChange={(v) => set('description', v)}
          error={err('description')}
        />
        <SinglePhotoField
          label="海报"
          optional
          value={values.poster ?? ''}
          onChange={(v) => set('poster', v || null)}
          cloudPath={() => contestPhotoPath(`poster-${newId()}`)}
          error={err('poster')}
          hint={posterHint}
        />
      </Section>
      <Section title="时间安排（北京时间）">
        <InstantField
          label="报名开始"
          value={values.opensAt}
          onChange={(v) => set('opensAt', v)}
          error={err('schedule.opensAt')}
          fixed={opened ? '报名已开始，开始时间不能修改' : undefined}
        />
        <InstantField
          label="报名截止"
          value={values.closesAt}
          onChange={(v) => set('closesAt', v)}
          error={err('schedule.closesAt')}
        />
        <InstantField
          label="取消报名截止"
          value={values.cancelBy}
          onChange={(v) => set('cancelBy', v)}
          error={err('schedule.cancelBy')}
        />
        <DateField label="比赛日" value={values.day} onChange={(v) => set('day', v)} error={err('schedule.day')} />
      </Section>
      <EntrySection values={values} setValues={setValues} err={err} frozen={frozen} capacityHint={capacityHint} />
      <ScoringSection values={values} set={set} err={err} frozen={frozen} />
      <Section title="参赛条件">
        <EligibilityEditor
          use="contest"
          value={values.eligibility}
          onChange={(v) => set('eligibility', v)}
          errors={errors}
          orgRows={orgRows}
          frozen={isFrozen('eligibility')}
          orgNames={Object.fromEntries(orgRows.map((row) => [row.id, row.name]))}
        />
      </Section>
      <Section title="报名字段">
        <FieldBuilder
          fields={values.fields}
          onChange={(v) => set('fields', v)}
          errors={errors}
          frozen={isFrozen('fields')}
        />
      </Section>
      <View className="jx-more">
        {failure ? <ErrorText>{failure}</ErrorText> : null}
        {Object.keys(errors).length > 0 ? (
          <ErrorText>有{Object.keys(errors).length}处需要修改，见标红的字段。</ErrorText>
        ) : null}
        <Button block className="jx-button" type="primary" loading={busy} onClick={submit}>
          {busy ? '正在保存' : contest ? '保存修改' : '发布比赛'}
        </Button>
      </View>
      <ReasonDialog
        open={asking}
        title="保存修改"
        description="报名已开始，请写明修改的原因，会记入操作日志。"
        confirmText="保存修改"
        onCancel={() => setAsking(false)}
        onConfirm={async (reason) => {
          try {
            await save(reason);
            setAsking(false);
          } catch (problem) {
            const error = asCloudError(problem);
            if (error.field && error.field !== 'reason') {
              setAsking(false);
              refused(problem);
              return;
            }
            throw problem;
          }
        }}
      />
    </View>
  );
}

export function ContestEdit({ contestId }: { contestId: string | null }) {
  const title = contestId ? '修改比赛' : '新建比赛';
  const { state, reload } = useCloudCall(async () => {
    const [tree, row] = await Promise.all([
      callFunction(unionContract, 'orgTree', {}),
      contestId ? callFunction(contestContract, 'staffContest', { contestId }) : Promise.resolve(null),
    ]);
    return { rows: treeRows(tree.orgs), contest: row?.contest ?? null };
  }, [contestId]);
  const rows = useMemo(() => (state.status === 'ready' ? state.data.rows : []), [state]);
  if (state.status !== 'ready') {
    return <AdminPending title={title} state={state} label={`正在加载${title}`} onRetry={reload} />;
  }
  return (
    <AdminFrame
      title={title}
      intro={contestId ? state.data.contest?.title : '发布后，主办单位及下级单位的职工可以在“活动”里看到并报名。'}
    >
      <ContestForm contest={state.data.contest} orgRows={rows} />
    </AdminFrame>
  );
}
