// 公示日历: the year's public holidays and make-up working days (调休), which 公示 periods follow (weekends and
// holidays do not count, make-up days do). The city union enters them from the State Council's notice; every
// union's staff can read them, and see what a 公示 starting today would end on.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useMemo, useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError, useCloudCall } from '@/cloud/use-cloud-call';
import { ReasonDialog } from '@/components/dialog/dialog';
import { DateField } from '@/components/form/date-fields';
import { ChoiceField } from '@/components/form/fields';
import { DoneText, ErrorText } from '@/components/form/messages';
import { fieldMessage, formatDateTime, formatDay, formatEnd } from '@/components/format/format';
import { ErrorState, LoadingBlock } from '@/components/states/states';
import { accountContract } from '@/shared/contracts/account';
import { selectionContract } from '@/shared/contracts/selection';
import { PUBLICITY_WORKING_DAYS, publicityEnd } from '@/shared/selection/working-days';
import { inBeijing } from '@/shared/time/beijing';
import { AdminFrame } from '@/components/staff/admin-frame';
import { daysOf, periodProblem, periodsOf, type DayPeriod } from './calendar-text';
import '@/components/staff/admin.css';
import { now as clockNow } from '@/platform/clock';

type ListName = 'holidays' | 'workdays';

const LISTS: Record<ListName, { label: string; hint: string; max: number; pick: { from: string; to?: string } }> = {
  holidays: {
    label: '放假日期',
    hint: '按通知逐段添加，如元旦 1月1日 至 1月3日；只放一天的，结束日期可不选。',
    max: 60,
    pick: { from: '放假开始日期', to: '放假结束日期' },
  },
  workdays: {
    label: '调休上班日期',
    hint: '需要上班的周六、周日，逐天添加。',
    max: 30,
    pick: { from: '调休上班日期' },
  },
};

const dayText = (day: string) => formatDay(`${day}T12:00:00+08:00`);

function periodText({ from, to }: DayPeriod): string {
  return from === to ? dayText(from) : `${dayText(from)} 至 ${dayText(to)}（${daysOf([{ from, to }]).length}天）`;
}

/** One list of the calendar as its periods, each removable, and a picked period to add. */
function PeriodList({
  list,
  year,
  periods,
  error,
  onChange,
}: {
  list: ListName;
  year: number;
  periods: DayPeriod[];
  error?: string;
  onChange: (periods: DayPeriod[]) => void;
}) {
  const { label, hint, pick } = LISTS[list];
  const [draft, setDraft] = useState<Partial<DayPeriod>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const bounds = { start: `${year}-01-01`, end: `${year + 1}-01-31` };
  const count = daysOf(periods).length;
  const add = () => {
    const found = periodProblem(draft, year);
    setProblem(found);
    if (found || !draft.from) return;
    onChange(periodsOf(daysOf([...periods, { from: draft.from, to: draft.to ?? draft.from }])));
    setDraft({});
  };
  return (
    <View className="jx-field jx-periods" role="group" aria-label={label}>
      <Text className="jx-text-body jx-field__label">{`${label}（${count}天）`}</Text>
      <Text className="jx-text-secondary jx-block">{hint}</Text>
      {periods.length === 0 ? <Text className="jx-text-secondary jx-block jx-admin__line">还没有添加</Text> : null}
      <View role={periods.length > 0 ? 'list' : undefined} aria-label={`${label}（${count}天）`}>
        {periods.map((period) => (
          <View key={period.from} role="listitem" className="jx-period">
            <Text className="jx-text-body jx-period__text">{periodText(period)}</Text>
            <Button
              className="jx-button"
              fill="outline"
              aria-label={`删除 ${periodText(period)}`}
              onClick={() => onChange(periods.filter((other) => other.from !== period.from))}
            >
              删除
            </Button>
          </View>
        ))}
      </View>
      <View className="jx-period-add">
        <DateField
          label={pick.from}
          value={draft.from ?? ''}
          {...bounds}
          onChange={(from) => {
            setDraft((current) => ({ ...current, from }));
            setProblem(null);
          }}
        />
        {pick.to ? (
          <DateField
            label={pick.to}
            value={draft.to ?? ''}
            {...bounds}
            start={draft.from ?? bounds.start}
            onChange={(to) => {
              setDraft((current) => ({ ...current, to }));
              setProblem(null);
            }}
          />
        ) : null}
        <View className="jx-actions">
          <Button className="jx-button" type="primary" fill="outline" onClick={add}>
            {`添加${pick.to ? '这段' : '这天'}`}
          </Button>
        </View>
      </View>
      {problem || error ? <ErrorText className="jx-field__message">{problem ?? error}</ErrorText> : null}
    </View>
  );
}

function DayChips({ days, label }: { days: string[]; label: string }) {
  if (days.length === 0) return null;
  return (
    <View className="jx-roles-line" aria-label={label}>
      {days.map((day) => (
        <Text key={day} className="jx-tag">
          {formatDay(`${day}T12:00:00+08:00`)}
        </Text>
      ))}
    </View>
  );
}

function YearCalendarForm({ year, canEdit }: { year: number; canEdit: boolean }) {
  const { state, reload, replace } = useCloudCall(
    () => callFunction(selectionContract, 'calendar', { year }),
    [year],
  );
  const [periods, setPeriods] = useState<Record<ListName, DayPeriod[]>>({ holidays: [], workdays: [] });
  const [errors, setErrors] = useState<Partial<Record<ListName, string>>>({});
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (state.status !== 'ready') return;
    setPeriods({ holidays: periodsOf(state.data.holidays), workdays: periodsOf(state.data.workdays) });
    setErrors({});
  }, [state]);

  const days = useMemo(() => ({ holidays: daysOf(periods.holidays), workdays: daysOf(periods.workdays) }), [periods]);
  // What a 公示 starting today would end on under the calendar as typed (this year's calendar only matters for
  // periods in this year, so the example starts today for this year and on 1 January otherwise).
  const example = useMemo(() => {
    const today = inBeijing(clockNow());
    const start = today.year() === year ? today.toDate() : inBeijing(`${year}-01-01T09:00:00+08:00`).toDate();
    return { start, end: publicityEnd(start, PUBLICITY_WORKING_DAYS, { [String(year)]: days }) };
  }, [days, year]);

  if (state.status !== 'ready') {
    return (
      <View className="jx-card">
        {state.status === 'loading' ? <LoadingBlock rows={4} shape="list" label="正在加载公示日历" /> : null}
        {state.status === 'error' ? <ErrorState error={state.error} onRetry={reload} /> : null}
      </View>
    );
  }

  const edit = (list: ListName, value: DayPeriod[]) => {
    setPeriods((current) => ({ ...current, [list]: value }));
    setErrors((current) => ({ ...current, [list]: undefined }));
    setSaved(false);
  };
  const check = (): boolean => {
    const found: Partial<Record<ListName, string>> = {};
    for (const list of ['holidays', 'workdays'] as const) {
      if (days[list].length > LISTS[list].max) found[list] = `最多${LISTS[list].max}天`;
    }
    setErrors(found);
    return Object.keys(found).length === 0;
  };
  const save = async (reason: string) => {
    try {
      await callFunction(selectionContract, 'setCalendar', {
        year,
        holidays: days.holidays,
        workdays: days.workdays,
        reason,
      });
    } catch (error) {
      const failed = asCloudError(error);
      const list = failed.field?.split('.')[0];
      if (list !== 'holidays' && list !== 'workdays') throw error;
      setErrors({ [list]: fieldMessage(failed) });
      setSaving(false);
      return;
    }
    replace(await callFunction(selectionContract, 'calendar', { year }));
    setSaving(false);
    setSaved(true);
  };

  const data = state.data;
  return (
    <View className="jx-card" aria-label={`${year}年公示日历`}>
      <Text className="jx-text-secondary jx-block">
        {data.updatedAt
          ? `已于 ${formatDateTime(data.updatedAt)} 填写`
          : `还没有填写${year}年的节假日安排：公示期目前只跳过周末。`}
      </Text>
      {(['holidays', 'workdays'] as const).map((list) =>
        canEdit ? (
          <PeriodList
            key={list}
            list={list}
            year={year}
            periods={periods[list]}
            error={errors[list]}
            onChange={(value) => edit(list, value)}
          />
        ) : (
          <View key={list} className="jx-admin__line">
            <Text className="jx-text-body jx-block">
              {LISTS[list].label}（{data[list].length}天）
            </Text>
            {data[list].length === 0 ? <Text className="jx-text-secondary jx-block">无</Text> : null}
            <DayChips days={data[list]} label={LISTS[list].label} />
          </View>
        ),
      )}
      <View className="jx-outcome" role="status" aria-label="公示期示例">
        <Text className="jx-text-body jx-block">
          按{canEdit ? '上面填写的' : '这份'}安排，{formatDay(example.start)}开始的公示（{PUBLICITY_WORKING_DAYS}
          个工作日）到 {formatEnd(example.end)} 结束。
        </Text>
      </View>
      {saved ? <DoneText className="jx-admin__line">✓ 已保存，之后开始的公示按这份安排计算</DoneText> : null}
      {canEdit ? (
        <View className="jx-actions">
          <Button className="jx-button" type="primary" onClick={() => check() && setSaving(true)}>
            保存{year}年安排
          </Button>
        </View>
      ) : null}
      <ReasonDialog
        open={saving}
        title={`保存${year}年公示日历`}
        description={`放假 ${days.holidays.length} 天，调休上班 ${days.workdays.length} 天。已经开始的公示不受影响。`}
        reasonLabel="依据"
        reasonHint={`如：国务院办公厅关于${year}年部分节假日安排的通知`}
        confirmText="确认保存"
        onCancel={() => setSaving(false)}
        onConfirm={save}
      />
    </View>
  );
}

export function PublicityCalendar() {
  const me = useCloudCall(() => callFunction(accountContract, 'me', {}), []);
  const thisYear = inBeijing(clockNow()).year();
  const years = [thisYear, thisYear + 1].map((year) => ({ value: String(year), label: `${year}年` }));
  const [year, setYear] = useState(String(thisYear));
  const canEdit = me.state.status === 'ready' && me.state.data.staffAt.some((org) => org.kind === 'city');
  return (
    <AdminFrame
      title="公示日历"
      intro={`评选结果公示${PUBLICITY_WORKING_DAYS}个工作日：周末和法定节假日不计，调休上班日计入。${
        canEdit ? '请按国务院办公厅每年发布的节假日安排填写。' : '由市总工会按国务院办公厅的通知填写。'
      }`}
    >
      <View className="jx-card">
        <ChoiceField label="年份" choices={years} value={year} onChange={setYear} />
        {me.state.status === 'loading' ? <LoadingBlock rows={2} label="正在加载" /> : null}
        {me.state.status === 'error' ? <ErrorState error={me.state.error} onRetry={me.reload} /> : null}
      </View>
      {me.state.status === 'ready' ? <YearCalendarForm key={year} year={Number(year)} canEdit={canEdit} /> : null}
    </AdminFrame>
  );
}
