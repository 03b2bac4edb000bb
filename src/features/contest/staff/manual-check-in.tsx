// 代为签到 on the 报名名单 (contest day only): staff check a named contestant in by hand — no phone, a failed scan —
// with a reason kept in the audit log. In a team contest the row is a team, checked in as a whole.
import { Button } from '@nutui/nutui-react-taro';
import { ReasonDialog } from '@/components/dialog/dialog';
import { callFunction } from '@/cloud/call-function';
import { contestContract, type EntryView } from '@/shared/contracts/contest';

/** Whether `entry` may be checked in by hand now: a confirmed place not yet checked in, on the contest day. */
export const manualCheckInOpen = (entry: EntryView, contestDay: boolean) =>
  contestDay && entry.state === 'confirmed' && entry.checkedIn === null;

/** Who a row names: the team in a team contest, else the person. */
const whoOf = (entry: EntryView | null) => entry?.team?.name ?? entry?.person?.name ?? '';

export function ManualCheckInButton({ entry, onAsk }: { entry: EntryView; onAsk: (entry: EntryView) => void }) {
  return (
    <Button className="jx-button" fill="outline" onClick={() => onAsk(entry)}>
      {`代${whoOf(entry)}签到`}
    </Button>
  );
}

export function ManualCheckInDialog({
  entry,
  onCancel,
  onDone,
}: {
  entry: EntryView | null;
  onCancel: () => void;
  onDone: (entry: EntryView) => void;
}) {
  return (
    <ReasonDialog
      open={entry !== null}
      title={`代为签到：${whoOf(entry)}`}
      description={
        entry?.team
          ? '请核对到场队员的身份后再签到，签到记为全队。签到后可以录入该队的成绩。'
          : '请核对选手身份后再签到。签到后可以录入该选手的成绩。'
      }
      confirmText="确认签到"
      reasonLabel="代为签到的原因"
      reasonHint="例如：手机没电、扫码失败；记入操作日志"
      onCancel={onCancel}
      onConfirm={async (reason) => {
        onDone(await callFunction(contestContract, 'manualCheckIn', { entryId: entry!.entryId, reason }));
      }}
    />
  );
}
