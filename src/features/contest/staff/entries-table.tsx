// 报名名单 (contest-admin subpackage): one contest's entries for its organisers — by state, with the masked phone
// only and the answers to the organiser's fields as columns; a pending entry is 通过 or 不通过 with a reason the
// worker reads. A table in a wide window, cards on a phone. A team contest lists its teams (team-rows.tsx).
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError, useCloudCall } from '@/cloud/use-cloud-call';
import { DataTable, type TableColumn } from '@/components/data-table/data-table';
import { ReasonDialog } from '@/components/dialog/dialog';
import { DoneText, ErrorText } from '@/components/form/messages';
import { formatCalendarDay, formatDateTime } from '@/components/format/format';
import { openPage } from '@/components/navigation/navigation';
import { AdminFrame, AdminPending } from '@/components/staff/admin-frame';
import { Tabs } from '@/components/staff/tabs';
import {
  contestContract,
  entryStateLabels,
  type ContestView,
  type EntryState,
  type EntryView,
} from '@/shared/contracts/contest';
import { CONTEST_PAGES } from '../routes';
import { entryStateText, entryTagClass } from '../texts';
import { HeldAnswer } from './held-answer';
import { ContestExport } from './contest-export';
import { ManualCheckInButton, ManualCheckInDialog, manualCheckInOpen } from './manual-check-in';
import { TeamCardPart, teamColumns, type DecideName } from './team-rows';
import '@/components/staff/admin.css';
import '../contest.css';

type Filter = 'all' | EntryState;
// A team contest lists forming teams and those withdrawn when a teammate left below the minimum (as many tabs as a
// phone fits: where teams are reviewed, 未通过 takes the place of 已退出, which 全部 still lists).
const tabOf = (state: EntryState) => ({ value: state, label: entryStateLabels[state] });
const filtersOf = (contest: ContestView): { value: Filter; label: string }[] => [
  { value: 'all', label: '全部' },
  ...(contest.entry.kind === 'team'
    ? ([
        'forming',
        ...(contest.review ? (['pending'] as const) : []),
        'confirmed',
        'waitlisted',
        ...(contest.review ? (['rejected'] as const) : (['withdrawn'] as const)),
        'cancelled',
      ] as const)
    : (['pending', 'confirmed', 'waitlisted', 'rejected', 'cancelled'] as const)
  ).map(tabOf),
];

type Decide = (entry: EntryView, approve: boolean) => void;
/** What a row offers: review while pending, 代为签到 on the contest day (null when not the day). */
type Acts = {
  decide: Decide;
  checkIn: ((entry: EntryView) => void) | null;
  /** Something of an entry changed here (a held answer decided): the list and counts are read again. */
  changed: () => void;
  /** A team's held name passed or refused (team-rows.tsx). */
  name: DecideName;
};

function Decision({ entry, acts }: { entry: EntryView; acts: Acts }) {
  if (acts.checkIn && manualCheckInOpen(entry, true))
    return <ManualCheckInButton entry={entry} onAsk={acts.checkIn} />;
  const onDecide = acts.decide;
  // reviewEntry reviews a person's entry, or a team in a team contest (its entry id is the team's).
  if (entry.state !== 'pending') return null;
  const name = entry.team?.name ?? entry.person?.name ?? '';
  return (
    <View className="jx-contest-builder__tools">
      <Button className="jx-button" type="primary" onClick={() => onDecide(entry, true)}>
        {`通过${name}`}
      </Button>
      <Button className="jx-button" fill="outline" onClick={() => onDecide(entry, false)}>
        {`不通过${name}`}
      </Button>
    </View>
  );
}

function columnsOf(contest: ContestView, acts: Acts): TableColumn<EntryView, 'ticket' | 'name'>[] {
  const who: TableColumn<EntryView, 'ticket' | 'name'>[] =
    contest.entry.kind === 'team'
      ? teamColumns(acts.name)
      : [
          {
            key: 'name',
            title: '姓名',
            sortField: 'name',
            weight: 1,
            cell: (entry) => <Text>{entry.person?.name}</Text>,
          },
          { key: 'org', title: '单位', weight: 1.6, cell: (entry) => <Text>{entry.person?.orgName ?? '—'}</Text> },
          {
            key: 'phone',
            title: '手机号',
            weight: 1.2,
            cell: (entry) => <Text>{entry.person?.phoneMasked ?? '—'}</Text>,
          },
        ];
  return [
    ...who,
    ...contest.fields.map((field) => ({
      key: `answer-${field.key}`,
      title: field.label,
      weight: field.type === 'text' ? 1.6 : 1,
      cell: (entry: EntryView) => <HeldAnswer field={field} entry={entry} onChanged={acts.changed} />,
    })),
    {
      key: 'ticket',
      title: '报名时间',
      sortField: 'ticket' as const,
      weight: 1.4,
      cell: (entry) => <Text>{formatDateTime(entry.createdAt)}</Text>,
    },
    {
      key: 'state',
      title: '状态',
      weight: 1.2,
      cell: (entry) => <Text className={`${entryTagClass(entry)} jx-contest-nowrap`}>{entryStateText(entry)}</Text>,
    },
    {
      key: 'decide',
      title: contest.phase === 'day' ? '签到' : '审核',
      weight: 2,
      cell: (entry) => <Decision entry={entry} acts={acts} />,
    },
  ];
}

function EntryCard({ entry, contest, acts }: { entry: EntryView; contest: ContestView; acts: Acts }) {
  return (
    <View
      className="jx-card"
      aria-label={`${entry.team?.name ?? entry.person?.name ?? ''}：${entryStateText(entry)}`}
    >
      {entry.team ? (
        <>
          <Text className={entryTagClass(entry)}>{entryStateText(entry)}</Text>
          <TeamCardPart entry={entry} onDecide={acts.name} />
        </>
      ) : (
        <>
          <View className="jx-contest-card__head">
            <Text className={entryTagClass(entry)}>{entryStateText(entry)}</Text>
            <Text className="jx-text-body">{entry.person?.name}</Text>
          </View>
          <Text className="jx-text-secondary jx-block">
            {entry.person?.orgName ?? ''} · {entry.person?.phoneMasked ?? '未留手机号'}
          </Text>
        </>
      )}
      {contest.fields.map((field) => (
        <View key={field.key} className="jx-text-body jx-block">
          <Text>{field.label}：</Text>
          <HeldAnswer field={field} entry={entry} onChanged={acts.changed} />
        </View>
      ))}
      {entry.reason ? <Text className="jx-text-error jx-block">原因：{entry.reason}</Text> : null}
      <Decision entry={entry} acts={acts} />
    </View>
  );
}

export function EntriesTable({ contestId }: { contestId: string }) {
  const { state, reload } = useCloudCall(
    () => callFunction(contestContract, 'staffContest', { contestId }),
    [contestId],
  );
  const [filter, setFilter] = useState<Filter>('all');
  const [version, setVersion] = useState(0);
  const [rejecting, setRejecting] = useState<EntryView | null>(null);
  const [refusingName, setRefusingName] = useState<EntryView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [checking, setChecking] = useState<EntryView | null>(null);
  const [checkedIn, setCheckedIn] = useState<string | null>(null);
  if (state.status !== 'ready')
    return <AdminPending title="报名名单" state={state} label="正在加载报名" onRetry={reload} />;
  const { contest, counts } = state.data;
  const changed = () => {
    setVersion((n) => n + 1);
    reload();
  };
  const decide: Decide = (entry, approve) => {
    setFailure(null);
    if (!approve) {
      setRejecting(entry);
      return;
    }
    callFunction(contestContract, 'reviewEntry', { entryId: entry.entryId, approve: true }).then(
      changed,
      (problem: unknown) => setFailure(asCloudError(problem).message),
    );
  };
  const decideName: DecideName = (entry, pass) => {
    setFailure(null);
    if (!pass) {
      setRefusingName(entry);
      return;
    }
    callFunction(contestContract, 'decideTeamName', { teamId: entry.entryId, decision: 'pass' }).then(
      changed,
      (problem: unknown) => setFailure(asCloudError(problem).message),
    );
  };
  const acts: Acts = {
    decide,
    changed,
    name: decideName,
    checkIn:
      contest.phase === 'day'
        ? (entry) => {
            setCheckedIn(null);
            setChecking(entry);
          }
        : null,
  };
  const scoring = contest.phase === 'day' || contest.phase === 'over';
  return (
    <AdminFrame
      title={`报名名单：${contest.title}`}
      intro={`比赛日 ${formatCalendarDay(contest.schedule.day)} · 名额${contest.capacity} · 已确认${counts.confirmed} · 候补${counts.waitlisted} · 待审核${counts.pending} · 已签到${counts.checkedIn}`}
    >
      <View className="jx-more">
        <Button className="jx-button" fill="outline" onClick={() => openPage(CONTEST_PAGES.edit(contest.contestId))}>
          修改比赛
        </Button>
        {contest.phase === 'day' ? (
          <Button
            className="jx-button"
            type="primary"
            onClick={() => openPage(CONTEST_PAGES.checkIn(contest.contestId))}
          >
            现场签到
          </Button>
        ) : null}
        {scoring ? (
          <Button
            className="jx-button"
            type="primary"
            onClick={() => openPage(CONTEST_PAGES.scores(contest.contestId))}
          >
            成绩录入
          </Button>
        ) : null}
      </View>
      <Tabs label="报名状态" tabs={filtersOf(contest)} value={filter} onChange={setFilter} />
      {failure ? <ErrorText>{failure}</ErrorText> : null}
      {checkedIn ? <DoneText>✓ {checkedIn}</DoneText> : null}
      <DataTable<EntryView, 'ticket' | 'name'>
        label="报名名单"
        filterKey={filter}
        version={version}
        columns={columnsOf(contest, acts)}
        load={async (table) => {
          const { search: _none, ...query } = table;
          const answer = await callFunction(contestContract, 'contestEntries', {
            contestId,
            ...(filter === 'all' ? {} : { state: filter }),
            ...query,
          });
          return { rows: answer.rows, total: answer.total, page: query.page };
        }}
        defaultSort={{ sortBy: 'ticket', order: 'asc' }}
        rowKey={(entry) => entry.entryId}
        rowName={(entry) => entry.team?.name ?? entry.person?.name ?? entry.entryId}
        empty={{ title: '这里还没有报名。', hint: '职工报名后会出现在这里。' }}
        card={(entry) => <EntryCard entry={entry} contest={contest} acts={acts} />}
      />
      <ContestExport contestId={contestId} kind="registrations" />
      <ManualCheckInDialog
        entry={checking}
        onCancel={() => setChecking(null)}
        onDone={(entry) => {
          setChecking(null);
          setCheckedIn(`已为${entry.person?.name ?? ''}签到`);
          changed();
        }}
      />
      <ReasonDialog
        open={rejecting !== null}
        title={`不通过：${rejecting?.team?.name ?? rejecting?.person?.name ?? ''}`}
        description={
          rejecting?.team ? '名额会让给候补的队伍，队员会看到原因。' : '名额会让给候补的人，职工会看到原因。'
        }
        confirmText="不通过"
        reasonLabel="未通过的原因"
        reasonHint="职工会看到，并记入操作日志"
        onCancel={() => setRejecting(null)}
        onConfirm={async (reason) => {
          await callFunction(contestContract, 'reviewEntry', { entryId: rejecting!.entryId, approve: false, reason });
          setRejecting(null);
          changed();
        }}
      />
      <ReasonDialog
        open={refusingName !== null}
        title={`队名不通过：${refusingName?.team?.name ?? ''}`}
        description="其他人会一直看到“队长的队伍”，队长会看到原因。"
        confirmText="不通过"
        reasonLabel="未通过的原因"
        reasonHint="队长会看到，并记入操作日志"
        onCancel={() => setRefusingName(null)}
        onConfirm={async (reason) => {
          await callFunction(contestContract, 'decideTeamName', {
            teamId: refusingName!.entryId,
            decision: 'refuse',
            reason,
          });
          setRefusingName(null);
          changed();
        }}
      />
    </AdminFrame>
  );
}
