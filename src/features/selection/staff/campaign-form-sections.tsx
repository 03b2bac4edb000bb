// The parts of the campaign form that 新建评选活动 and 修改活动 share: the title, description and cover, the
// categories, the stage dates, the voting rules and the rubric. Each field sits in its anchor, so the error list at
// the top of the form scrolls to it. Each part edits the form's values, shows what is wrong next to its fields, and — when
// the campaign has gone past the point where it may change — shows what is set, read-only, and why.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState, type ReactNode } from 'react';
import { DateField, TimeField } from '@/components/form/date-fields';
import { anchorClass, FieldAnchor } from '@/components/form/error-summary';
import { ChoiceField, TextAreaField, TextField } from '@/components/form/fields';
import { ErrorText } from '@/components/form/messages';
import { SinglePhotoField } from '@/components/photos/single-photo-field';
import { DESCRIPTION_MAX } from '@/shared/contracts/selection/campaigns';
import { formatCalendarDay, formatDay } from '@/components/format/format';
import { RUBRIC_GUIDE_MAX } from '@/shared/contracts/selection';
import { countsVisibilityLabels } from '@/shared/selection/rules';
import { PUBLICITY_WORKING_DAYS } from '@/shared/selection/working-days';
import { earliestStarts, moveStage, runningBounds } from '@/shared/selection/schedule-moves';
import { scheduledStages, stageLabels, type ScheduledStage } from '@/shared/selection/stages';
import { addDays, daysBetween } from '@/shared/time/beijing';
import {
  categoryRow,
  pickBallotMode,
  rubricRow,
  rubricTotal,
  usualTitle,
  type CampaignFormValues,
  type CountsVisibility,
  type FormErrors,
  type Organiser,
} from './campaign-form';
import { campaignCoverPath } from './cover-path';
import { useWideWindow } from '@/components/staff/wide-window';
import '@/components/staff/admin.css';
import './campaign-form.css';

const VISIBILITY_CHOICES = (Object.keys(countsVisibilityLabels) as CountsVisibility[]).map((value) => ({
  value,
  label: countsVisibilityLabels[value],
}));

export interface SectionProps {
  values: CampaignFormValues;
  errors: FormErrors;
  set: (change: Partial<CampaignFormValues>) => void;
}

/** Why a part can no longer change, in a sentence (its values are then shown, not edited). */
type Locked = { locked?: string | null };

function LockedNote({ text }: { text: string }) {
  return <Text className="jx-text-body jx-block jx-locked-note">{text}</Text>;
}

function ReadOnlyLine({ label, value }: { label: string; value: string }) {
  return (
    <View className="jx-field jx-readonly" role="group" aria-label={`${label}：${value}`}>
      <Text className="jx-text-secondary jx-block">{label}</Text>
      <Text className="jx-text-body jx-block">{value}</Text>
    </View>
  );
}

/** An error that names a whole part (`rules`, `schedule`, …), e.g. the server refusing a change to it. */
function PartError({ error }: { error?: string }) {
  return error ? <ErrorText className="jx-field__message">{error}</ErrorText> : null;
}

/** What 放假 and 调休 mean, in plain words, wherever the form counts working days. */
export const HOLIDAY_WORDS = '放假：法定节假日不上班，不算工作日；调休：周末补班要上班，算工作日。';

export function BasicsSection({
  values,
  errors,
  set,
  organisers,
  year,
  coverHint,
}: SectionProps & {
  organisers?: ReadonlyArray<Organiser>;
  /** The campaign's year (of its dates), for the title's example. */
  year: number;
  /** What the image check says of the stored cover, when it says anything. */
  coverHint?: string;
}) {
  const orgName = (id: string | null) => organisers?.find((org) => org.id === id)?.name ?? null;
  const pickOrganiser = (orgId: string) => {
    // A title still as it was filled in follows the organiser; one typed by staff stays.
    const filled = values.title === usualTitle(year, orgName(values.orgId));
    set(filled ? { orgId, title: usualTitle(year, orgName(orgId)) } : { orgId });
  };
  return (
    <View className={`jx-card ${anchorClass('basics')}`} aria-label="基本信息">
      <Text className="jx-text-title jx-block">基本信息</Text>
      {organisers ? (
        <FieldAnchor path="orgId">
          <ChoiceField
            label="组织单位"
            choices={organisers.map((org) => ({ value: org.id, label: org.name }))}
            value={values.orgId}
            onChange={pickOrganiser}
            error={errors.orgId}
          />
        </FieldAnchor>
      ) : null}
      <FieldAnchor path="title">
        <TextField
          label="活动名称"
          value={values.title}
          onChange={(title) => set({ title })}
          error={errors.title}
          placeholder={`如：${usualTitle(year, orgName(values.orgId))}`}
          maxLength={40}
        />
      </FieldAnchor>
      <FieldAnchor path="description">
        <TextAreaField
          label="活动简介"
          optional
          value={values.description}
          onChange={(description) => set({ description })}
          error={errors.description}
          hint={`公众在投票页面封面下方看到；${values.description.trim().length}/${DESCRIPTION_MAX}字`}
          placeholder={`如：为弘扬工匠精神，${year}年度评选一批技艺精湛、贡献突出的工匠。`}
          maxLength={DESCRIPTION_MAX}
        />
      </FieldAnchor>
      <FieldAnchor path="coverImage">
        <SinglePhotoField
          label="封面图片"
          optional
          value={values.coverImage}
          onChange={(coverImage) => set({ coverImage })}
          cloudPath={campaignCoverPath}
          error={errors.coverImage}
          hint={coverHint ?? '显示在投票页面顶部；上传后须通过内容安全检测，公众才能看到'}
        />
      </FieldAnchor>
    </View>
  );
}

export function CategoriesSection({ values, errors, set, locked }: SectionProps & Locked) {
  return (
    <View className={`jx-card ${anchorClass('categories')}`} aria-label="评选类别">
      <Text className="jx-text-title jx-block">评选类别</Text>
      {locked ? (
        <>
          <LockedNote text={locked} />
          {values.categories.map((row, i) => (
            <ReadOnlyLine key={row.key} label={`类别${i + 1}`} value={`${row.name}，名额 ${row.places} 人`} />
          ))}
          <PartError error={errors.categories} />
        </>
      ) : (
        <>
          <Text className="jx-text-secondary jx-block jx-admin__hint">
            每个类别单独评出，名额是该类别最终评出的人数。
          </Text>
          {values.categories.map((row, i) => (
            <View key={row.key} className="jx-honour-row">
              <Text className="jx-text-body jx-block jx-honour-row__title">类别{i + 1}</Text>
              <FieldAnchor path={`categories.${i}.name`}>
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
              </FieldAnchor>
              <FieldAnchor path={`categories.${i}.places`}>
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
              </FieldAnchor>
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
          <PartError error={errors.categories} />
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
        </>
      )}
    </View>
  );
}

/**
 * The stage schedule as one timeline: each stage with the day it starts (picked) and how long it runs. Moving one
 * keeps them in order (`moveStage`): the stages it would overrun move along, keeping their lengths, and the editor
 * says which. `reached` maps the stages already begun to when they began: those are shown, not moved.
 */
export function ScheduleSection({
  values,
  errors,
  set,
  reached,
  now,
}: SectionProps & {
  reached?: Partial<Record<ScheduledStage, string>>;
  /** A running campaign's clock (nothing not yet begun may start today or earlier); none for a new campaign. */
  now?: Date;
}) {
  const [carried, setCarried] = useState<{ moved: ScheduledStage; along: ScheduledStage[] } | null>(null);
  const fixed = new Set(Object.keys(reached ?? {}) as ScheduledStage[]);
  const bounds = now ? runningBounds(fixed, now) : { fixed, notBefore: null };
  const earliest = earliestStarts(values.schedule, bounds);
  const move = (stage: ScheduledStage, day: string) => {
    const moved = moveStage(values.schedule, stage, day, bounds);
    set({ schedule: moved.schedule });
    setCarried(moved.carried.length > 0 ? { moved: stage, along: moved.carried } : null);
  };
  return (
    <View className={`jx-card ${anchorClass('schedule')}`} aria-label="阶段日期">
      <Text className="jx-text-title jx-block">阶段日期</Text>
      <Text className="jx-text-secondary jx-block jx-admin__hint">
        每个阶段从所选日期的0点（北京时间）开始，到下一阶段开始时结束，到期自动进入下一阶段。调整一个阶段时，前后阶段如有重叠会随之移动，并保持原有天数。
      </Text>
      {fixed.size > 0 ? <LockedNote text="已经开始的阶段，开始时间不能再改；尚未开始的阶段可以调整。" /> : null}
      <View className="jx-schedule" role="list" aria-label="阶段时间轴">
        {scheduledStages.map((stage, i) => {
          const began = reached?.[stage];
          const following = scheduledStages[i + 1];
          const days = following ? daysBetween(values.schedule[stage], values.schedule[following]) : null;
          return (
            <View
              key={stage}
              role="listitem"
              className={`jx-schedule__step${began ? ' jx-schedule__step--begun' : ''} ${anchorClass(`schedule.${stage}`)}`}
            >
              {began ? (
                <ReadOnlyLine
                  label={`${stageLabels[stage]}开始日期`}
                  value={`${formatDay(began)}（已开始，不能修改）`}
                />
              ) : (
                <DateField
                  label={`${stageLabels[stage]}开始日期`}
                  value={values.schedule[stage]}
                  start={earliest[stage]}
                  onChange={(day) => move(stage, day)}
                  error={errors[`schedule.${stage}`]}
                  hint={
                    stage === 'publicity'
                      ? `公示${PUBLICITY_WORKING_DAYS}个工作日，按公示日历计算。${HOLIDAY_WORDS}`
                      : undefined
                  }
                />
              )}
              <Text className="jx-text-secondary jx-block jx-schedule__length">
                {following && days !== null && days > 0
                  ? `共 ${days} 天，至${formatCalendarDay(addDays(values.schedule[following], -1))}`
                  : following
                    ? ''
                    : '结果确定后，评选结束'}
              </Text>
            </View>
          );
        })}
      </View>
      {carried ? (
        <View className="jx-schedule__carried" role="status">
          <Text className="jx-text-body">
            {`已随“${stageLabels[carried.moved]}”一起调整：${carried.along.map((stage) => stageLabels[stage]).join('、')}（各保持原有天数）`}
          </Text>
        </View>
      ) : null}
      <PartError error={errors.schedule} />
    </View>
  );
}

export function RulesSection({ values, errors, set, locked }: SectionProps & Locked) {
  if (locked) {
    return (
      <View className={`jx-card ${anchorClass('rules')}`} aria-label="投票规则">
        <Text className="jx-text-title jx-block">投票规则</Text>
        <LockedNote text={locked} />
        <ReadOnlyLine label="每人每天可投票数" value={`${values.votesPerDay} 票`} />
        <ReadOnlyLine
          label="投票方式"
          value={values.ballotMode === 'ballot' ? `选满固定人数（每张选票 ${values.ballotSize} 人）` : '逐个投票'}
        />
        <ReadOnlyLine
          label="票数公布方式"
          value={
            values.countsVisibility === 'daily'
              ? `${countsVisibilityLabels.daily}（每天 ${values.dailyPublishAt}）`
              : countsVisibilityLabels[values.countsVisibility]
          }
        />
        <ReadOnlyLine
          label="公众投票权重"
          value={`${values.publicWeight}%（专家评审 ${100 - (Number(values.publicWeight) || 0)}%）`}
        />
        <PartError error={errors.rules} />
      </View>
    );
  }
  return (
    <View className={`jx-card ${anchorClass('rules')}`} aria-label="投票规则">
      <Text className="jx-text-title jx-block">投票规则</Text>
      <Text className="jx-text-secondary jx-block jx-admin__hint">投票开始后规则不能再改。</Text>
      <FieldAnchor path="rules.votesPerDay">
        <TextField
          label="每人每天可投票数"
          type="number"
          value={values.votesPerDay}
          onChange={(votesPerDay) => set({ votesPerDay })}
          error={errors['rules.votesPerDay']}
          hint="1到10票；同一候选人每人每天限投1票"
          maxLength={2}
        />
      </FieldAnchor>
      <ChoiceField
        label="投票方式"
        choices={[
          { value: 'single', label: '逐个投票' },
          { value: 'ballot', label: '选满固定人数' },
        ]}
        value={values.ballotMode}
        onChange={(ballotMode) => set(pickBallotMode(values, ballotMode))}
      />
      {values.ballotMode === 'ballot' ? (
        <FieldAnchor path="rules.ballotSize">
          <TextField
            label="每张选票人数"
            type="number"
            value={values.ballotSize}
            onChange={(ballotSize) => set({ ballotSize })}
            error={errors['rules.ballotSize']}
            hint="投票人须选满这个人数，一次提交"
            maxLength={2}
          />
        </FieldAnchor>
      ) : null}
      <ChoiceField
        label="票数公布方式"
        choices={VISIBILITY_CHOICES}
        value={values.countsVisibility}
        onChange={(countsVisibility) => set({ countsVisibility })}
      />
      {values.countsVisibility === 'daily' ? (
        <FieldAnchor path="rules.dailyPublishAt">
          <TimeField
            label="每日公布时间"
            value={values.dailyPublishAt}
            onChange={(dailyPublishAt) => set({ dailyPublishAt })}
            error={errors['rules.dailyPublishAt']}
            hint="每天这个时间公布截至当时的票数"
          />
        </FieldAnchor>
      ) : null}
      <FieldAnchor path="rules.publicWeight">
        <TextField
          label="公众投票权重（%）"
          type="number"
          value={values.publicWeight}
          onChange={(publicWeight) => set({ publicWeight })}
          error={errors['rules.publicWeight']}
          hint={`百分比；专家评审占其余的 ${100 - (Number(values.publicWeight) || 0)}%`}
          maxLength={3}
        />
      </FieldAnchor>
      <PartError error={errors.rules} />
    </View>
  );
}

export function RubricSection({ values, errors, set, locked }: SectionProps & Locked) {
  if (locked) {
    return (
      <View className={`jx-card ${anchorClass('rubric')}`} aria-label="评分细则">
        <Text className="jx-text-title jx-block">评分细则</Text>
        <LockedNote text={locked} />
        {values.rubric.map((row, i) => (
          <ReadOnlyLine
            key={row.key}
            label={`评分项${i + 1}`}
            value={[
              `${row.criterion}，满分 ${row.maxPoints} 分`,
              row.high ? `高分：${row.high}` : '',
              row.low ? `低分：${row.low}` : '',
            ]
              .filter(Boolean)
              .join('；')}
          />
        ))}
        <PartError error={errors.rubric} />
      </View>
    );
  }
  const total = rubricTotal(values.rubric);
  return (
    <View className={`jx-card ${anchorClass('rubric')}`} aria-label="评分细则">
      <Text className="jx-text-title jx-block">评分细则</Text>
      <Text className="jx-text-secondary jx-block jx-admin__hint">
        专家按这些项目打分，各项满分之和为100分。每项写明怎样得高分、怎样得低分，专家评分时逐项看到。
      </Text>
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
          <TextAreaField
            label={`评分项${i + 1}怎样得高分`}
            value={row.high}
            onChange={(high) => set({ rubric: values.rubric.map((r) => (r.key === row.key ? { ...r, high } : r)) })}
            error={errors[`rubric.${i}.high`]}
            hint="专家评分时看到，如“解决过关键技术难题，有市级以上竞赛获奖”"
            maxLength={RUBRIC_GUIDE_MAX}
          />
          <TextAreaField
            label={`评分项${i + 1}怎样得低分`}
            value={row.low}
            onChange={(low) => set({ rubric: values.rubric.map((r) => (r.key === row.key ? { ...r, low } : r)) })}
            error={errors[`rubric.${i}.low`]}
            hint="如“没有解决技术难题或竞赛获奖的实例”"
            maxLength={RUBRIC_GUIDE_MAX}
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
      <PartError error={errors.rubric} />
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
  );
}

/**
 * The form's parts in order: one column on a phone; in a wide window two side by side, what is chosen (basics,
 * categories, the rubric) on the left, when and how the public votes (dates, rules) on the right — a single column
 * there ran to several screens, and these two halves are about as tall.
 */
export function CampaignFormColumns({ left, right }: { left: ReactNode; right: ReactNode }) {
  const wide = useWideWindow();
  // The same tree in both shapes: a window resized across the width re-lays the form out without remounting it.
  return (
    <View className={wide ? 'jx-campaign-form--wide' : undefined}>
      <View className={wide ? 'jx-campaign-form__column' : undefined}>{left}</View>
      <View className={wide ? 'jx-campaign-form__column' : undefined}>{right}</View>
    </View>
  );
}
