// 技能竞赛 (contest-admin subpackage): the contests of the caller's part of the tree with their counts — a table
// in a wide window, cards on a phone — filtered by level and phase, searched by title; 新建比赛.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { DataTable, type TableColumn } from '@/components/data-table/data-table';
import { formatCalendarDay } from '@/components/format/format';
import { openPage } from '@/components/navigation/navigation';
import { AdminFrame } from '@/components/staff/admin-frame';
import { Tabs } from '@/components/staff/tabs';
import {
  contestContract,
  contestLevelLabels,
  contestLevels,
  type ContestCounts,
  type ContestLevel,
  type ContestView,
} from '@/shared/contracts/contest';
import { contestPhases, type ContestPhase } from '@/shared/contest/schedule';
import { CONTEST_PAGES } from '../routes';
import { phaseLabel, phaseTagClass } from '../texts';
import '@/components/staff/admin.css';
import '../contest.css';

type Row = { contest: ContestView; counts: ContestCounts };
type LevelFilter = 'all' | ContestLevel;
type PhaseFilter = 'all' | ContestPhase;

const LEVELS: { value: LevelFilter; label: string }[] = [
  { value: 'all', label: '全部级别' },
  ...contestLevels.map((level) => ({ value: level, label: contestLevelLabels[level] })),
];
const PHASES: { value: PhaseFilter; label: string }[] = [
  { value: 'all', label: '全部' },
  ...contestPhases.map((phase) => ({ value: phase, label: phaseLabel(phase) })),
];

const countsText = (counts: ContestCounts) =>
  `已确认${counts.confirmed} · 候补${counts.waitlisted} · 待审核${counts.pending} · 已签到${counts.checkedIn}`;

function TitleLink({ row }: { row: Row }) {
  return (
    <View
      className="jx-tappable"
      role="link"
      aria-label={`查看报名 ${row.contest.title}`}
      onClick={() => openPage(CONTEST_PAGES.entries(row.contest.contestId))}
    >
      <Text className="jx-text-body">{row.contest.title}</Text>
    </View>
  );
}

function EditLink({ row }: { row: Row }) {
  return (
    <View
      className="jx-tappable"
      role="link"
      aria-label={`修改 ${row.contest.title}`}
      onClick={() => openPage(CONTEST_PAGES.edit(row.contest.contestId))}
    >
      <Text className="jx-text-body">修改</Text>
    </View>
  );
}

/** From the contest day on: its score sheet. */
const scoring = (row: Row) => row.contest.phase === 'day' || row.contest.phase === 'over';

function ScoresLink({ row }: { row: Row }) {
  return (
    <View
      className="jx-tappable"
      role="link"
      aria-label={`成绩 ${row.contest.title}`}
      onClick={() => openPage(CONTEST_PAGES.scores(row.contest.contestId))}
    >
      <Text className="jx-text-body">成绩</Text>
    </View>
  );
}

const COLUMNS: TableColumn<Row, 'day' | 'createdAt'>[] = [
  { key: 'title', title: '比赛', weight: 2.4, cell: (row) => <TitleLink row={row} /> },
  { key: 'level', title: '级别', weight: 0.9, cell: (row) => <Text>{contestLevelLabels[row.contest.level]}</Text> },
  {
    key: 'day',
    title: '比赛日',
    sortField: 'day',
    weight: 1.6,
    cell: (row) => <Text>{formatCalendarDay(row.contest.schedule.day)}</Text>,
  },
  {
    key: 'phase',
    title: '阶段',
    weight: 1.1,
    cell: (row) => (
      <Text className={`${phaseTagClass(row.contest.phase)} jx-contest-nowrap`}>{phaseLabel(row.contest.phase)}</Text>
    ),
  },
  { key: 'confirmed', title: '已确认', weight: 0.8, cell: (row) => <Text>{row.counts.confirmed}</Text> },
  { key: 'waitlisted', title: '候补', weight: 0.8, cell: (row) => <Text>{row.counts.waitlisted}</Text> },
  { key: 'pending', title: '待审核', weight: 0.8, cell: (row) => <Text>{row.counts.pending}</Text> },
  { key: 'checkedIn', title: '已签到', weight: 0.8, cell: (row) => <Text>{row.counts.checkedIn}</Text> },
  {
    key: 'edit',
    title: '操作',
    weight: 0.8,
    cell: (row) => (
      <View>
        <EditLink row={row} />
        {scoring(row) ? <ScoresLink row={row} /> : null}
      </View>
    ),
  },
];

function ContestRowCard({ row }: { row: Row }) {
  const { contest } = row;
  return (
    <View className="jx-card" aria-label={contest.title}>
      <View className="jx-contest-card__head">
        <Text className={phaseTagClass(contest.phase)}>{phaseLabel(contest.phase)}</Text>
        <Text className="jx-tag">{contestLevelLabels[contest.level]}</Text>
      </View>
      <TitleLink row={row} />
      <Text className="jx-text-secondary jx-block">
        比赛日 {formatCalendarDay(contest.schedule.day)} · 名额{contest.capacity}
      </Text>
      <Text className="jx-text-secondary jx-block">{countsText(row.counts)}</Text>
      <View className="jx-actions">
        <Button
          className="jx-button"
          fill="outline"
          type="primary"
          onClick={() => openPage(CONTEST_PAGES.entries(contest.contestId))}
        >
          查看报名
        </Button>
        <Button className="jx-button" fill="outline" onClick={() => openPage(CONTEST_PAGES.edit(contest.contestId))}>
          修改
        </Button>
        {scoring(row) ? (
          <Button
            className="jx-button"
            fill="outline"
            onClick={() => openPage(CONTEST_PAGES.scores(contest.contestId))}
          >
            成绩录入
          </Button>
        ) : null}
      </View>
    </View>
  );
}

export function ContestsTable() {
  const [level, setLevel] = useState<LevelFilter>('all');
  const [phase, setPhase] = useState<PhaseFilter>('all');
  return (
    <AdminFrame title="技能竞赛" intro="你的单位和下级单位主办的技能竞赛：报名人数、候补、待审核和签到。">
      <View className="jx-more">
        <Button className="jx-button" type="primary" onClick={() => openPage(CONTEST_PAGES.edit(null))}>
          新建比赛
        </Button>
      </View>
      <Tabs label="比赛阶段" tabs={PHASES} value={phase} onChange={setPhase} />
      <Tabs label="比赛级别" tabs={LEVELS} value={level} onChange={setLevel} />
      <DataTable<Row, 'day' | 'createdAt'>
        label="技能竞赛"
        filterKey={`${level}/${phase}`}
        columns={COLUMNS}
        searchLabel="搜索比赛名称"
        load={async (table) => {
          const answer = await callFunction(contestContract, 'myContests', {
            ...table,
            ...(level === 'all' ? {} : { level }),
            ...(phase === 'all' ? {} : { phase }),
          });
          return { rows: answer.rows, total: answer.total, page: table.page };
        }}
        defaultSort={{ sortBy: 'day', order: 'desc' }}
        rowKey={(row) => row.contest.contestId}
        rowName={(row) => row.contest.title}
        empty={{ title: '还没有技能竞赛。', hint: '点“新建比赛”发布一场竞赛。' }}
        card={(row) => <ContestRowCard row={row} />}
      />
    </AdminFrame>
  );
}
