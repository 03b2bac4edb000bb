// One 十个一 record: what, when, where, with whom, notes and photos, its state (审核中 / 已计入 / 不予认可 with the
// reason / 已认可) and its history. The author edits or deletes it until it is locked; staff over the author
// 认可 it, mark it 不予认可 with a reason, and pass or refuse a text content security held for a person.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError, useCloudCall } from '@/cloud/use-cloud-call';
import { HeldTextNote, ImageHoldsNote, textHoldOf } from '@/components/content/held-content';
import { ReasonDialog } from '@/components/dialog/dialog';
import { ErrorText } from '@/components/form/messages';
import { formatCalendarDay, formatDateTime } from '@/components/format/format';
import { goBack, openPage, useShownAgain } from '@/components/navigation/navigation';
import { PhotoGallery } from '@/components/photos/photos';
import { PendingCard } from '@/components/states/states';
import { activityContract, type EntryView } from '@/shared/contracts/activity';
import { ENTRY_FORMS, isLoggedItem } from '@/shared/tenones/forms';
import { itemTitle, type TenItem } from '@/shared/tenones/items';
import { TENONES_PAGES } from './routes';
import { STATE_LABELS, stateTagClass } from './texts';
import './tenones.css';

const HISTORY_LABELS: Record<EntryView['history'][number]['action'], string> = {
  created: '记录',
  edited: '修改',
  deleted: '删除',
  accepted: '认可',
  rejected: '不予认可',
  photoRefused: '照片未通过检测',
  textRefused: '文字未通过审核',
};
const TEXT_FIELDS = ['title', 'place', 'partner', 'detail'] as const;

function Line({ label, value }: { label: string; value: string }) {
  if (!value) return null;
  return (
    <View className="jx-item__line">
      <Text className="jx-text-secondary">{label}：</Text>
      <Text className="jx-text-body">{value}</Text>
    </View>
  );
}

type Dialog = null | 'reject' | 'delete' | { field: string; decision: 'pass' | 'refuse' };

export function EntryPage({ entryId }: { entryId: string }) {
  const { state, reload, replace } = useCloudCall(
    () => callFunction(activityContract, 'entry', { entryId }),
    [entryId],
  );
  const [dialog, setDialog] = useState<Dialog>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useShownAgain(reload);
  if (state.status !== 'ready')
    return <PendingCard state={state} label="正在加载记录" shape="detail" onRetry={reload} />;
  const entry = state.data;
  const item = entry.item as TenItem;
  const labels = isLoggedItem(item) ? ENTRY_FORMS[item] : null;
  const staffView = entry.author !== null;
  const heldTexts = entry.holds.texts.filter((hold) => hold.state === 'review');

  const accept = async () => {
    setBusy(true);
    setFailure(null);
    try {
      replace(await callFunction(activityContract, 'reviewEntry', { entryId, decision: 'accept' }));
    } catch (error) {
      setFailure(asCloudError(error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View>
      <View className="jx-card" aria-label="记录">
        <View className="jx-record__head">
          <Text className={stateTagClass(entry.state)}>{STATE_LABELS[entry.state]}</Text>
          {entry.locked ? <Text className="jx-tag jx-tag--success">已认可</Text> : null}
        </View>
        <Text className="jx-text-title jx-block">{entry.title}</Text>
        <Text className="jx-text-secondary jx-block">
          {item}. {itemTitle(item)} · {formatCalendarDay(entry.date)}
        </Text>
        {entry.author ? (
          <Text className="jx-text-secondary jx-block">
            {entry.author.name}
            {entry.author.orgName ? ` · ${entry.author.orgName}` : ''}
          </Text>
        ) : null}
        <Line label={labels?.place.label ?? '地点'} value={entry.place} />
        <Line label={labels?.partner.label ?? '相关人员或单位'} value={entry.partner} />
        <Line label="说明" value={entry.detail} />
        {TEXT_FIELDS.map((field) => (
          <HeldTextNote key={field} hold={textHoldOf(entry.holds, field)} label="这条记录的文字" />
        ))}
        {entry.photos.length > 0 ? <PhotoGallery fileIds={entry.photos} name={entry.title} /> : null}
        <ImageHoldsNote content={entry.holds} />
        {entry.state === 'held' ? (
          <Text className="jx-text-secondary jx-block">
            审核中：内容安全检测通过后计入“十个一”，只有你和工会工作人员能看到。
          </Text>
        ) : null}
        {entry.review?.decision === 'rejected' ? (
          <Text className="jx-text-error jx-block">
            不予认可（{entry.review.byName}，{formatDateTime(entry.review.at)}）：{entry.review.reason}
          </Text>
        ) : null}
        {entry.review?.decision === 'accepted' ? (
          <Text className="jx-text-success jx-block">
            已由{entry.review.byName}认可（{formatDateTime(entry.review.at)}），不能再修改。
          </Text>
        ) : null}
        {failure ? <ErrorText className="jx-field__message">{failure}</ErrorText> : null}
        {!staffView && !entry.locked ? (
          <View className="jx-actions">
            {entry.state !== 'rejected' ? (
              <Button className="jx-button" fill="outline" onClick={() => openPage(TENONES_PAGES.edit(entryId))}>
                修改
              </Button>
            ) : null}
            <Button className="jx-button" fill="outline" onClick={() => setDialog('delete')}>
              删除
            </Button>
          </View>
        ) : null}
        {staffView ? (
          <View className="jx-actions">
            {!entry.locked && heldTexts.length === 0 ? (
              <Button className="jx-button" type="primary" loading={busy} onClick={() => void accept()}>
                认可
              </Button>
            ) : null}
            {entry.state !== 'rejected' ? (
              <Button className="jx-button" fill="outline" onClick={() => setDialog('reject')}>
                不予认可
              </Button>
            ) : null}
            {heldTexts.map((hold) => (
              <Button
                key={hold.field}
                className="jx-button"
                fill="outline"
                onClick={() => setDialog({ field: hold.field, decision: 'refuse' })}
              >
                文字不通过
              </Button>
            ))}
            {heldTexts.map((hold) => (
              <Button
                key={`pass-${hold.field}`}
                className="jx-button"
                type="primary"
                onClick={() => setDialog({ field: hold.field, decision: 'pass' })}
              >
                文字通过审核
              </Button>
            ))}
          </View>
        ) : null}
      </View>
      <View className="jx-card" aria-label="修改记录">
        <Text className="jx-text-title jx-block">经过</Text>
        {entry.history.map((event, i) => (
          <Text key={i} className="jx-text-secondary jx-item__line">
            {formatDateTime(event.at)} {event.byName} {HISTORY_LABELS[event.action]}
            {event.note ? `：${event.note}` : ''}
          </Text>
        ))}
      </View>
      <ReasonDialog
        open={dialog === 'reject'}
        title="不予认可"
        description="这条记录将不计入“十个一”，职工会看到你写的理由。"
        confirmText="不予认可"
        reasonLabel="理由"
        reasonHint="职工会看到，并记入操作日志"
        onCancel={() => setDialog(null)}
        onConfirm={async (reason) => {
          replace(await callFunction(activityContract, 'reviewEntry', { entryId, decision: 'reject', reason }));
          setDialog(null);
        }}
      />
      <ReasonDialog
        open={dialog === 'delete'}
        title="删除这条记录"
        description="删除后它不再计入“十个一”。"
        confirmText="删除"
        reason="none"
        onCancel={() => setDialog(null)}
        onConfirm={async () => {
          await callFunction(activityContract, 'deleteEntry', { entryId });
          setDialog(null);
          goBack();
        }}
      />
      <ReasonDialog
        open={typeof dialog === 'object' && dialog !== null}
        title={typeof dialog === 'object' && dialog?.decision === 'pass' ? '文字通过审核' : '文字不通过审核'}
        confirmText="确定"
        reason={typeof dialog === 'object' && dialog?.decision === 'pass' ? 'optional' : 'required'}
        reasonLabel="理由"
        onCancel={() => setDialog(null)}
        onConfirm={async (reason) => {
          if (typeof dialog !== 'object' || dialog === null) return;
          await callFunction(activityContract, 'decideRecordText', {
            kind: 'entry',
            id: entryId,
            field: dialog.field,
            decision: dialog.decision,
            ...(reason ? { reason } : {}),
          });
          setDialog(null);
          reload();
        }}
      />
    </View>
  );
}
