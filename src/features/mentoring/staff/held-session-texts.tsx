// A session's title or place WeChat held for a person to decide, of masters in the caller's part of the tree: until
// passed, everyone but the master reads a stand-in; 不通过 (with a reason) keeps the stand-in and tells the master,
// who may rewrite it. A staff member who is the master is refused by the server, in the dialog.
import { callFunction } from '@/cloud/call-function';
import { formatDateTime } from '@/components/format/format';
import { mentoringContract, type SessionView } from '@/shared/contracts/mentoring';
import { sessionKindLabels, sessionTextLabels, type SessionTextField } from '@/shared/mentoring/vocabulary';
import { HeldTextList } from './held-text-list';

interface HeldSessionText {
  session: SessionView;
  field: SessionTextField;
}

async function load() {
  const { rows } = await callFunction(mentoringContract, 'heldSessionTexts', {});
  return {
    items: rows.flatMap((session) =>
      session.heldTexts
        .filter((held) => held.refused === null)
        .map(({ field }) => ({
          row: { session, field },
          item: {
            key: `${session.sessionId}:${field}`,
            who: `${session.masterName} · ${sessionTextLabels[field]}`,
            tag: sessionKindLabels[session.kind],
            when: `${formatDateTime(session.startsAt)} 开始`,
            content: (field === 'title' ? session.title : session.place) ?? '',
          },
        })),
    ),
  };
}

export function HeldSessionTexts() {
  return (
    <HeldTextList<HeldSessionText>
      noun="活动内容"
      emptyHint="微信暂缓发布的带徒活动和宣讲的主题、地点会出现在这里。"
      readers="参加者"
      author="师傅"
      load={load}
      decide={async ({ session, field }, decision, reason) => {
        await callFunction(mentoringContract, 'decideSessionText', {
          sessionId: session.sessionId,
          field,
          decision,
          ...(decision === 'refuse' ? { reason } : {}),
        });
      }}
    />
  );
}
