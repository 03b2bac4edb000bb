// 记录“十个一”: a form that fits the item (its own words and example for what, where and with whom), a picked date,
// notes and up to nine photos. 保存 sends at once when online; without network (or when the send fails on the way)
// the entry waits on the phone under the id made here, shown as 待发送 on the year page, and goes when the network
// returns — never twice. Editing a sent entry (until staff lock it) needs the network.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { files } from '@/cloud/files';
import { asCloudError } from '@/cloud/use-cloud-call';
import { useOfflineQueue } from '@/cloud/use-offline-queue';
import { DateField } from '@/components/form/date-fields';
import { ChoiceField, TextAreaField, TextField } from '@/components/form/fields';
import { ErrorText } from '@/components/form/messages';
import { fieldMessage } from '@/components/format/format';
import { goBack } from '@/components/navigation/navigation';
import { now } from '@/platform/clock';
import { activityContract, type EntryView } from '@/shared/contracts/activity';
import { newId } from '@/shared/ids';
import { beijingDay } from '@/shared/time/beijing';
import { ENTRY_FORMS, LOGGED_ITEMS, type LoggedItem } from '@/shared/tenones/forms';
import { itemTitle } from '@/shared/tenones/items';
import { yearClosesOn } from '@/shared/tenones/year-rules';
import {
  blankEntry,
  entryProblems,
  queuedValues,
  toEntryFields,
  valuesOf,
  type EntryErrors,
  type EntryValues,
} from './entry-values';
import { LogPhotos, type LogPhoto } from './log-photos';
import { ENTRY_KIND, sendEntry, type QueuedEntry } from './send-entry';
import type { QueuedRecord } from '@/cloud/offline-queue';
import './tenones.css';

const ITEM_CHOICES = LOGGED_ITEMS.map((item) => ({ value: String(item), label: `${item}. ${itemTitle(item)}` }));
const FIELDS: ReadonlyArray<keyof EntryErrors> = ['item', 'date', 'title', 'place', 'partner', 'detail', 'photos'];

export function LogForm({
  userId,
  item,
  editing,
  queued,
  onDone,
}: {
  userId: string;
  item: LoggedItem | null;
  /** The entry being edited (sent before), or none for a new log. */
  editing?: EntryView;
  /** A log waiting on the phone (refused when it arrived), to correct and send again. */
  queued?: QueuedRecord<QueuedEntry>;
  onDone?: () => void;
}) {
  const today = beijingDay(now());
  const [values, setValues] = useState<EntryValues>(() =>
    editing ? valuesOf(editing) : queued ? queuedValues(queued.input) : blankEntry(item, today),
  );
  const [photos, setPhotos] = useState<LogPhoto[]>(
    () =>
      editing?.photos.map((fileId) => ({ kind: 'stored' as const, fileId })) ??
      queued?.photos.map((path) => ({ kind: 'picked' as const, path })) ??
      [],
  );
  // Made once per form: 保存 tapped again after a lost answer sends the same entry.
  const [entryId] = useState(() => editing?.entryId ?? queued?.id ?? newId('e'));
  const [errors, setErrors] = useState<EntryErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const queue = useOfflineQueue<QueuedEntry>(ENTRY_KIND, sendEntry);
  const form = values.item ? ENTRY_FORMS[values.item] : null;

  const set =
    <K extends keyof EntryValues>(key: K) =>
    (value: EntryValues[K]) => {
      setValues({ ...values, [key]: value });
      if (errors[key]) setErrors({ ...errors, [key]: undefined });
    };

  const save = async () => {
    if (busy) return;
    const problems = entryProblems(values, photos.length, now());
    setErrors(problems);
    setFailure(null);
    if (Object.values(problems).some(Boolean)) return;
    setBusy(true);
    try {
      if (editing) {
        // Stored photos stay as they are; new ones go up under the entry's id first.
        const fileIds: string[] = [];
        for (const photo of photos) {
          if (photo.kind === 'stored') fileIds.push(photo.fileId);
          else
            fileIds.push((await files.uploadFile(photo.path, `tenones/${userId}/${entryId}-${newId()}.jpg`)).fileID);
        }
        await callFunction(activityContract, 'editEntry', { ...toEntryFields(values, fileIds), entryId });
      } else {
        const { photos: _none, ...fields } = toEntryFields(values, []);
        const picked = photos.flatMap((photo) => (photo.kind === 'picked' ? [photo.path] : []));
        if (queued) {
          await queue.update(entryId, { ...fields, userId }, picked);
          void queue.flush();
        } else {
          await queue.submit({ ...fields, userId }, picked, entryId);
        }
      }
      if (onDone) onDone();
      else goBack();
    } catch (error) {
      const failed = asCloudError(error);
      const field = FIELDS.find((name) => failed.field === name || failed.field?.startsWith(`${name}.`));
      if (field) setErrors({ [field]: fieldMessage(failed) });
      else setFailure(failed.message);
      setBusy(false);
    }
  };

  return (
    <View className="jx-card" aria-label={editing ? '修改记录' : '记录“十个一”'}>
      <Text className="jx-text-title jx-block">
        {values.item ? `${editing ? '修改' : '记录'}：${itemTitle(values.item)}` : '记录“十个一”'}
      </Text>
      {!editing && !item ? (
        <ChoiceField
          label="项目"
          choices={ITEM_CHOICES}
          value={values.item ? String(values.item) : null}
          onChange={(value) => set('item')(Number(value) as LoggedItem)}
          error={errors.item}
          hint="生产日记和岗位提升计划在各自的页面填写"
        />
      ) : null}
      <DateField
        label="日期"
        value={values.date}
        onChange={set('date')}
        error={errors.date}
        start={`${Number(today.slice(0, 4)) - 1}-01-01`}
        end={today}
        hint={`去年的活动可以补记到${yearClosesOn(Number(today.slice(0, 4)) - 1)
          .slice(5)
          .replace('-', '月')}日`}
      />
      <TextField
        label={form?.title.label ?? '内容'}
        value={values.title}
        onChange={set('title')}
        error={errors.title}
        maxLength={60}
        placeholder={form ? `如：${form.title.example}` : undefined}
      />
      <TextField
        label={form?.place.label ?? '地点'}
        value={values.place}
        onChange={set('place')}
        error={errors.place}
        optional
        maxLength={60}
        placeholder={form ? `如：${form.place.example}` : undefined}
      />
      <TextField
        label={form?.partner.label ?? '相关人员或单位'}
        value={values.partner}
        onChange={set('partner')}
        error={errors.partner}
        optional
        maxLength={60}
        placeholder={form ? `如：${form.partner.example}` : undefined}
      />
      <TextAreaField
        label="说明"
        value={values.detail}
        onChange={set('detail')}
        error={errors.detail}
        optional
        maxLength={500}
        placeholder="做了什么、收获了什么"
      />
      <LogPhotos
        photos={photos}
        localUrls={queue.photoUrls}
        onChange={(next) => {
          setPhotos(next);
          if (errors.photos) setErrors({ ...errors, photos: undefined });
        }}
        error={errors.photos}
      />
      {failure ? <ErrorText className="jx-field__message">{failure}</ErrorText> : null}
      {!editing ? (
        <Text className="jx-text-secondary jx-block jx-tenones-note">没有网络也能保存，联网后自动发送。</Text>
      ) : null}
      <View className="jx-actions">
        <Button className="jx-button" type="primary" loading={busy} onClick={() => void save()}>
          保存
        </Button>
        <Button className="jx-button" fill="outline" onClick={() => goBack()}>
          取消
        </Button>
      </View>
    </View>
  );
}
