// The pair texts WeChat held for a person to decide (a goal, a check's notes, the grade's comment, a plan comment),
// of pairs in the caller's part of the tree, read in full: 通过 lets the apprentice read it, 不通过 (with a reason)
// keeps it hidden with the reason. A staff member who is the master or the apprentice is refused by the server, in
// the dialog.
import { callFunction } from '@/cloud/call-function';
import { formatDateTime } from '@/components/format/format';
import { mentoringContract, type HeldPairText, type PairTextKind } from '@/shared/contracts/mentoring';
import { tradeLabels } from '@/shared/people/trades';
import { HeldTextList } from './held-text-list';

const KIND_LABELS: Record<PairTextKind, string> = {
  goal: '带徒目标',
  check: '检查记录',
  ending: '出师考核评语',
  comment: '计划点评',
};

async function load() {
  const { rows } = await callFunction(mentoringContract, 'heldPairTexts', {});
  return {
    items: rows.map((row: HeldPairText) => ({
      row,
      item: {
        key: `${row.apprenticeshipId}:${row.text}:${row.id ?? ''}`,
        who: `${row.masterName}—${row.apprenticeName} · ${KIND_LABELS[row.text]}`,
        tag: tradeLabels[row.trade],
        when: `${formatDateTime(row.heldAt)} 提交`,
        content: row.content,
      },
    })),
  };
}

export function HeldPairTexts() {
  return (
    <HeldTextList<HeldPairText>
      noun="师徒内容"
      emptyHint="微信暂缓发布的带徒目标、检查记录和评语会出现在这里。"
      readers="徒弟"
      author="师徒"
      load={load}
      decide={async (row, decision, reason) => {
        await callFunction(mentoringContract, 'decidePairText', {
          apprenticeshipId: row.apprenticeshipId,
          text: row.text,
          ...(row.id ? { id: row.id } : {}),
          decision,
          ...(decision === 'refuse' ? { reason } : {}),
        });
      }}
    />
  );
}
