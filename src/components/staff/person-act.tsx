// The frame of staff pages that act on one person (劳模认定, 设为师傅): find them in the caller's part of the tree, fill
// the act's form, then a card saying it is done (and logged) with 认定其他人, which starts over with a fresh search.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState, type ReactNode } from 'react';
import { AdminFrame } from './admin-frame';
import { PersonSearch, type Member } from './person-search';
import './admin.css';

export function FindPersonThenAct<Result>({
  title,
  intro,
  form,
  done,
}: {
  title: string;
  intro: string;
  /** The act's form for the picked person; it calls `onDone` with what the server answered. */
  form: (person: Member, onDone: (result: Result) => void) => ReactNode;
  /** The finished card for that answer (usually an ActDone); `again` starts over. */
  done: (result: Result, again: () => void) => ReactNode;
}) {
  const [person, setPerson] = useState<Member | null>(null);
  const [result, setResult] = useState<{ value: Result } | null>(null);
  // A new key gives the next round an empty search box.
  const [round, setRound] = useState(0);
  const again = () => {
    setResult(null);
    setPerson(null);
    setRound((n) => n + 1);
  };
  return (
    <AdminFrame title={title} intro={intro}>
      {result ? (
        done(result.value, again)
      ) : (
        <>
          <PersonSearch key={round} picked={person} onPick={setPerson} />
          {person ? <View key={person.id}>{form(person, (value) => setResult({ value }))}</View> : null}
        </>
      )}
    </AdminFrame>
  );
}

/** The card after an act on a person: what was done, its details, that it is logged, and the next steps. */
export function ActDone({
  label,
  headline,
  children,
  onAgain,
  next,
}: {
  label: string;
  headline: string;
  children?: ReactNode;
  onAgain: () => void;
  /** A first button before 认定其他人 (e.g. back to the list). */
  next?: ReactNode;
}) {
  return (
    <View className="jx-card" role="status" aria-label={label}>
      <Text className="jx-success-mark">✓ {headline}</Text>
      {children}
      <Text className="jx-text-secondary jx-block jx-admin__line">已记入操作日志。</Text>
      <View className="jx-actions">
        {next}
        <Button className="jx-button" fill="outline" onClick={onAgain}>
          认定其他人
        </Button>
      </View>
    </View>
  );
}
