// 劳模认定: find a worker, record their honours (title, level, year) with the reason for the designation. The
// honours given replace the person's list, so an existing list is shown to edit rather than retyped.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError } from '@/cloud/use-cloud-call';
import { YearField } from '@/components/form/date-fields';
import { ChoiceField, TextAreaField, TextField } from '@/components/form/fields';
import { fieldMessage } from '@/components/format/format';
import { beijingYear } from '@/shared/time/beijing';
import { unionContract } from '@/shared/contracts/union';
import { honourLevelLabels, honourLevels } from '@/shared/people/vocabulary';
import { AdminFrame } from '@/components/staff/admin-frame';
import { checkHonours, honourRow, toHonours, type HonourErrors, type HonourRow } from './honours';
import { orgLabel, personLine } from '@/components/staff/labels';
import { PersonSearch, type Member } from '@/components/staff/person-search';
import { ErrorText } from '@/components/form/messages';
import '@/components/staff/admin.css';
import { now as clockNow } from '@/platform/clock';

const LEVEL_CHOICES = honourLevels.map((value) => ({ value, label: honourLevelLabels[value] }));

function Designation({ person, onDone }: { person: Member; onDone: (person: Member) => void }) {
  const [rows, setRows] = useState<HonourRow[]>(() =>
    person.honours.length > 0
      ? person.honours.map((h) => honourRow(h))
      : [honourRow(undefined, beijingYear(clockNow()))],
  );
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<HonourErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const change = (key: number, patch: Partial<HonourRow>) =>
    setRows((now) => now.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  const submit = async () => {
    if (busy) return;
    const problems = checkHonours(rows, reason);
    setErrors(problems);
    setFailure(null);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      const designated = await callFunction(unionContract, 'designateModelWorker', {
        userId: person.id,
        honours: toHonours(rows),
        reason: reason.trim(),
      });
      onDone(designated);
    } catch (error) {
      const failed = asCloudError(error);
      if (failed.field && (failed.field === 'reason' || failed.field.startsWith('honours'))) {
        setErrors({ [failed.field]: fieldMessage(failed) });
      } else {
        setFailure(failed.message);
      }
      setBusy(false);
    }
  };

  return (
    <View className="jx-card" aria-label="登记荣誉">
      <Text className="jx-text-title jx-block">认定 {person.realName} 为劳模</Text>
      <Text className="jx-text-secondary jx-block">
        {personLine(person)} · {person.org ? orgLabel(person.org) : '未加入企业'}
      </Text>
      {person.modelWorker ? (
        <Text className="jx-text-body jx-block jx-admin__line">
          已是劳模。下面的荣誉会替换现有记录，请在现有基础上修改。
        </Text>
      ) : null}
      {rows.map((row, i) => (
        <View key={row.key} className="jx-honour-row" aria-label={`荣誉 ${i + 1}`}>
          <Text className="jx-text-body jx-block jx-honour-row__title">荣誉 {i + 1}</Text>
          <TextField
            label="荣誉称号"
            value={row.title}
            onChange={(title) => change(row.key, { title })}
            error={errors[`honours.${i}.title`]}
            placeholder="如 全国五一劳动奖章"
            maxLength={40}
          />
          <ChoiceField
            label="级别"
            choices={LEVEL_CHOICES}
            value={row.level}
            onChange={(level) => change(row.key, { level })}
            error={errors[`honours.${i}.level`]}
          />
          <YearField
            label="获得年份"
            value={row.year}
            start="1950"
            end={String(beijingYear(clockNow()))}
            onChange={(year) => change(row.key, { year })}
            error={errors[`honours.${i}.year`]}
          />
          {rows.length > 1 ? (
            <View className="jx-actions">
              <Button
                className="jx-button"
                fill="outline"
                onClick={() => setRows((now) => now.filter((r) => r.key !== row.key))}
              >
                删除这一项
              </Button>
            </View>
          ) : null}
        </View>
      ))}
      {errors.honours ? <ErrorText className="jx-field__message">{errors.honours}</ErrorText> : null}
      {rows.length < 20 ? (
        <View className="jx-actions">
          <Button
            className="jx-button"
            fill="outline"
            onClick={() => setRows((now) => [...now, honourRow(undefined, beijingYear(clockNow()))])}
          >
            再添加一项荣誉
          </Button>
        </View>
      ) : null}
      <TextAreaField
        label="认定依据"
        value={reason}
        onChange={setReason}
        error={errors.reason}
        hint="如 文件名称和文号；会记入操作日志"
        maxLength={200}
      />
      {failure ? <ErrorText className="jx-field__message">{failure}</ErrorText> : null}
      <View className="jx-actions">
        <Button block className="jx-button" type="primary" loading={busy} onClick={() => void submit()}>
          {busy ? '正在提交' : '确认认定'}
        </Button>
      </View>
    </View>
  );
}

function Designated({ person, onAgain }: { person: Member; onAgain: () => void }) {
  return (
    <View className="jx-card" role="status" aria-label="认定完成">
      <Text className="jx-success-mark">✓ 已认定 {person.realName} 为劳模</Text>
      {person.honours.map((honour) => (
        <Text key={`${honour.title}-${honour.year}`} className="jx-text-body jx-block jx-admin__line">
          {honour.title}（{honourLevelLabels[honour.level]} · {honour.year}年）
        </Text>
      ))}
      <Text className="jx-text-secondary jx-block jx-admin__line">已记入操作日志。</Text>
      <View className="jx-actions">
        <Button className="jx-button" fill="outline" onClick={onAgain}>
          认定其他人
        </Button>
      </View>
    </View>
  );
}

export function ModelWorkers() {
  const [person, setPerson] = useState<Member | null>(null);
  const [done, setDone] = useState<Member | null>(null);
  const [round, setRound] = useState(0);

  return (
    <AdminFrame title="劳模认定" intro="找到职工，登记荣誉称号、级别和年份，写明认定依据。">
      {done ? (
        <Designated
          person={done}
          onAgain={() => {
            setDone(null);
            setPerson(null);
            setRound((n) => n + 1);
          }}
        />
      ) : (
        <>
          <PersonSearch key={round} picked={person} onPick={setPerson} />
          {person ? <Designation key={person.id} person={person} onDone={setDone} /> : null}
        </>
      )}
    </AdminFrame>
  );
}
