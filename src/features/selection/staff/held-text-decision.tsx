// The organisers' decision on a text content security held for review (a nomination's deeds or honours, an
// objection's reason): 通过 shows it as written; 不通过 keeps it from the public, and its author sees the reason.
import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { ReasonDialog } from '@/components/dialog/dialog';
import type { ContentHolds, HeldTextDecision } from '@/shared/contracts/content-holds';
import { selectionContract } from '@/shared/contracts/selection';

type Owner = 'candidate' | 'objection';
type Field = 'deeds' | 'honours' | 'reason';

/** The checked texts of each owner, as staff know them. */
export const HELD_TEXT_LABELS: Record<Owner, Partial<Record<Field, string>>> = {
  candidate: { deeds: '主要事迹', honours: '荣誉称号' },
  objection: { reason: '异议理由' },
};

export function HeldTextActions({
  owner,
  id,
  content,
  onDecided,
}: {
  owner: Owner;
  id: string;
  content: ContentHolds;
  onDecided: (content: ContentHolds) => void;
}) {
  const [deciding, setDeciding] = useState<{ field: Field; decision: HeldTextDecision } | null>(null);
  const held = content.texts.filter((hold) => hold.state === 'review');
  const labelOf = (field: string) => HELD_TEXT_LABELS[owner][field as Field] ?? '内容';
  const label = deciding ? labelOf(deciding.field) : '';
  return (
    <>
      {held.map((hold) => (
        <View key={hold.field} className="jx-actions" aria-label={`${labelOf(hold.field)}内容审核`}>
          <Button
            className="jx-button"
            fill="outline"
            onClick={() => setDeciding({ field: hold.field as Field, decision: 'pass' })}
          >
            {labelOf(hold.field)}审核通过
          </Button>
          <Button
            className="jx-button"
            fill="outline"
            onClick={() => setDeciding({ field: hold.field as Field, decision: 'refuse' })}
          >
            {labelOf(hold.field)}不通过
          </Button>
        </View>
      ))}
      <ReasonDialog
        open={deciding !== null}
        title={deciding?.decision === 'pass' ? `${label}审核通过` : `${label}不通过`}
        description={
          deciding?.decision === 'pass'
            ? `微信内容安全检测认为这段${label}需要人工审核。确认内容可以公开后，它将按原文显示。`
            : `${label}将不会公开，提交人会看到原因。`
        }
        reason={deciding?.decision === 'refuse' ? 'required' : 'optional'}
        reasonLabel={deciding?.decision === 'refuse' ? '不通过的原因' : '备注'}
        confirmText={deciding?.decision === 'pass' ? '确认通过' : '确认不通过'}
        onCancel={() => setDeciding(null)}
        onConfirm={async (reason) => {
          if (!deciding) return;
          const decided = await callFunction(selectionContract, 'decideHeldText', {
            owner,
            id,
            field: deciding.field,
            decision: deciding.decision,
            reason: reason || undefined,
          });
          setDeciding(null);
          onDecided(decided.content);
        }}
      />
    </>
  );
}
