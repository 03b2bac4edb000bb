// 设为师傅 (mentor-admin subpackage): find a person in the caller's part of the tree, then their trade, skill level,
// basis (劳动模范 / 技师及以上 / 技能竞赛获奖者), apprentice limit and the reason for the audit log. Every field is
// checked with the action's own schema; the server's refusal (not a model worker, already a master) is shown by its
// field.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError } from '@/cloud/use-cloud-call';
import { ChoiceField, TextAreaField, TextField } from '@/components/form/fields';
import { ErrorText } from '@/components/form/messages';
import { SearchPickField } from '@/components/form/search-pick-field';
import { fieldMessage } from '@/components/format/format';
import { openPage } from '@/components/navigation/navigation';
import { orgLabel, personLine } from '@/components/staff/labels';
import { ActDone, FindPersonThenAct } from '@/components/staff/person-act';
import type { Member } from '@/components/staff/person-search';
import { mentoringContract, type MasterView } from '@/shared/contracts/mentoring';
import {
  DEFAULT_APPRENTICE_LIMIT,
  masterBases,
  masterBasisLabels,
  masterLevelLabels,
  masterLevels,
  type MasterBasis,
  type MasterLevel,
} from '@/shared/mentoring/vocabulary';
import { trades, type TradeCode } from '@/shared/people/trades';
import { fieldErrors, type FieldErrors } from '@/shared/validation/field-errors';
import { MENTOR_PAGES } from '../routes';
import { placesText, tradeLevelText } from '../texts';
import '@/components/staff/admin.css';
import '../mentoring.css';

const TRADES = trades.map(([value, label]) => ({ value, label }));
const LEVELS = masterLevels.map((value) => ({ value, label: masterLevelLabels[value] }));
const BASES = masterBases.map((value) => ({ value, label: masterBasisLabels[value] }));
/** The shared reason schema's words are generic: the form says which reason. */
const WORDING = { reason: '请填写认定原因（至少2个字）' };

function Designation({ person, onDone }: { person: Member; onDone: (master: MasterView) => void }) {
  const [trade, setTrade] = useState<TradeCode | null>(person.tradeCode);
  const [level, setLevel] = useState<MasterLevel | null>(null);
  const [basis, setBasis] = useState<MasterBasis | null>(person.modelWorker ? 'model_worker' : null);
  const [limit, setLimit] = useState(String(DEFAULT_APPRENTICE_LIMIT));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    const input = {
      userId: person.id,
      trade,
      level,
      basis,
      limit: Number(limit.trim() || NaN),
      reason: reason.trim(),
    };
    const problems = fieldErrors(mentoringContract.actions.designateMaster.input, input, WORDING);
    setErrors(problems);
    setFailure(null);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      // The schema just accepted every field: the picked values are set.
      onDone(
        await callFunction(mentoringContract, 'designateMaster', {
          ...input,
          trade: trade!,
          level: level!,
          basis: basis!,
        }),
      );
    } catch (problem) {
      const failed = asCloudError(problem);
      if (failed.field && failed.field !== 'userId') setErrors({ [failed.field]: fieldMessage(failed) });
      else setFailure(failed.message);
      setBusy(false);
    }
  };

  return (
    <View className="jx-card" aria-label="认定师傅">
      <Text className="jx-text-title jx-block">设 {person.realName} 为师傅</Text>
      <Text className="jx-text-secondary jx-block">
        {personLine(person)} · {person.org ? orgLabel(person.org) : '未加入企业'}
        {person.modelWorker ? ' · 劳模' : ''}
      </Text>
      <SearchPickField<TradeCode>
        label="带徒工种"
        choices={TRADES}
        value={trade}
        onChange={setTrade}
        error={errors.trade}
      />
      <ChoiceField<MasterLevel>
        label="技能等级"
        choices={LEVELS}
        value={level}
        onChange={setLevel}
        error={errors.level}
      />
      <ChoiceField<MasterBasis>
        label="认定依据"
        choices={BASES}
        value={basis}
        onChange={setBasis}
        error={errors.basis}
        hint="劳动模范须已认定；以技能等级认定的须为技师或高级技师"
      />
      <TextField
        label="带徒人数上限"
        type="number"
        value={limit}
        onChange={setLimit}
        error={errors.limit}
        hint={`一般为${DEFAULT_APPRENTICE_LIMIT}人`}
        maxLength={2}
      />
      <TextAreaField
        label="认定原因"
        value={reason}
        onChange={setReason}
        error={errors.reason}
        hint="如 文件名称和文号；会记入操作日志"
        maxLength={200}
      />
      {failure ? <ErrorText className="jx-field__message">{failure}</ErrorText> : null}
      <Button block className="jx-button" type="primary" loading={busy} onClick={() => void submit()}>
        {busy ? '正在提交' : '确认认定'}
      </Button>
    </View>
  );
}

export function DesignateMaster() {
  return (
    <FindPersonThenAct<MasterView>
      title="设为师傅"
      intro="找到职工，选择带徒工种、技能等级和认定依据，写明原因。"
      form={(person, onDone) => <Designation person={person} onDone={onDone} />}
      done={(master, again) => (
        <ActDone
          label="认定完成"
          headline={`已设 ${master.name} 为师傅`}
          onAgain={again}
          next={
            <Button className="jx-button" type="primary" onClick={() => openPage(MENTOR_PAGES.staffMasters())}>
              回到师傅管理
            </Button>
          }
        >
          <Text className="jx-text-body jx-block jx-admin__line">
            {tradeLevelText(master)} · {placesText(master)}
          </Text>
        </ActDone>
      )}
    />
  );
}
