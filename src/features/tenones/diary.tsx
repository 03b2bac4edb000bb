// 生产日记 (item 9): today's entry, written or changed today only, and the year's diary below it, newest first.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError, useCloudCall } from '@/cloud/use-cloud-call';
import { TextAreaField } from '@/components/form/fields';
import { DoneText, ErrorText } from '@/components/form/messages';
import { fieldMessage, formatCalendarDay } from '@/components/format/format';
import { EmptyState, PendingCard } from '@/components/states/states';
import { now } from '@/platform/clock';
import { activityContract, diaryInputSchema } from '@/shared/contracts/activity';
import { beijingDay } from '@/shared/time/beijing';
import { fieldErrors } from '@/shared/validation/field-errors';
import { STATE_LABELS, stateTagClass } from './texts';
import './tenones.css';

export function DiaryPage() {
  const today = beijingDay(now());
  const year = Number(today.slice(0, 4));
  const { state, reload } = useCloudCall(() => callFunction(activityContract, 'myDiary', { year }), [year]);
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const todays = state.status === 'ready' ? state.data.entries.find((entry) => entry.date === today) : undefined;
  const value = text ?? todays?.text ?? '';

  const save = async () => {
    if (busy) return;
    const input = { date: today, text: value.trim(), photos: todays?.photos ?? [] };
    const problem = fieldErrors(diaryInputSchema, input).text;
    setError(problem ?? null);
    setSaved(false);
    if (problem) return;
    setBusy(true);
    try {
      await callFunction(activityContract, 'writeDiary', input);
      setSaved(true);
      setText(null);
      reload();
    } catch (failure) {
      setError(fieldMessage(asCloudError(failure)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View>
      <View className="jx-card" aria-label="今天的生产日记">
        <Text className="jx-text-title jx-block">今天的生产日记</Text>
        <Text className="jx-text-secondary jx-block">{formatCalendarDay(today)}：每天一篇，当天可以修改。</Text>
        <TextAreaField
          label="日记内容"
          value={value}
          onChange={(next) => {
            setText(next);
            setError(null);
            setSaved(false);
          }}
          error={error ?? undefined}
          maxLength={1000}
          placeholder="今天做了什么、遇到什么问题、怎么解决的"
        />
        {todays ? <Text className={stateTagClass(todays.state)}>{STATE_LABELS[todays.state]}</Text> : null}
        {saved ? <DoneText>已保存</DoneText> : null}
        <View className="jx-actions">
          <Button className="jx-button" type="primary" loading={busy} onClick={() => void save()}>
            {todays ? '保存修改' : '保存'}
          </Button>
        </View>
      </View>
      <PendingCard state={state} label="正在加载日记" shape="list" onRetry={reload} />
      {state.status === 'ready' ? (
        <View className="jx-card" aria-label="我的生产日记">
          <Text className="jx-text-title jx-block">
            {year}年的生产日记（{state.data.total}篇）
          </Text>
          {state.data.entries.length === 0 ? (
            <EmptyState title="今年还没有写生产日记。" hint="写下第一篇，“十个一”的第9项就完成了。" />
          ) : (
            state.data.entries.map((entry) => (
              <View key={entry.date} className="jx-record">
                <View className="jx-record__head">
                  <Text className="jx-text-body">{formatCalendarDay(entry.date)}</Text>
                  <Text className={stateTagClass(entry.state)}>{STATE_LABELS[entry.state]}</Text>
                </View>
                <Text className="jx-text-secondary jx-block">{entry.text}</Text>
              </View>
            ))
          )}
        </View>
      ) : null}
      {error && !value ? <ErrorText>{error}</ErrorText> : null}
    </View>
  );
}
