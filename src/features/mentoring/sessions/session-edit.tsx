// 发布活动 / 修改活动 (mentor subpackage): a master's session or lecture — kind, a lecture's 六进, title, start and end
// (a Beijing day and time each, as the contest form picks them), place or, for 进网络, the stream's link, places and
// who may come (the master's apprentices, one organisation's members, or everyone). Checked with the shared schema
// before sending, the message under its field; the function's own refusals (a start already past, fewer places than
// before) land there too. Kind and audience stay as posted, so 修改 shows them read-only.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError, useCloudCall } from '@/cloud/use-cloud-call';
import { DateField, TimeField } from '@/components/form/date-fields';
import { ChoiceField, TextField } from '@/components/form/fields';
import { ErrorText } from '@/components/form/messages';
import { SearchPickField } from '@/components/form/search-pick-field';
import { fieldMessage } from '@/components/format/format';
import { replacePage } from '@/components/navigation/navigation';
import { EmptyState, PendingCard } from '@/components/states/states';
import { now } from '@/platform/clock';
import { mentoringContract, type MentorOrg } from '@/shared/contracts/mentoring';
import {
  audienceKindLabels,
  audienceKinds,
  lectureKindLabels,
  lectureKinds,
  MAX_SESSION_CAPACITY,
  sessionKindLabels,
  sessionKinds,
  type AudienceKind,
  type LectureKind,
  type SessionKind,
} from '@/shared/mentoring/vocabulary';
import type { FieldErrors } from '@/shared/validation/field-errors';
import { MENTOR_PAGES } from '../routes';
import {
  defaultSessionDraft,
  draftOfSession,
  isOnline,
  sessionErrors,
  sessionOf,
  type PickedTime,
  type SessionDraft,
} from './session-form';
import { audienceText, kindText } from './texts';
import './sessions.css';

const KINDS = sessionKinds.map((value) => ({ value, label: sessionKindLabels[value] }));
const LECTURE_KINDS = lectureKinds.map((value) => ({ value, label: lectureKindLabels[value] }));
const AUDIENCES = audienceKinds.map((value) => ({ value, label: audienceKindLabels[value] }));

function TimePair({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: PickedTime;
  onChange: (value: PickedTime) => void;
  error?: string;
}) {
  return (
    <View>
      <DateField label={`${label}日期`} value={value.day} onChange={(day) => onChange({ ...value, day })} />
      <TimeField
        label={`${label}时间`}
        value={value.time}
        onChange={(time) => onChange({ ...value, time })}
        error={error}
      />
    </View>
  );
}

interface FormProps {
  sessionId: string | null;
  initial: SessionDraft;
  orgs: readonly MentorOrg[];
}

function SessionForm({ sessionId, initial, orgs }: FormProps) {
  const [draft, setDraft] = useState<SessionDraft>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const editing = sessionId !== null;
  const set = <K extends keyof SessionDraft>(key: K, value: SessionDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: '' }));
  };
  const err = (field: string) => errors[field] || undefined;

  const save = async () => {
    if (busy) return;
    const problems = sessionErrors(draft);
    setErrors(problems);
    setFailure(null);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      const session = sessionOf(draft);
      const saved = editing
        ? await callFunction(mentoringContract, 'editSession', { sessionId, session })
        : await callFunction(mentoringContract, 'postSession', { session });
      replacePage(MENTOR_PAGES.session(saved.sessionId));
    } catch (problem) {
      const failed = asCloudError(problem);
      const field = failed.field?.startsWith('session.') ? failed.field.slice('session.'.length) : null;
      if (field) setErrors({ [field]: fieldMessage(failed) });
      else setFailure(failed.message);
      setBusy(false);
    }
  };

  const online = isOnline(draft);
  const fixedKind = editing ? kindText({ kind: draft.kind!, lectureKind: draft.lectureKind }) : null;
  return (
    <View className="jx-card" aria-label={editing ? '修改活动' : '发布活动'}>
      <Text className="jx-text-title jx-block">{editing ? '修改活动' : '发布活动'}</Text>
      {fixedKind ? (
        <View className="jx-field">
          <Text className="jx-text-body jx-field__label">活动类型</Text>
          <Text className="jx-text-body jx-block">{fixedKind}</Text>
          <Text className="jx-text-secondary jx-block">活动类型和参加对象发布后不能修改。</Text>
        </View>
      ) : (
        <>
          <ChoiceField<SessionKind>
            label="活动类型"
            choices={KINDS}
            value={draft.kind}
            onChange={(value) => set('kind', value)}
            error={err('kind')}
            hint="带徒活动面向徒弟；劳模宣讲按“六进”选择去向"
          />
          {draft.kind === 'lecture' ? (
            <ChoiceField<LectureKind>
              label="宣讲类型（六进）"
              choices={LECTURE_KINDS}
              value={draft.lectureKind}
              onChange={(value) => set('lectureKind', value)}
              error={err('lectureKind')}
            />
          ) : null}
        </>
      )}
      <TextField
        label="活动主题"
        value={draft.title}
        onChange={(value) => set('title', value)}
        error={err('title')}
        hint="2到40个字"
        maxLength={40}
      />
      <TimePair label="开始" value={draft.startsAt} onChange={(v) => set('startsAt', v)} error={err('startsAt')} />
      <TimePair label="结束" value={draft.endsAt} onChange={(v) => set('endsAt', v)} error={err('endsAt')} />
      {online ? (
        <TextField
          label="直播链接"
          value={draft.link}
          onChange={(value) => set('link', value)}
          error={err('link')}
          hint="以https://开头；签到时在直播中展示6位签到码"
          maxLength={300}
        />
      ) : (
        <TextField
          label="活动地点"
          value={draft.place}
          onChange={(value) => set('place', value)}
          error={err('place')}
          hint="2到60个字"
          maxLength={60}
        />
      )}
      <TextField
        label="名额"
        type="number"
        value={draft.capacity}
        onChange={(value) => set('capacity', value)}
        error={err('capacity')}
        hint={editing ? '名额只能增加' : `1到${MAX_SESSION_CAPACITY}人；报满后可候补`}
        maxLength={4}
      />
      {editing ? (
        <View className="jx-field">
          <Text className="jx-text-body jx-field__label">参加对象</Text>
          <Text className="jx-text-body jx-block">{initialAudience(draft, orgs)}</Text>
        </View>
      ) : (
        <>
          <ChoiceField<AudienceKind>
            label="参加对象"
            choices={AUDIENCES}
            value={draft.audience}
            onChange={(value) => set('audience', value)}
            error={err('audience.kind')}
          />
          {draft.audience === 'org' ? (
            <SearchPickField<string>
              label="单位"
              choices={orgs.map((org) => ({ value: org.id, label: org.name }))}
              value={draft.orgId}
              onChange={(value) => {
                set('orgId', value);
                setErrors((current) => ({ ...current, 'audience.orgId': '' }));
              }}
              error={err('audience.orgId')}
              hint="该单位及其下属单位的职工可以报名"
            />
          ) : null}
        </>
      )}
      {failure ? <ErrorText className="jx-field__message">{failure}</ErrorText> : null}
      <Button block className="jx-button" type="primary" loading={busy} onClick={() => void save()}>
        {busy ? '正在保存' : editing ? '保存修改' : '发布'}
      </Button>
    </View>
  );
}

function initialAudience(draft: SessionDraft, orgs: readonly MentorOrg[]): string {
  const org = orgs.find((one) => one.id === draft.orgId);
  return audienceText({
    audience: { kind: draft.audience ?? 'everyone', org: org ? { id: org.id, name: org.name } : null },
    masterName: '我',
  });
}

export function SessionEdit({ sessionId }: { sessionId: string | null }) {
  const { state, reload } = useCloudCall(async () => {
    const [{ master }, { orgs }] = await Promise.all([
      callFunction(mentoringContract, 'myMentoring', {}),
      callFunction(mentoringContract, 'mentorOrgs', {}),
    ]);
    const posted = sessionId ? await callFunction(mentoringContract, 'session', { sessionId }) : null;
    return { master, orgs, posted };
  }, [sessionId]);
  if (state.status !== 'ready') {
    return <PendingCard state={state} rows={6} shape="form" label="正在加载活动" onRetry={reload} />;
  }
  const { master, orgs, posted } = state.data;
  if (!master || (posted && posted.session.masterId !== master.masterId)) {
    return (
      <View className="jx-card">
        <EmptyState
          title={master ? '这不是你发布的活动，不能修改。' : '你还不是师傅，不能发布活动。'}
          hint="由所在工会认定为师傅后，可以发布带徒活动和劳模宣讲。"
        />
      </View>
    );
  }
  const initial = posted
    ? draftOfSession(posted.session)
    : { ...defaultSessionDraft(now()), orgId: master.org?.id ?? null };
  return <SessionForm sessionId={sessionId} initial={initial} orgs={orgs} />;
}
