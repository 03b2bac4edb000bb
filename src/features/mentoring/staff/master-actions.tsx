// Staff's acts on one master, each a dialog with the reason that goes into the audit log: 调整名额 (the new limit;
// below the current count keeps the pairs and stops new ones), 指派徒弟 (a person of the caller's part of the tree)
// and 工作室评星 (1–5). The server refuses what breaks a rule (a full master, a second master in one trade) in words.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { ReasonDialog } from '@/components/dialog/dialog';
import { ChoiceField, TextField } from '@/components/form/fields';
import { ErrorText } from '@/components/form/messages';
import { PersonSearch, type Member } from '@/components/staff/person-search';
import { CloudError } from '@/cloud/cloud-error';
import { mentoringContract, type StaffMasterRow } from '@/shared/contracts/mentoring';
import { MAX_APPRENTICE_LIMIT } from '@/shared/mentoring/vocabulary';
import { tradeLabels } from '@/shared/people/trades';
import { fieldErrors } from '@/shared/validation/field-errors';
import { placesText } from '../texts';

export type MasterAct = 'limit' | 'assign' | 'stars';

const STARS = ['1', '2', '3', '4', '5'].map((value) => ({ value, label: `${value}星` }));

/** A field's problem from the action's own schema, thrown as the server would: the dialog shows it by the field. */
function check(schema: Parameters<typeof fieldErrors>[0], input: unknown, field: string): void {
  const problem = fieldErrors(schema, input)[field];
  if (problem) throw new CloudError('INVALID_INPUT', problem, field);
}

export function MasterActDialog({
  row,
  act,
  onClose,
  onDone,
}: {
  row: StaffMasterRow | null;
  act: MasterAct | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const [limit, setLimit] = useState('');
  const [person, setPerson] = useState<Member | null>(null);
  const [stars, setStars] = useState<string | null>(null);
  const master = row?.master;
  const open = !!master && act !== null;
  const name = master?.name ?? '';

  const confirm = async (reason: string) => {
    if (!master) return;
    if (act === 'limit') {
      const input = { masterId: master.masterId, limit: Number(limit.trim() || NaN), reason };
      check(mentoringContract.actions.setMasterLimit.input, input, 'limit');
      await callFunction(mentoringContract, 'setMasterLimit', input);
    } else if (act === 'assign') {
      const input = { masterId: master.masterId, apprenticeId: person?.id ?? '', reason };
      check(mentoringContract.actions.assignPair.input, input, 'apprenticeId');
      await callFunction(mentoringContract, 'assignPair', input);
    } else if (act === 'stars' && master.studio) {
      const input = { studioId: master.studio.id, stars: Number(stars ?? NaN), reason };
      check(mentoringContract.actions.rateStudio.input, input, 'stars');
      await callFunction(mentoringContract, 'rateStudio', input);
    }
    setLimit('');
    setPerson(null);
    setStars(null);
    onDone();
  };

  const title = act === 'limit' ? '调整带徒名额' : act === 'assign' ? '指派徒弟' : '工作室评星';
  return (
    <ReasonDialog
      open={open}
      title={`${title}：${name}`}
      confirmText={act === 'limit' ? '确定调整' : act === 'assign' ? '确定指派' : '确定评星'}
      fields={act === 'limit' ? ['limit'] : act === 'assign' ? ['apprenticeId'] : ['stars']}
      onCancel={() => {
        setLimit('');
        setPerson(null);
        setStars(null);
        onClose();
      }}
      onConfirm={confirm}
      description={
        master ? (
          <Text>
            {tradeLabels[master.trade]} · {placesText(master)}
            {act === 'limit' ? '。低于现有徒弟数时，已结对的不受影响，但不再接收新徒弟。' : ''}
            {act === 'assign' ? '。指派后双方会收到通知，占用一个名额。' : ''}
            {act === 'stars' && master.studio ? `。${master.studio.name}` : ''}
          </Text>
        ) : undefined
      }
    >
      {(errorOf) =>
        act === 'limit' ? (
          <TextField
            label="带徒人数上限"
            type="number"
            value={limit}
            onChange={setLimit}
            error={errorOf('limit')}
            hint={`现为${master?.limit ?? ''}人，可设1到${MAX_APPRENTICE_LIMIT}人`}
            maxLength={2}
          />
        ) : act === 'assign' ? (
          <View>
            <PersonSearch picked={person} onPick={setPerson} />
            {person ? <Text className="jx-text-body jx-block">已选：{person.realName}</Text> : null}
            {errorOf('apprenticeId') ? <ErrorText>{errorOf('apprenticeId')}</ErrorText> : null}
          </View>
        ) : (
          <ChoiceField label="星级" choices={STARS} value={stars} onChange={setStars} error={errorOf('stars')} />
        )
      }
    </ReasonDialog>
  );
}
