// 劳模档案 (mentor-admin subpackage): one master's record as the server derives it from stored counters — honours,
// studio and its stars, whether on the lecture team, and by Beijing year (latest first) sessions given, lectures
// held, people reached and apprentices (active now, trained, their grades). Staff over the master export it as
// Excel through the shared export and put the master on the lecture team or take them off; the master reading
// their own record (opened from 我的师带徒) sees the same record without the staff tools.
import { Text, View } from '@tarojs/components';
import { useState, type ReactNode } from 'react';
import { callFunction } from '@/cloud/call-function';
import { useCloudCall } from '@/cloud/use-cloud-call';
import { Button } from '@nutui/nutui-react-taro';
import { openPage, useShownAgain } from '@/components/navigation/navigation';
import { AdminFrame, AdminPending } from '@/components/staff/admin-frame';
import { ExcelExport } from '@/components/staff/excel-export';
import { mentoringContract } from '@/shared/contracts/mentoring';
import { studioCategoryLabels } from '@/shared/mentoring/vocabulary';
import { MENTOR_PAGES } from '../routes';
import { honourText, starsText } from '../texts';
import { countText, gradesText } from './staff-texts';
import { TeamDialog, type TeamChange } from './team-dialogs';
import '../mentoring.css';
import './staff-pages.css';
import './staff-wide.css';

type RecordView = Awaited<ReturnType<typeof loadRecord>>;
type Year = RecordView['years'][number];

const loadRecord = (masterId: string) => callFunction(mentoringContract, 'masterRecord', { masterId });

function Fact({ label, children }: { label: string; children: string }) {
  return (
    <View className="jx-mentor-fact">
      <Text className="jx-text-secondary jx-mentor-fact__label">{label}</Text>
      <Text className="jx-text-body jx-mentor-fact__value">{children}</Text>
    </View>
  );
}

function YearBlock({ year }: { year: Year }) {
  const { apprentices } = year;
  return (
    <View className="jx-staff-year" aria-label={`${year.year}年`}>
      <Text className="jx-text-title jx-block">{year.year}年</Text>
      <Fact label="带徒活动">{`${year.sessionsGiven} 场`}</Fact>
      <Fact label="宣讲">{`${year.lecturesHeld} 场`}</Fact>
      <Fact label="覆盖人数">{`${year.peopleReached} 人`}</Fact>
      {apprentices.active !== null ? <Fact label="在带徒弟">{countText(apprentices.active, '人')}</Fact> : null}
      <Fact label="出师徒弟">{countText(apprentices.trained, '人')}</Fact>
      <Fact label="考核结果">{gradesText(apprentices.grades)}</Fact>
    </View>
  );
}

/** The master's own record: a worker page (no staff navigation beside it in a wide window). */
function OwnFrame({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  return (
    <View className="jx-admin">
      <View className="jx-admin__head">
        <Text className="jx-text-hero jx-block">{title}</Text>
        <Text className="jx-text-secondary jx-block jx-admin__intro">{intro}</Text>
      </View>
      {children}
    </View>
  );
}

export function MasterRecord({ masterId, own }: { masterId: string; own: boolean }) {
  const { state, reload } = useCloudCall(() => loadRecord(masterId), [masterId]);
  const [change, setChange] = useState<TeamChange | null>(null);
  useShownAgain(reload);
  if (state.status !== 'ready') {
    return <AdminPending title="劳模档案" state={state} label="正在加载劳模档案" onRetry={reload} />;
  }
  const record = state.data;
  const who = { masterId: record.masterId, name: record.name };
  const Frame = own ? OwnFrame : AdminFrame;
  return (
    <Frame
      title={`${record.name} · 劳模档案`}
      intro="由系统记录的活动、签到和出师考核自动统计，按年份（北京时间）列出，不需要手工填报。"
    >
      <View className="jx-card" aria-label="基本情况">
        <Text className="jx-text-title jx-block">基本情况</Text>
        <Fact label="荣誉">
          {record.honours.length > 0 ? record.honours.map(honourText).join('；') : '暂无登记的荣誉'}
        </Fact>
        <Fact label="工作室">
          {record.studio
            ? `${record.studio.name}（${studioCategoryLabels[record.studio.category]}类）· ${starsText(record.studio.stars)}`
            : '未建工作室'}
        </Fact>
        <Fact label="宣讲团">{record.lectureTeam ? '宣讲团成员' : '不在宣讲团'}</Fact>
        {record.studio ? (
          <View
            className="jx-mentor-link"
            role="link"
            onClick={() => openPage(MENTOR_PAGES.studio(record.studio!.id))}
          >
            <Text className="jx-text-body jx-mentor-linktext">查看工作室主页 ›</Text>
          </View>
        ) : null}
      </View>
      {own ? null : (
        <View className="jx-card" aria-label="管理">
          <ExcelExport
            label="劳模档案"
            personalWhat="劳模姓名和荣誉"
            make={() => callFunction(mentoringContract, 'exportMasterRecord', { masterId })}
          />
          <View className="jx-actions">
            <Button
              className="jx-button"
              fill="outline"
              onClick={() =>
                setChange(record.lectureTeam ? { member: false, master: who } : { member: true, master: who })
              }
            >
              {record.lectureTeam ? '移出宣讲团' : '加入宣讲团'}
            </Button>
          </View>
        </View>
      )}
      <View className="jx-card jx-staff-years" aria-label="按年统计">
        <Text className="jx-text-title jx-block">按年统计</Text>
        {record.years.map((year) => (
          <YearBlock key={year.year} year={year} />
        ))}
      </View>
      <TeamDialog
        change={change}
        onClose={() => setChange(null)}
        onDone={() => {
          setChange(null);
          reload();
        }}
      />
    </Frame>
  );
}
