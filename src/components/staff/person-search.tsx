// Finds a person in the caller's part of the tree by name, and picks one.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type * as z from 'zod';
import { callFunction } from '@/cloud/call-function';
import { asCloudError } from '@/cloud/use-cloud-call';
import type { CloudError } from '@/cloud/cloud-error';
import { TextField } from '@/components/form/fields';
import { EmptyState, ErrorState, LoadingBlock } from '@/components/states/states';
import { unionContract, type memberSchema } from '@/shared/contracts/union';
import { orgLabel, personLine } from './labels';
import './admin.css';

export type Member = z.infer<typeof memberSchema>;

/** Whether a found person may be picked for what the page does, and if not, why (in Chinese). */
export interface PickVerdict {
  ok: boolean;
  message: string | null;
}

type Found =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: CloudError }
  | { status: 'ready'; keyword: string; people: Member[]; verdicts: Readonly<Record<string, PickVerdict>> };

export interface PersonSearchProps {
  picked: Member | null;
  onPick: (person: Member) => void;
  /**
   * Checks the people found against a rule of the page (a campaign's eligibility) before anyone is picked: each
   * shows its verdict, and someone who does not meet it cannot be picked.
   */
  check?: (people: Member[]) => Promise<Record<string, PickVerdict>>;
}

export function PersonSearch({ picked, onPick, check }: PersonSearchProps) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [found, setFound] = useState<Found>({ status: 'idle' });

  const search = async () => {
    const keyword = typed.trim();
    if (!keyword) {
      setError('请输入要找的人的姓名');
      return;
    }
    setError(undefined);
    setFound({ status: 'loading' });
    try {
      const { people } = await callFunction(unionContract, 'searchPeople', { keyword });
      const verdicts = check && people.length > 0 ? await check(people) : {};
      setFound({ status: 'ready', keyword, people, verdicts });
    } catch (failure) {
      setFound({ status: 'error', error: asCloudError(failure) });
    }
  };

  return (
    <View className="jx-card" aria-label="查找人员">
      <View className="jx-search">
        <View className="jx-search__field">
          <TextField
            label="姓名"
            value={typed}
            onChange={setTyped}
            error={error}
            placeholder="输入姓名中的字"
            maxLength={20}
            onConfirm={() => void search()}
          />
        </View>
        <Button className="jx-button" type="primary" onClick={() => void search()}>
          查找
        </Button>
      </View>
      {found.status === 'idle' ? (
        <Text className="jx-text-secondary jx-block jx-admin__hint">只能找到你负责的组织里的人。</Text>
      ) : null}
      {found.status === 'loading' ? <LoadingBlock rows={3} shape="list" label="正在查找" /> : null}
      {found.status === 'error' ? <ErrorState error={found.error} onRetry={() => void search()} /> : null}
      {found.status === 'ready' && found.people.length === 0 ? (
        <EmptyState
          title={`你负责的组织里没有姓名含“${found.keyword}”的人。`}
          hint="检查一下姓名，或换一个字再找。"
        />
      ) : null}
      {found.status === 'ready' && found.people.length > 0 ? (
        <View className="jx-options" role="radiogroup" aria-label="查找结果">
          {found.people.map((person) => {
            const chosen = picked?.id === person.id;
            const verdict = found.verdicts[person.id];
            const barred = verdict?.ok === false;
            return (
              <View
                key={person.id}
                className={`jx-org-option${chosen ? ' jx-org-option--picked' : ''}${barred ? ' jx-org-option--barred' : ''}`}
                role="radio"
                aria-checked={chosen}
                aria-disabled={barred}
                aria-label={`${person.realName}，${person.org?.name ?? '未加入企业'}`}
                onClick={() => (barred ? undefined : onPick(person))}
              >
                <Text className="jx-text-body jx-org-option__name">
                  {chosen ? '✓ ' : ''}
                  {person.realName}
                  {person.modelWorker ? '（劳模）' : ''}
                </Text>
                <Text className="jx-text-secondary jx-org-option__meta">
                  {personLine(person)} · {person.org ? orgLabel(person.org) : '未加入企业'}
                </Text>
                {verdict ? (
                  <Text className={`jx-text-body jx-block${verdict.ok ? '' : ' jx-text-error'}`}>
                    {verdict.ok ? '✓ 符合条件' : `不符合：${verdict.message ?? ''}`}
                  </Text>
                ) : null}
              </View>
            );
          })}
        </View>
      ) : null}
    </View>
  );
}
