// 师傅管理 (mentor-admin subpackage): the masters of the caller's part of the tree — a table in a wide window,
// cards on a phone — with trade and level, places, whether they take applications, and their studio's stars;
// searched by name, sorted by designation or free places. Each row offers 调整名额, 指派徒弟 and
// (with a studio) 评星; 设为师傅 opens the designation page.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { DataTable, type TableColumn } from '@/components/data-table/data-table';
import { formatDate } from '@/components/format/format';
import { openPage } from '@/components/navigation/navigation';
import { AdminFrame } from '@/components/staff/admin-frame';
import { mentoringContract, type masterSortFields, type StaffMasterRow } from '@/shared/contracts/mentoring';
import { MENTOR_PAGES } from '../routes';
import { placesText, starsText, takingText, tradeLevelText } from '../texts';
import { MasterActDialog, type MasterAct } from './master-actions';
import '../mentoring.css';
import './masters-table.css';

type Sort = (typeof masterSortFields)[number];

type Act = (row: StaffMasterRow, act: MasterAct) => void;

function Actions({ row, onAct }: { row: StaffMasterRow; onAct: Act }) {
  const name = row.master.name;
  return (
    <View className="jx-mentor-actions">
      <View className="jx-tappable" role="button" aria-label={`调整名额 ${name}`} onClick={() => onAct(row, 'limit')}>
        <Text className="jx-text-body">调整名额</Text>
      </View>
      <View
        className="jx-tappable"
        role="button"
        aria-label={`指派徒弟 ${name}`}
        onClick={() => onAct(row, 'assign')}
      >
        <Text className="jx-text-body">指派徒弟</Text>
      </View>
      {row.master.studio ? (
        <View className="jx-tappable" role="button" aria-label={`评星 ${name}`} onClick={() => onAct(row, 'stars')}>
          <Text className="jx-text-body">评星</Text>
        </View>
      ) : null}
      <View
        className="jx-tappable"
        role="link"
        aria-label={`劳模档案 ${name}`}
        onClick={() => openPage(MENTOR_PAGES.record(row.master.masterId))}
      >
        <Text className="jx-text-body jx-mentor-linktext">档案</Text>
      </View>
    </View>
  );
}

function columns(onAct: Act): TableColumn<StaffMasterRow, Sort>[] {
  return [
    {
      key: 'name',
      title: '师傅',
      weight: 0.9,
      cell: (row) => <Text className="jx-mentor-name">{row.master.name}</Text>,
    },
    { key: 'org', title: '单位', weight: 1.5, cell: (row) => <Text>{row.master.org?.name ?? '—'}</Text> },
    { key: 'trade', title: '工种 · 等级', weight: 1.5, cell: (row) => <Text>{tradeLevelText(row.master)}</Text> },
    {
      key: 'places',
      title: '带徒',
      sortField: 'free',
      weight: 1.5,
      cell: (row) => <Text>{placesText(row.master)}</Text>,
    },
    { key: 'taking', title: '收徒', weight: 0.9, cell: (row) => <Text>{takingText(row.master)}</Text> },
    {
      key: 'stars',
      title: '工作室',
      weight: 1.6,
      cell: (row) => <Text>{row.master.studio ? starsText(row.stars) : '未建工作室'}</Text>,
    },
    {
      key: 'designatedAt',
      title: '认定',
      sortField: 'designatedAt',
      weight: 1.5,
      cell: (row) => <Text>{formatDate(row.master.designatedAt)}</Text>,
    },
    { key: 'acts', title: '操作', weight: 2.2, cell: (row) => <Actions row={row} onAct={onAct} /> },
  ];
}

function MasterRowCard({ row, onAct }: { row: StaffMasterRow; onAct: Act }) {
  const { master } = row;
  return (
    <View className="jx-card" aria-label={master.name}>
      <View className="jx-mentor-head">
        <Text className="jx-text-title jx-mentor-name">{master.name}</Text>
        <Text className="jx-tag">{takingText(master)}</Text>
      </View>
      <Text className="jx-text-body jx-block">{tradeLevelText(master)}</Text>
      <Text className="jx-text-body jx-block">{placesText(master)}</Text>
      <Text className="jx-text-secondary jx-block">{master.org?.name ?? '—'}</Text>
      <Text className="jx-text-secondary jx-block">
        {master.studio ? `${master.studio.name} · ${starsText(row.stars)}` : '未建工作室'}
      </Text>
      <View className="jx-actions">
        <Button className="jx-button" fill="outline" onClick={() => onAct(row, 'limit')}>
          调整名额
        </Button>
        <Button className="jx-button" fill="outline" onClick={() => onAct(row, 'assign')}>
          指派徒弟
        </Button>
        {master.studio ? (
          <Button className="jx-button" fill="outline" onClick={() => onAct(row, 'stars')}>
            评星
          </Button>
        ) : null}
        <Button className="jx-button" fill="outline" onClick={() => openPage(MENTOR_PAGES.record(master.masterId))}>
          劳模档案
        </Button>
      </View>
    </View>
  );
}

export function MastersTable() {
  const [version, setVersion] = useState(0);
  const [acting, setActing] = useState<{ row: StaffMasterRow; act: MasterAct } | null>(null);
  const onAct: Act = (row, act) => setActing({ row, act });
  return (
    <AdminFrame
      title="师傅管理"
      intro="你的单位和下级单位的师傅：带徒名额、收徒状态和工作室星级。调整和指派都会记入操作日志。"
    >
      <View className="jx-more">
        <Button className="jx-button" type="primary" onClick={() => openPage(MENTOR_PAGES.designate())}>
          设为师傅
        </Button>
      </View>
      <DataTable<StaffMasterRow, Sort>
        label="师傅"
        filterKey="all"
        version={version}
        columns={columns(onAct)}
        searchLabel="搜索师傅姓名"
        load={async (table) => {
          const answer = await callFunction(mentoringContract, 'staffMasters', table);
          return { rows: answer.rows, total: answer.total, page: table.page };
        }}
        defaultSort={{ sortBy: 'designatedAt', order: 'desc' }}
        rowKey={(row) => row.master.masterId}
        rowName={(row) => row.master.name}
        empty={{ title: '你负责的单位里还没有师傅。', hint: '点“设为师傅”，认定劳模、技师或竞赛获奖者为师傅。' }}
        card={(row) => <MasterRowCard row={row} onAct={onAct} />}
      />
      <MasterActDialog
        row={acting?.row ?? null}
        act={acting?.act ?? null}
        onClose={() => setActing(null)}
        onDone={() => {
          setActing(null);
          setVersion((n) => n + 1);
        }}
      />
    </AdminFrame>
  );
}
