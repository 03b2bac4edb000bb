// A session's own master on its page: 修改 until it starts, 签到码 (the full-screen code) while check-in is open,
// 取消活动 with a reason until it ends (everyone signed up is told; what a check-in granted is revoked), and who
// signed up — place or waitlist, checked in and how — with 手工签到 and a reason (recorded) for someone whose scan
// failed or who has no phone.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { ReasonDialog } from '@/components/dialog/dialog';
import { openPage } from '@/components/navigation/navigation';
import { useNow } from '@/platform/clock';
import { mentoringContract, type SessionView } from '@/shared/contracts/mentoring';
import type { rosterRowSchema } from '@/shared/contracts/mentoring/sessions';
import { cancelOpen, checkInPhase, editOpen } from '@/shared/mentoring/sessions';
import { signupStateLabels } from '@/shared/mentoring/vocabulary';
import type * as z from 'zod';
import { MENTOR_PAGES } from '../routes';
import { checkedInText, heldTextLine } from './texts';
import './sessions.css';

export type RosterRow = z.infer<typeof rosterRowSchema>;

function Roster({
  session,
  rows,
  checkInOpen,
  onAsk,
}: {
  session: SessionView;
  rows: RosterRow[];
  checkInOpen: boolean;
  onAsk: (row: RosterRow) => void;
}) {
  const confirmed = rows.filter((row) => row.state === 'confirmed');
  const waiting = rows.filter((row) => row.state === 'waitlisted');
  return (
    <View className="jx-card" aria-label="报名名单">
      <Text className="jx-text-title jx-block">
        报名名单（已报 {confirmed.length}/{session.capacity}
        {waiting.length > 0 ? `，候补 ${waiting.length}` : ''}，已签到 {session.checkedIn}）
      </Text>
      {rows.length === 0 ? <Text className="jx-text-secondary jx-block jx-session-empty">还没有人报名。</Text> : null}
      <View role="list">
        {rows.map((row) => (
          <View key={row.personId} className="jx-session-row" role="listitem" aria-label={row.name}>
            <View className="jx-session-head">
              <Text className="jx-text-body jx-mentor-name">{row.name}</Text>
              <Text className={row.checkedIn ? 'jx-tag jx-tag--success' : 'jx-tag'}>
                {row.state === 'waitlisted'
                  ? `候补第${waiting.indexOf(row) + 1}位`
                  : row.checkedIn
                    ? '已签到'
                    : signupStateLabels[row.state]}
              </Text>
            </View>
            {row.checkedIn ? (
              <Text className="jx-text-secondary jx-block">{checkedInText(row.checkedIn)}</Text>
            ) : null}
            {checkInOpen && row.state === 'confirmed' && !row.checkedIn ? (
              <Button className="jx-button" fill="outline" onClick={() => onAsk(row)}>
                {`代${row.name}签到`}
              </Button>
            ) : null}
          </View>
        ))}
      </View>
    </View>
  );
}

export function MasterTools({
  session,
  roster,
  onChanged,
}: {
  session: SessionView;
  roster: RosterRow[];
  onChanged: () => void;
}) {
  const now = useNow();
  const [cancelling, setCancelling] = useState(false);
  const [manual, setManual] = useState<RosterRow | null>(null);
  const open = session.state === 'open';
  const checkInOpen = open && checkInPhase(session, now) === 'open';
  return (
    <View>
      {open ? (
        <View className="jx-card" aria-label="管理活动">
          <Text className="jx-text-title jx-block">管理活动</Text>
          {session.heldTexts.map((held) => (
            <View key={held.field} role="status">
              <Text className="jx-text-error jx-block">{heldTextLine(held)}</Text>
            </View>
          ))}
          {!checkInOpen ? (
            <Text className="jx-text-secondary jx-block">签到码在活动开始前半小时到结束后半小时之间可用。</Text>
          ) : null}
          <View className="jx-actions">
            {checkInOpen ? (
              <Button
                className="jx-button"
                type="primary"
                onClick={() => openPage(MENTOR_PAGES.sessionCode(session.sessionId))}
              >
                打开签到码
              </Button>
            ) : null}
            {editOpen(session, now) ? (
              <Button
                className="jx-button"
                fill="outline"
                onClick={() => openPage(MENTOR_PAGES.sessionEdit(session.sessionId))}
              >
                修改活动
              </Button>
            ) : null}
            {cancelOpen(session, now) ? (
              <Button className="jx-button" fill="outline" onClick={() => setCancelling(true)}>
                取消活动
              </Button>
            ) : null}
          </View>
        </View>
      ) : null}
      <Roster session={session} rows={roster} checkInOpen={checkInOpen} onAsk={setManual} />
      <ReasonDialog
        open={cancelling}
        title="取消活动"
        description="已报名和候补的人都会收到通知；已签到获得的“十个一”记录会一并撤销。"
        confirmText="确定取消活动"
        reasonLabel="取消原因"
        reasonHint="报名的人会看到这个原因"
        onCancel={() => setCancelling(false)}
        onConfirm={async (reason) => {
          await callFunction(mentoringContract, 'cancelSession', { sessionId: session.sessionId, reason });
          setCancelling(false);
          onChanged();
        }}
      />
      <ReasonDialog
        open={manual !== null}
        title={`代为签到：${manual?.name ?? ''}`}
        description="请核对本人确实到场后再签到。"
        confirmText="确认签到"
        reasonLabel="代为签到的原因"
        reasonHint="例如：手机没电、扫码失败；记入操作日志"
        onCancel={() => setManual(null)}
        onConfirm={async (reason) => {
          await callFunction(mentoringContract, 'manualSessionCheckIn', {
            sessionId: session.sessionId,
            personId: manual!.personId,
            reason,
          });
          setManual(null);
          onChanged();
        }}
      />
    </View>
  );
}
