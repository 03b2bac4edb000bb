// A team contest's 报名名单 rows: each team with its name (marked while WeChat's check holds it, with 队名通过 /
// 队名不通过 for the organisers), its captain and its members. The entries table swaps these in for a team contest.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { TableColumn } from '@/components/data-table/data-table';
import type { EntryView } from '@/shared/contracts/contest';

/** The organisers' decision on a held team name: pass, or refuse (the table asks the reason). */
export type DecideName = (entry: EntryView, pass: boolean) => void;

const holdText = (entry: EntryView) =>
  entry.team?.nameHold === 'review' ? '队名待审核' : entry.team?.nameHold === 'refused' ? '队名未通过' : null;

/** `3人：周建国、李秀英、王强`. */
export const membersText = (entry: EntryView) =>
  `${entry.team?.members.length ?? 0}人：${entry.team?.members.join('、') ?? ''}`;

function NameDecision({ entry, onDecide }: { entry: EntryView; onDecide: DecideName }) {
  if (entry.team?.nameHold !== 'review') return null;
  return (
    <View className="jx-contest-builder__tools">
      <Button className="jx-button" type="primary" onClick={() => onDecide(entry, true)}>
        {`队名通过：${entry.team.name}`}
      </Button>
      <Button className="jx-button" fill="outline" onClick={() => onDecide(entry, false)}>
        {`队名不通过：${entry.team.name}`}
      </Button>
    </View>
  );
}

export function TeamName({ entry, onDecide }: { entry: EntryView; onDecide: DecideName }) {
  const held = holdText(entry);
  return (
    <View>
      <Text className="jx-text-body jx-contest-card__title">{entry.team?.name}</Text>
      {held ? <Text className="jx-tag jx-tag--alert jx-contest-nowrap">{held}</Text> : null}
      <NameDecision entry={entry} onDecide={onDecide} />
    </View>
  );
}

/** The team's columns, in place of a person's name, unit and phone: 队名, 队长 (unit, phone), 队员. */
export function teamColumns(onDecide: DecideName): TableColumn<EntryView, 'ticket' | 'name'>[] {
  return [
    {
      key: 'name',
      title: '队名',
      sortField: 'name',
      weight: 1.6,
      cell: (entry) => <TeamName entry={entry} onDecide={onDecide} />,
    },
    {
      key: 'captain',
      title: '队长',
      weight: 1.6,
      cell: (entry) => (
        <Text>
          {entry.person?.name} · {entry.person?.orgName ?? '—'} · {entry.person?.phoneMasked ?? '—'}
        </Text>
      ),
    },
    { key: 'members', title: '队员', weight: 1.6, cell: (entry) => <Text>{membersText(entry)}</Text> },
  ];
}

/** A team on a phone: its name (and the decision on it), captain and members. */
export function TeamCardPart({ entry, onDecide }: { entry: EntryView; onDecide: DecideName }) {
  return (
    <>
      <TeamName entry={entry} onDecide={onDecide} />
      <Text className="jx-text-secondary jx-block">
        队长：{entry.person?.name} · {entry.person?.orgName ?? ''} · {entry.person?.phoneMasked ?? '未留手机号'}
      </Text>
      <Text className="jx-text-body jx-block">队员{membersText(entry)}</Text>
    </>
  );
}
