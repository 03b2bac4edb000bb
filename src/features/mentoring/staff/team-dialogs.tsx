// 加入宣讲团 and 移出宣讲团, each with the reason that goes into the audit log (setLectureTeam). Joining finds the
// master by name among the people of the caller's part of the tree (a master's id is their person's id); the
// server refuses someone who is not a master, by the field.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { CloudError } from '@/cloud/cloud-error';
import { ReasonDialog } from '@/components/dialog/dialog';
import { ErrorText } from '@/components/form/messages';
import { PersonSearch, type Member } from '@/components/staff/person-search';
import { mentoringContract } from '@/shared/contracts/mentoring';
import { LECTURE_TARGET_PER_MONTH } from '@/shared/mentoring/vocabulary';

export type TeamChange =
  | { member: true; master: { masterId: string; name: string } | null }
  | {
      member: false;
      master: { masterId: string; name: string };
    };

async function setTeam(masterId: string, member: boolean, reason: string): Promise<void> {
  await callFunction(mentoringContract, 'setLectureTeam', { masterId, member, reason });
}

export function TeamDialog({
  change,
  onClose,
  onDone,
}: {
  change: TeamChange | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const [person, setPerson] = useState<Member | null>(null);
  const close = () => {
    setPerson(null);
    onClose();
  };
  const joining = change?.member === true;
  const known = change?.master ?? null;
  const name = known?.name ?? person?.realName ?? '';
  return (
    <ReasonDialog
      open={change !== null}
      title={joining ? `加入宣讲团${name ? `：${name}` : ''}` : `移出宣讲团：${name}`}
      confirmText={joining ? '确定加入' : '确定移出'}
      fields={joining && !known ? ['masterId'] : []}
      onCancel={close}
      onConfirm={async (reason) => {
        const masterId = known?.masterId ?? person?.id;
        if (!masterId) throw new CloudError('INVALID_INPUT', '请选择师傅', 'masterId');
        await setTeam(masterId, joining, reason);
        setPerson(null);
        onDone();
      }}
      description={
        <Text>
          {joining
            ? `宣讲团成员每月宣讲目标${LECTURE_TARGET_PER_MONTH}场：宣讲时间已过且有人签到，才算举办。`
            : '移出后不再统计其每月宣讲场次，已举办的宣讲仍记在其劳模档案里。'}
        </Text>
      }
    >
      {(errorOf) =>
        joining && !known ? (
          <View>
            <PersonSearch picked={person} onPick={setPerson} />
            {person ? <Text className="jx-text-body jx-block">已选：{person.realName}</Text> : null}
            {errorOf('masterId') ? <ErrorText>{errorOf('masterId')}</ErrorText> : null}
          </View>
        ) : null
      }
    </ReasonDialog>
  );
}
