// 编辑工作室 (mentor subpackage): the caller's own 创新工作室 — created on first save — with its name, category,
// trade, description and photos. Fields are checked with the shared schema before sending (the message under a
// field is the server's own); WeChat's text check may refuse a name naming it, or hold it for a person to review.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError, useCloudCall } from '@/cloud/use-cloud-call';
import { ChoiceField, TextAreaField, TextField } from '@/components/form/fields';
import { ErrorText } from '@/components/form/messages';
import { fieldMessage } from '@/components/format/format';
import { replacePage } from '@/components/navigation/navigation';
import { EmptyState, PendingCard } from '@/components/states/states';
import {
  mentoringContract,
  studioFieldsSchema,
  type MasterView,
  type StudioFields,
} from '@/shared/contracts/mentoring';
import { studioCategories, studioCategoryLabels, type StudioCategory } from '@/shared/mentoring/vocabulary';
import { trades, type TradeCode } from '@/shared/people/trades';
import { fieldErrors, type FieldErrors } from '@/shared/validation/field-errors';
import { SearchPickField } from '@/components/form/search-pick-field';
import { MENTOR_PAGES } from './routes';
import { StudioPhotos } from './studio-photos';
import './mentoring.css';

const CATEGORIES = studioCategories.map((value) => ({ value, label: `${studioCategoryLabels[value]}类` }));
const TRADES = trades.map(([value, label]) => ({ value, label }));

type Draft = Omit<StudioFields, 'category'> & { category: StudioCategory | null };

function StudioForm({ master, initial }: { master: MasterView; initial: Draft }) {
  const [draft, setDraft] = useState<Draft>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((now) => ({ ...now, [key]: value }));
    setErrors((now) => ({ ...now, [key]: '' }));
  };

  const save = async () => {
    if (busy) return;
    const problems = fieldErrors(studioFieldsSchema, draft);
    setErrors(problems);
    setFailure(null);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      const saved = await callFunction(mentoringContract, 'saveStudio', { studio: draft as StudioFields });
      replacePage(MENTOR_PAGES.studio(saved.studioId));
    } catch (problem) {
      const failed = asCloudError(problem);
      const field = failed.field?.startsWith('studio.') ? failed.field.slice('studio.'.length) : null;
      if (field) setErrors({ [field]: fieldMessage(failed) });
      else setFailure(failed.message);
      setBusy(false);
    }
  };

  return (
    <View className="jx-card" aria-label="编辑工作室">
      <Text className="jx-text-title jx-block">{master.studio ? '编辑工作室' : '创建工作室'}</Text>
      <TextField
        label="工作室名称"
        value={draft.name}
        onChange={(value) => set('name', value)}
        error={errors.name || undefined}
        hint="2到30个字"
        maxLength={30}
      />
      <ChoiceField<StudioCategory>
        label="类别"
        choices={CATEGORIES}
        value={draft.category}
        onChange={(value) => set('category', value)}
        error={errors.category || undefined}
      />
      <SearchPickField<TradeCode>
        label="工种"
        choices={TRADES}
        value={draft.trade}
        onChange={(value) => set('trade', value)}
        error={errors.trade || undefined}
      />
      <TextAreaField
        label="简介"
        optional
        value={draft.description}
        onChange={(value) => set('description', value)}
        error={errors.description || undefined}
        hint="工作室做什么、取得的成果，最多1000字"
        maxLength={1000}
      />
      <StudioPhotos
        value={draft.photos}
        onChange={(photos) => set('photos', photos)}
        folder={`mentoring/${master.masterId}`}
        error={errors.photos || undefined}
      />
      {failure ? <ErrorText className="jx-field__message">{failure}</ErrorText> : null}
      <Button block className="jx-button" type="primary" loading={busy} onClick={() => void save()}>
        {busy ? '正在保存' : '保存'}
      </Button>
    </View>
  );
}

export function StudioEdit() {
  const { state, reload } = useCloudCall(async () => {
    const { master } = await callFunction(mentoringContract, 'myMentoring', {});
    const studio = master?.studio
      ? await callFunction(mentoringContract, 'studio', { studioId: master.studio.id })
      : null;
    return { master, studio };
  }, []);
  if (state.status !== 'ready') {
    return <PendingCard state={state} rows={5} shape="form" label="正在加载工作室" onRetry={reload} />;
  }
  const { master, studio } = state.data;
  if (!master) {
    return (
      <View className="jx-card">
        <EmptyState
          title="你还不是师傅，不能创建工作室。"
          hint="由所在工会认定为师傅后，可以在这里创建创新工作室。"
        />
      </View>
    );
  }
  const initial: Draft = studio
    ? {
        name: studio.name,
        category: studio.category,
        trade: studio.trade,
        description: studio.description,
        photos: studio.photos,
      }
    : { name: '', category: null, trade: master.trade, description: '', photos: [] };
  return <StudioForm master={master} initial={initial} />;
}
